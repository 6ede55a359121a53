package org.fedoraproject.fmn.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;

import org.fedoraproject.fmn.match.Criterion;
import org.fedoraproject.fmn.match.Reason;
import org.fedoraproject.fmn.message.Severity;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.junit.jupiter.api.Test;

class NotificationRendererTest {

    private final NotificationRenderer renderer = new NotificationRenderer(
            new RenderSettings("https://fmn.example.org/", "https://datagrepper.example.org", 3));
    private final Reason reason = new Reason(42, "My packages", Criterion.ARTIFACT_OWNED);

    private static MessageFacts facts(String app, String url, List<String> packages) {
        return facts(app, url, packages, OffsetDateTime.parse("2026-03-01T10:15:00+01:00"));
    }

    private static MessageFacts facts(String app, String url, List<String> packages, OffsetDateTime sentAt) {
        return new MessageFacts("0f1e2d3c-0000-4000-8000-000000000001", "org.fedoraproject.prod.bodhi.update.comment",
                "bodhi.update.comment.v1", false, Severity.INFO, app, null, "alice", List.of("alice", "bob"), List.of(),
                packages, List.of(), List.of(), List.of(), "alice commented on vim-9.1", "alice said:\nLooks good",
                url, sentAt);
    }

    @Test
    void emailsCarrySubjectBodyAndARuleFooterAsFmnDoes() {
        NotificationContent.Email email = (NotificationContent.Email) renderer.render(
                facts("bodhi", "https://bodhi.example.org/u/1", List.of("vim")),
                new Destination(Protocol.EMAIL, "bob@example.org"), reason);

        assertThat(email.headers()).containsEntry("To", "bob@example.org")
                .containsEntry("Subject", "[bodhi] alice commented on vim-9.1");
        assertThat(email.body()).isEqualTo("alice said:\nLooks good\nhttps://bodhi.example.org/u/1");
        assertThat(email.footer()).isEqualTo("Sent by Fedora Notifications: https://fmn.example.org/rules/42");
    }

    @Test
    void theEmailsOfOneMessageShareItsTextButNotTheirHeaders() {
        NotificationRenderer.MessageRendering message = renderer.forMessage(
                facts("bodhi", "https://bodhi.example.org/u/1", List.of("vim")));
        NotificationContent.Email bob = (NotificationContent.Email) message.content(
                new Destination(Protocol.EMAIL, "bob@example.org"), reason);
        NotificationContent.Email carol = (NotificationContent.Email) message.content(
                new Destination(Protocol.EMAIL, "carol@example.org"),
                new Reason(7, null, Criterion.ARTIFACT_FOLLOWED));

        assertThat(bob.body()).isEqualTo(carol.body());
        assertThat(bob.headers()).containsEntry("To", "bob@example.org")
                .containsEntry("X-Fedora-Messaging-Rule", "42");
        assertThat(carol.headers()).containsEntry("To", "carol@example.org")
                .containsEntry("X-Fedora-Messaging-Rule", "7")
                .containsEntry("X-Fedora-Messaging-Reason", "artifacts-followed");
        assertThat(carol.footer()).isEqualTo("Sent by Fedora Notifications: https://fmn.example.org/rules/7");
        assertThatThrownBy(() -> bob.headers().put("To", "mallory@example.org"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void emailsCarryTheHeadersPeopleFilterOn() {
        NotificationContent.Email email = (NotificationContent.Email) renderer.render(
                facts("bodhi", null, List.of("vim", "gvim")), new Destination(Protocol.EMAIL, "bob@example.org"), reason);

        assertThat(email.headers()).containsExactly(
                java.util.Map.entry("To", "bob@example.org"),
                java.util.Map.entry("Subject", "[bodhi] alice commented on vim-9.1"),
                java.util.Map.entry("Date", "Sun, 1 Mar 2026 10:15:00 +0100"),
                java.util.Map.entry("X-Fedora-Messaging-Topic", "org.fedoraproject.prod.bodhi.update.comment"),
                java.util.Map.entry("X-Fedora-Messaging-Id", "0f1e2d3c-0000-4000-8000-000000000001"),
                java.util.Map.entry("X-Fedora-Messaging-Link", "https://datagrepper.example.org/v2/id?"
                        + "id=0f1e2d3c-0000-4000-8000-000000000001&is_raw=true&size=extra-large"),
                java.util.Map.entry("X-Fedora-Messaging-Severity", "info"),
                java.util.Map.entry("X-Fedora-Messaging-App", "bodhi"),
                java.util.Map.entry("X-Fedora-Messaging-Agent", "alice"),
                java.util.Map.entry("X-Fedora-Messaging-Usernames", "alice, bob"),
                java.util.Map.entry("X-Fedora-Messaging-Packages", "vim, gvim"),
                java.util.Map.entry("X-Fedora-Messaging-Rule", "42"),
                java.util.Map.entry("X-Fedora-Messaging-Rule-Url", "https://fmn.example.org/rules/42"),
                java.util.Map.entry("X-Fedora-Messaging-Reason", "artifacts-owned"));
    }

    @Test
    void longListsAreLeftOutOfTheHeaders() {
        NotificationContent.Email email = (NotificationContent.Email) renderer.render(
                facts("bodhi", null, Collections.nCopies(4, "pkg")), new Destination(Protocol.EMAIL, "b@example.org"),
                reason);

        assertThat(email.headers()).doesNotContainKey("X-Fedora-Messaging-Packages")
                .containsKey("X-Fedora-Messaging-Usernames");
    }

    @Test
    void chatMessagesAreTheSubjectThenTheUrl() {
        NotificationContent.Chat chat = (NotificationContent.Chat) renderer.render(
                facts("bodhi", "https://bodhi.example.org/u/1", List.of()),
                new Destination(Protocol.MATRIX, "@bob:fedora.im"), reason);

        assertThat(chat).isEqualTo(new NotificationContent.Chat("@bob:fedora.im",
                "[bodhi] alice commented on vim-9.1 https://bodhi.example.org/u/1"));
    }

    @Test
    void withoutAppOrUrlTheTextIsWhatFmnSends() {
        NotificationContent.Chat chat = (NotificationContent.Chat) renderer.render(
                facts(null, null, List.of()), new Destination(Protocol.IRC, "bob"), reason);
        NotificationContent.Email email = (NotificationContent.Email) renderer.render(
                facts(null, null, List.of()), new Destination(Protocol.EMAIL, "bob@example.org"), reason);

        assertThat(chat.message()).isEqualTo("alice commented on vim-9.1 ");
        assertThat(email.headers()).containsEntry("Subject", "alice commented on vim-9.1")
                .doesNotContainKey("X-Fedora-Messaging-App");
        assertThat(email.body()).isEqualTo("alice said:\nLooks good\n");
    }

    @Test
    void aSendingTimeNoEmailDateCanCarryLeavesTheDateOutAndTheRestStands() {
        for (String sentAt : List.of("+10000-01-01T00:00:00+00:00", "-0001-12-31T23:59:59Z", "1899-12-31T23:59:59Z")) {
            NotificationContent.Email email = (NotificationContent.Email) renderer.render(
                    facts("bodhi", null, List.of("vim"), OffsetDateTime.parse(sentAt)),
                    new Destination(Protocol.EMAIL, "bob@example.org"), reason);

            assertThat(email.headers()).as(sentAt).doesNotContainKey("Date")
                    .containsEntry("Subject", "[bodhi] alice commented on vim-9.1")
                    .containsEntry("X-Fedora-Messaging-Packages", "vim");
        }
    }

    @Test
    void theFirstAndLastYearsAnEmailDateCarriesAreWritten() {
        NotificationContent.Email first = (NotificationContent.Email) renderer.render(
                facts("bodhi", null, List.of(), OffsetDateTime.parse("1900-01-01T00:00:00Z")),
                new Destination(Protocol.EMAIL, "bob@example.org"), reason);
        NotificationContent.Email last = (NotificationContent.Email) renderer.render(
                facts("bodhi", null, List.of(), OffsetDateTime.parse("9999-12-31T23:59:59-12:00")),
                new Destination(Protocol.EMAIL, "bob@example.org"), reason);

        assertThat(first.headers()).containsEntry("Date", "Mon, 1 Jan 1900 00:00:00 GMT");
        assertThat(last.headers()).containsEntry("Date", "Fri, 31 Dec 9999 23:59:59 -1200");
    }
}
