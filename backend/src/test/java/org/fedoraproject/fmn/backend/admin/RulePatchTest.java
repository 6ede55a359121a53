package org.fedoraproject.fmn.backend.admin;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fedoraproject.fmn.backend.problem.ApiException;
import org.fedoraproject.fmn.backend.problem.InvalidFieldsException;
import org.junit.jupiter.api.Test;

class RulePatchTest {

    private static Boolean disabled(String body) {
        return RulePatch.disabled(body.getBytes(UTF_8));
    }

    @Test
    void fmnsFrontendSendsBooleansAsStrings() {
        assertThat(disabled("{\"disabled\": \"true\"}")).isTrue();
        assertThat(disabled("{\"disabled\": \"false\"}")).isFalse();
        assertThat(disabled("{\"disabled\": true}")).isTrue();
        assertThat(disabled("{\"disabled\": false}")).isFalse();
    }

    @Test
    void aPatchThatDoesNotSayChangesNothing() {
        assertThat(disabled("{}")).isNull();
        assertThat(disabled("{\"disabled\": null, \"name\": \"ignored\"}")).isNull();
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> disabled("{\"disabled\": \"maybe\"}")).isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> assertThat(((InvalidFieldsException) e).errors().getFirst().loc())
                        .containsExactly("body", "disabled"));
        assertThatThrownBy(() -> disabled("[true]")).isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(() -> disabled("{\"disabled\": tru")).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status().value()).isEqualTo(400));
    }
}
