package org.fedoraproject.fmn.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OidcPropertiesTest {

    @Test
    void emptyProviderKeysNameNoExternalProvider() {
        OidcProperties oidc = new OidcProperties(URI.create(""), URI.create(""), null, null, null, null);

        assertThat(oidc.external()).isFalse();
        assertThat(oidc.issuer()).isNull();
    }

    @Test
    void anyProviderKeyNamesAnExternalProvider() {
        assertThat(new OidcProperties(URI.create("https://id.example"), null, null, null, null, null).external()).isTrue();
        assertThat(new OidcProperties(null, URI.create("https://id.example/TokenInfo"), null, null, null, null).external()).isTrue();
    }

    @Test
    void readsTheSecretFromAFileWithoutItsNewline(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("secret"), "s3cret\n");

        OidcProperties oidc = new OidcProperties(null, null, null, "fmn", null, file);

        assertThat(oidc.secret().reveal()).isEqualTo("s3cret");
        assertThat(oidc.secret()).hasToString("<secret>");
    }

    @Test
    void refusesASecretGivenTwice(@TempDir Path dir) {
        assertThatThrownBy(() -> new OidcProperties(null, null, null, "fmn", Secret.of("a"), dir.resolve("secret")))
                .hasMessageContaining("not both");
    }
}
