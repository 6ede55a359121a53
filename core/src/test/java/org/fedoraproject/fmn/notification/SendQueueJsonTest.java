package org.fedoraproject.fmn.notification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fedoraproject.fmn.message.InvalidMessageException;
import org.fedoraproject.fmn.rule.Protocol;
import org.junit.jupiter.api.Test;

class SendQueueJsonTest {

    @Test
    void anEmailIsWrittenInFmnsShapeAndReadBackWithItsHeadersInOrder() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("To", "mira@example.org");
        headers.put("Subject", "[bodhi] an update");
        headers.put("X-Fedora-Messaging-Topic", "bodhi.update.comment");
        var email = new NotificationContent.Email(headers, "Text\nhttps://example.org", "Sent by rule 4");

        byte[] json = SendQueueJson.toBytes(email);

        assertThat(new String(json, UTF_8)).isEqualTo("{\"headers\":{\"To\":\"mira@example.org\",\"Subject\":\"[bodhi] an update\","
                + "\"X-Fedora-Messaging-Topic\":\"bodhi.update.comment\"},\"body\":\"Text\\nhttps://example.org\","
                + "\"footer\":\"Sent by rule 4\"}");
        var read = (NotificationContent.Email) SendQueueJson.read(Protocol.EMAIL, json);
        assertThat(read).isEqualTo(email);
        assertThat(read.headers().keySet()).containsExactly("To", "Subject", "X-Fedora-Messaging-Topic");
    }

    @Test
    void aChatMessageIsToAndMessage() {
        var chat = new NotificationContent.Chat("@mira:example.org", "[koji] built é");
        byte[] json = SendQueueJson.toBytes(chat);
        assertThat(new String(json, UTF_8)).isEqualTo("{\"to\":\"@mira:example.org\",\"message\":\"[koji] built é\"}");
        assertThat(SendQueueJson.read(Protocol.MATRIX, json)).isEqualTo(chat);
    }

    @Test
    void anEmailFromPythonFmnWithoutFooterIsReadWithAnEmptyOne() {
        byte[] json = "{\"headers\": {\"To\": \"a@b.c\", \"Subject\": \"s\"}, \"body\": \"b\"}".getBytes(UTF_8);
        assertThat(((NotificationContent.Email) SendQueueJson.read(Protocol.EMAIL, json)).footer()).isEmpty();
    }

    @Test
    void bodiesThatCannotBeSentAreRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> SendQueueJson.read(Protocol.IRC, "[]".getBytes(UTF_8)))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> SendQueueJson.read(Protocol.IRC, "{\"to\": \"mira\"}".getBytes(UTF_8)))
                .hasMessageContaining("no \"message\"");
        assertThatThrownBy(() -> SendQueueJson.read(Protocol.EMAIL, "{\"headers\": {\"Subject\": \"s\"}, \"body\": \"b\"}".getBytes(UTF_8)))
                .hasMessageContaining("no \"To\" header");
        assertThatThrownBy(() -> SendQueueJson.read(Protocol.EMAIL, "{\"headers\": {\"To\": 3}, \"body\": \"b\"}".getBytes(UTF_8)))
                .hasMessageContaining("\"To\" is not a string");
        assertThatThrownBy(() -> SendQueueJson.read(Protocol.IRC, new byte[] {(byte) 0xff, '{'}))
                .isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void theNotificationIdIsTheSameForTheSameMessageAndDestinationOnly() {
        String id = SendQueue.notificationId("m-1", Protocol.EMAIL, "mira@example.org");
        assertThat(SendQueue.notificationId("m-1", Protocol.EMAIL, "mira@example.org")).isEqualTo(id);
        assertThat(SendQueue.notificationId("m-2", Protocol.EMAIL, "mira@example.org")).isNotEqualTo(id);
        assertThat(SendQueue.notificationId("m-1", Protocol.IRC, "mira@example.org")).isNotEqualTo(id);
        assertThat(SendQueue.notificationId("m-1", Protocol.EMAIL, "oskar@example.org")).isNotEqualTo(id);
        assertThat(SendQueue.routingKey(Protocol.MATRIX)).isEqualTo("send.matrix");
    }
}
