package org.fedoraproject.fmn.backend.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fedoraproject.fmn.backend.problem.ApiException;
import org.fedoraproject.fmn.backend.problem.FieldError;
import org.fedoraproject.fmn.backend.problem.InvalidFieldsException;
import org.fedoraproject.fmn.database.rule.RuleContent;
import org.fedoraproject.fmn.rule.Filters;
import org.fedoraproject.fmn.rule.TrackingRule;
import org.junit.jupiter.api.Test;

class RuleBodyTest {

    private static RuleContent read(String body) {
        return RuleBody.read(body.getBytes(UTF_8), "mira");
    }

    private static FieldError refusal(String body) {
        InvalidFieldsException e = (InvalidFieldsException) org.assertj.core.api.Assertions.catchThrowable(() -> read(body));
        assertThat(e).as("refused: %s", body).isNotNull();
        return e.errors().getFirst();
    }

    @Test
    void fmnsFrontendsMinimalBodyGetsFmnsDefaults() {
        RuleContent content = read("""
                {"tracking_rule": {"name": "related-events"},
                 "generation_rules": [{"destinations": [{"protocol": "email", "address": "mira@example.org"}],
                                       "filters": {}}]}""");

        assertThat(content.name()).isNull();
        assertThat(content.disabled()).isFalse();
        assertThat(content.trackingRule()).isEqualTo(new TrackingRule.RelatedEvents());
        assertThat(content.generationRules().getFirst().filters()).isEqualTo(Filters.NONE);
    }

    @Test
    void idUserAndCountsSentBackByAPutAreIgnored() {
        RuleContent content = read("""
                {"id": 99, "user": {"id": 7, "name": "oskar", "is_admin": true}, "generated_last_week": 1000,
                 "name": "mine", "disabled": true, "tracking_rule": {"name": "users-followed", "params": ["oskar"]},
                 "generation_rules": [{"id": 3, "destinations": [{"protocol": "irc", "address": "mira"}], "filters": {}}]}""");

        assertThat(content.name()).isEqualTo("mine");
        assertThat(content.disabled()).isTrue();
        assertThat(content.trackingRule()).isEqualTo(new TrackingRule.UsersFollowed(java.util.Set.of("oskar")));
    }

    @Test
    void anInvalidFieldIsNamedWhereFastApiNamesIt() {
        FieldError error = refusal("""
                {"tracking_rule": {"name": "related-events"},
                 "generation_rules": [{"destinations": [{"protocol": "sms", "address": "12345"}], "filters": {}}]}""");

        assertThat(error.loc()).containsExactly("body", "generation_rules", 0, "destinations", 0, "protocol");
        assertThat(error.msg()).contains("unknown protocol \"sms\"").doesNotStartWith("rule");
    }

    @Test
    void paramsAreCheckedAgainstTheKindOfRule() {
        FieldError error = refusal("""
                {"tracking_rule": {"name": "artifacts-followed", "params": ["vim"]},
                 "generation_rules": [{"destinations": [{"protocol": "irc", "address": "mira"}], "filters": {}}]}""");

        assertThat(error.loc()).startsWith("body", "tracking_rule", "params");
    }

    @Test
    void unreadableJsonIsABadRequest() {
        assertThatThrownBy(() -> read("{\"tracking_rule\": ")).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status().value()).isEqualTo(400));
        assertThat(refusal("[1, 2]").loc()).containsExactly("body");
    }
}
