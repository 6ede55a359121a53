package org.fedoraproject.fmn.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.fedoraproject.fmn.app.cli.ServeCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownSettingsTest {

    private final KnownSettings known = KnownSettings.fromClassPath(getClass().getClassLoader());

    @Test
    void everyModuleDescribesItsSettings() {
        assertThat(known.all()).containsKeys("fmn.data-dir", "fmn.database.url", "fmn.api.admin-groups",
                "fmn.oidc.issuer", "fmn.bus.url", "fmn.outbox.retry-max", "fmn.fasjson.url", "fmn.demo.dir");
        assertThat(known.all().get("fmn.api.max-body-size").defaultValue()).isEqualTo("1MB");
        assertThat(known.all().values()).allSatisfy(setting -> assertThat(setting.description()).as(setting.name()).isNotBlank());
    }

    @Test
    void aSettingIsKnownInEveryFormSpringAccepts() {
        assertThat(known.knows("fmn.data-dir")).isTrue();
        assertThat(known.knows("fmn.dataDir")).isTrue();
        assertThat(known.knows("FMN_DATA_DIR")).isTrue();
        assertThat(known.knows("fmn.api.cors-origins[0]")).isTrue();
        assertThat(known.knows("fmn.databse.url")).isFalse();
        assertThat(known.knows("FMN_DATABASE_URI")).isFalse();
    }

    @Test
    void aTypoIsAnsweredWithTheSettingMeant() {
        assertThat(known.nearest("fmn.databse.url")).isEqualTo("fmn.database.url");
        assertThat(known.nearest("FMN_DATA_DIRR")).isEqualTo("fmn.data-dir");
        assertThat(known.nearest("fmn.something.else.entirely")).isNull();
    }

    @Test
    void fmnServeRefusesToStartWithASettingItDoesNotHave(@TempDir Path dataDir) {
        assertThatThrownBy(() -> ServeCommand.start(dataDir, 0, "--fmn.databse.url=jdbc:postgresql://db/fmn").close())
                .isInstanceOf(SettingsCheck.UnknownSettingsException.class)
                .hasMessageContaining("fmn.databse.url (did you mean fmn.database.url?)");
    }
}
