package org.fedoraproject.fmn.sender.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How FMN reaches Matrix. Set {@code homeserver} to send Matrix notifications through it; unset,
 * they go to the embedded default's chat log.
 *
 * @param homeserver the bot account's homeserver (its client-server API base), e.g. https://fedora.ems.host
 * @param userId the bot account's Matrix ID, e.g. @notifications:fedoraproject.org
 * @param accessToken the bot account's access token (or FMN_SENDER_MATRIX_ACCESS_TOKEN)
 * @param accessTokenFile a file holding the access token instead
 * @param msgtype the message type of notifications: m.text (as FMN always sent) or m.notice (shown as from a bot)
 * @param connectTimeout how long to wait for a connection to the homeserver
 * @param requestTimeout how long to wait for the homeserver's answer to one request
 */
@ConfigurationProperties("fmn.sender.matrix")
public record MatrixProperties(
        URI homeserver,
        String userId,
        String accessToken,
        Path accessTokenFile,
        @DefaultValue("m.text") String msgtype,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration requestTimeout) {

    public MatrixProperties {
        if (accessToken != null && !accessToken.isEmpty() && accessTokenFile != null) {
            throw new IllegalArgumentException("fmn.sender.matrix: set access-token or access-token-file, not both");
        }
        if (!"m.text".equals(msgtype) && !"m.notice".equals(msgtype)) {
            throw new IllegalArgumentException("fmn.sender.matrix.msgtype must be m.text or m.notice, not " + msgtype);
        }
    }

    /** Settings for a homeserver and account with everything else at its default. */
    public static MatrixProperties of(URI homeserver, String userId, String accessToken) {
        return new MatrixProperties(homeserver, userId, accessToken, null, "m.text", Duration.ofSeconds(10),
                Duration.ofSeconds(30));
    }

    /** The access token, from the value or the file. */
    public String resolvedAccessToken() {
        if (accessTokenFile != null) {
            try {
                return Files.readString(accessTokenFile).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read fmn.sender.matrix.access-token-file " + accessTokenFile, e);
            }
        }
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("fmn.sender.matrix.access-token (or access-token-file) must be set with the homeserver");
        }
        return accessToken;
    }

    @Override
    public String toString() {
        return "Matrix " + homeserver + " as " + userId + " (access token <secret>, " + msgtype + ")";
    }
}
