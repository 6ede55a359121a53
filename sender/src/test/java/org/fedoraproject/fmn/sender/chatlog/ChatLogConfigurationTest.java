package org.fedoraproject.fmn.sender.chatlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.Delivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ChatLogConfigurationTest {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(ChatLogConfiguration.class)
                .withPropertyValues("fmn.data-dir=" + dataDir);
    }

    @Test
    void withoutServersBothChatProtocolsGoToTheChatLog() {
        runner().run(context -> assertThat(context.getBeansOfType(Delivery.class).values())
                .extracting(Delivery::protocol).containsExactlyInAnyOrder(Protocol.IRC, Protocol.MATRIX));
    }

    @Test
    void aConfiguredServerTakesItsProtocolAwayFromTheChatLog() {
        runner().withPropertyValues("fmn.sender.irc.server=ircs://irc.libera.chat")
                .run(context -> assertThat(context.getBeansOfType(Delivery.class).values())
                        .extracting(Delivery::protocol).containsExactly(Protocol.MATRIX));
        runner().withPropertyValues("fmn.sender.irc.server=ircs://irc.libera.chat",
                "fmn.sender.matrix.homeserver=https://fedora.im")
                .run(context -> {
                    assertThat(context.getBeansOfType(Delivery.class)).isEmpty();
                    assertThat(context.getBeansOfType(ChatLog.class)).isEmpty();
                });
    }
}
