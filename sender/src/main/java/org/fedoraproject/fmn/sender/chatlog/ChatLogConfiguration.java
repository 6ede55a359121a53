package org.fedoraproject.fmn.sender.chatlog;

import java.nio.file.Path;
import java.time.Clock;

import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.sender.irc.IrcConfiguration;
import org.fedoraproject.fmn.sender.matrix.MatrixConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default for chat: IRC notifications go to {@code <fmn.data-dir>/chat.log} unless
 * {@code fmn.sender.irc.server} is set, Matrix notifications unless
 * {@code fmn.sender.matrix.homeserver} is set. {@code fmn.sender.chat-log.enabled=false} turns
 * the chat log off, for a process that is not to send chat notifications at all.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "fmn.sender.chat-log.enabled", havingValue = "true", matchIfMissing = true)
public class ChatLogConfiguration {

    /** Spring expressions true when the protocol has no server configured. */
    private static final String NO_IRC_SERVER = "!(" + IrcConfiguration.CONFIGURED + ")";
    private static final String NO_MATRIX_HOMESERVER = "!(" + MatrixConfiguration.CONFIGURED + ")";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("(" + NO_IRC_SERVER + ") or (" + NO_MATRIX_HOMESERVER + ")")
    public ChatLog chatLog(@Value("${fmn.data-dir}") Path dataDir) {
        return new ChatLog(dataDir.resolve(ChatLog.FILE_NAME), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnExpression(NO_IRC_SERVER)
    public ChatLogDelivery ircChatLog(ChatLog chatLog) {
        return new ChatLogDelivery(Protocol.IRC, chatLog);
    }

    @Bean
    @ConditionalOnExpression(NO_MATRIX_HOMESERVER)
    public ChatLogDelivery matrixChatLog(ChatLog chatLog) {
        return new ChatLogDelivery(Protocol.MATRIX, chatLog);
    }
}
