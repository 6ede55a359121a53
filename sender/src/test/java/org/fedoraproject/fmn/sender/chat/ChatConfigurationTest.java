package org.fedoraproject.fmn.sender.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.Delivery;
import org.fedoraproject.fmn.sender.chatlog.ChatLogConfiguration;
import org.fedoraproject.fmn.sender.chatlog.ChatLogDelivery;
import org.fedoraproject.fmn.sender.irc.IrcConfiguration;
import org.fedoraproject.fmn.sender.irc.IrcDelivery;
import org.fedoraproject.fmn.sender.irc.IrcProperties;
import org.fedoraproject.fmn.sender.matrix.MatrixConfiguration;
import org.fedoraproject.fmn.sender.matrix.MatrixDelivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which chat delivery each protocol gets, by the settings, with all three configurations imported as the program does. */
class ChatConfigurationTest {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(IrcConfiguration.class, MatrixConfiguration.class, ChatLogConfiguration.class)
                .withPropertyValues("fmn.data-dir=" + dataDir);
    }

    private static Map<Protocol, Class<?>> deliveries(org.springframework.context.ApplicationContext context) {
        return context.getBeansOfType(Delivery.class).values().stream()
                .collect(java.util.stream.Collectors.toMap(Delivery::protocol, Object::getClass));
    }

    @Test
    void theEmbeddedDefaultWritesBothToTheChatLog() {
        runner().run(context -> assertThat(deliveries(context)).containsExactlyInAnyOrderEntriesOf(Map.of(
                Protocol.IRC, ChatLogDelivery.class, Protocol.MATRIX, ChatLogDelivery.class)));
    }

    @Test
    void anEmptySettingIsNoServer() {
        runner().withPropertyValues("fmn.sender.irc.server=", "fmn.sender.matrix.homeserver=")
                .run(context -> assertThat(deliveries(context)).containsExactlyInAnyOrderEntriesOf(Map.of(
                        Protocol.IRC, ChatLogDelivery.class, Protocol.MATRIX, ChatLogDelivery.class)));
    }

    @Test
    void configuredServersReplaceTheChatLogWithoutConnectingAtStart() {
        runner().withPropertyValues(
                        "fmn.sender.irc.server=ircs://127.0.0.1:1", "fmn.sender.irc.nick=fedora-notif",
                        "fmn.sender.matrix.homeserver=http://127.0.0.1:1",
                        "fmn.sender.matrix.user-id=@notifications:fedoraproject.org",
                        "fmn.sender.matrix.access-token=syt_token")
                .run(context -> {
                    assertThat(deliveries(context)).containsExactlyInAnyOrderEntriesOf(Map.of(
                            Protocol.IRC, IrcDelivery.class, Protocol.MATRIX, MatrixDelivery.class));
                    assertThat(context.getBean(IrcDelivery.class).connectionsMade()).isZero();
                    assertThat(Files.exists(dataDir.resolve("chat.log"))).isFalse();
                });
    }

    @Test
    void ircSettingsAreBoundWithDefaultsAndThePasswordIsNeverShown() {
        runner().withPropertyValues("fmn.sender.irc.server=ircs://irc.libera.chat", "fmn.sender.irc.password=hunter2")
                .run(context -> {
                    IrcProperties irc = context.getBean(IrcProperties.class);
                    assertThat(irc.port()).isEqualTo(6697);
                    assertThat(irc.tls()).isTrue();
                    assertThat(irc.nick()).isEqualTo("fmn");
                    assertThat(irc.identification()).isEqualTo(org.fedoraproject.fmn.sender.irc.Identification.SASL);
                    assertThat(irc.toString()).doesNotContain("hunter2");
                });
    }

    @Test
    void aMatrixHomeserverWithoutTokenStopsTheStartWithTheReason() {
        runner().withPropertyValues("fmn.sender.matrix.homeserver=https://fedora.ems.host",
                        "fmn.sender.matrix.user-id=@notifications:fedoraproject.org")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("fmn.sender.matrix.access-token"));
    }
}
