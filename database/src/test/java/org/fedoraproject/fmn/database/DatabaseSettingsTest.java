package org.fedoraproject.fmn.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void withoutAUrlTheDatabaseIsTheEmbeddedFileInTheDataDirectory() {
        DatabaseSettings settings = DatabaseSettings.embedded(Path.of("/srv/fmn"));

        assertThat(settings.isEmbedded()).isTrue();
        assertThat(settings.jdbcUrl()).isEqualTo(
                "jdbc:h2:file:/srv/fmn/database/fmn;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void aBlankUrlMeansTheEmbeddedDatabaseToo() {
        assertThat(new DatabaseSettings("  ", null, null, Path.of("data")).isEmbedded()).isTrue();
    }

    @Test
    void aPostgreSqlUrlIsUsedAsGiven() {
        String url = "jdbc:postgresql://db.example.org:5432/fmn?sslmode=require";

        assertThat(new DatabaseSettings(url, "fmn", "secret", Path.of("data")).jdbcUrl()).isEqualTo(url);
    }

    @Test
    void anH2UrlGetsOnlyTheSettingsItLacks() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:mem:fmn;mode=PostgreSQL", null, null, Path.of("data"));

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:h2:mem:fmn;mode=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
