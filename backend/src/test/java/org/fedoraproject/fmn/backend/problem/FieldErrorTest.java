package org.fedoraproject.fmn.backend.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldErrorTest {

    @Test
    void aFieldPathBecomesFastApisLocation() {
        FieldError error = FieldError.inBody("generation_rules[0].destinations[12].address", "not an email address");

        assertThat(error.loc()).containsExactly("body", "generation_rules", 0, "destinations", 12, "address");
        assertThat(error.msg()).isEqualTo("not an email address");
        assertThat(error.type()).isEqualTo("value_error");
    }

    @Test
    void theWholeBodyIsJustBody() {
        assertThat(FieldError.inBody("", "Input should be a valid dictionary").loc()).containsExactly("body");
    }
}
