package org.fedoraproject.fmn.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Severity;
import org.junit.jupiter.api.Test;

class RuleReaderTest {

    private static final String RULE = """
            {"name": "My packages", "disabled": false,
             "tracking_rule": {"name": "artifacts-followed",
                               "params": [{"name": "vim", "type": "rpms"}, {"name": "firefox", "type": "flatpaks"}]},
             "generation_rules": [{"id": 7,
                "destinations": [{"protocol": "email", "address": "dana@example.org"},
                                 {"protocol": "matrix", "address": "@dana:fedora.im"},
                                 {"protocol": "irc", "address": "dana_"}],
                "filters": {"applications": ["Bodhi", "koji"], "excluded_applications": ["Copr"],
                            "severities": ["warning", "error"], "topic": "*.bodhi.*", "my_actions": true}}],
             "id": 5, "user": {"id": 4, "name": "dana", "is_admin": false}, "generated_last_week": 3}
            """;

    private static Rule read(String json) {
        return RuleReader.read(Json.MAPPER.readTree(json));
    }

    private static String replace(String from, String to) {
        String changed = RULE.replace(from, to);
        assertThat(changed).as("test setup replaces %s", from).isNotEqualTo(RULE);
        return changed;
    }

    @Test
    void readsEveryPartOfARule() {
        Rule rule = read(RULE);

        assertThat(rule.id()).isEqualTo(5);
        assertThat(rule.name()).isEqualTo("My packages");
        assertThat(rule.ownerName()).isEqualTo("dana");
        assertThat(rule.generatedLastWeek()).isEqualTo(3);
        assertThat(rule.trackingRule()).isEqualTo(new TrackingRule.ArtifactsFollowed(java.util.List.of(
                new Artifact(ArtifactType.RPMS, "vim"), new Artifact(ArtifactType.FLATPAKS, "firefox"))));
        GenerationRule generation = rule.generationRules().getFirst();
        assertThat(generation.id()).isEqualTo(7);
        assertThat(generation.destinations()).extracting(Destination::protocol)
                .containsExactly(Protocol.EMAIL, Protocol.MATRIX, Protocol.IRC);
        assertThat(generation.filters().applications()).as("as written").containsExactly("Bodhi", "koji");
        assertThat(generation.filters().applicationKeys()).as("as matched").containsExactlyInAnyOrder("bodhi", "koji");
        assertThat(generation.filters().excludedApplications()).containsExactly("Copr");
        assertThat(generation.filters().excludedApplicationKeys()).containsExactly("copr");
        assertThat(generation.filters().severities()).containsExactlyInAnyOrder(Severity.WARNING, Severity.ERROR);
        assertThat(generation.filters().topic().glob()).isEqualTo("*.bodhi.*");
        assertThat(generation.filters().myActions()).isTrue();
    }

    @Test
    void emptySeveritiesMeanEverythingButDebug() {
        Rule rule = read(replace("\"severities\": [\"warning\", \"error\"]", "\"severities\": []"));

        assertThat(rule.generationRules().getFirst().filters().severities())
                .containsExactlyInAnyOrder(Severity.INFO, Severity.WARNING, Severity.ERROR);
    }

    @Test
    void relatedEventsTakesNoParams() {
        Rule rule = read(RULE.replaceAll("(?s)\"tracking_rule\": \\{.*?\\]\\}",
                "\"tracking_rule\": {\"name\": \"related-events\", \"params\": null}"));

        assertThat(rule.trackingRule()).isInstanceOf(TrackingRule.RelatedEvents.class);
    }

    @Test
    void anUnknownTrackingRuleIsNamed() {
        assertThatThrownBy(() -> read(replace("\"artifacts-followed\"", "\"artifacts-stolen\"")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageStartingWith("rule 5: tracking_rule.name: unknown tracking rule \"artifacts-stolen\"");
    }

    @Test
    void anUnknownFilterIsNamed() {
        assertThatThrownBy(() -> read(replace("\"my_actions\": true", "\"my_actions\": true, \"colour\": \"red\"")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageStartingWith("rule 5: generation_rules[0].filters.colour: unknown filter");
    }

    @Test
    void paramsOfTheWrongShapeAreNamed() {
        assertThatThrownBy(() -> read(replace("{\"name\": \"vim\", \"type\": \"rpms\"}", "\"vim\"")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageStartingWith("rule 5: tracking_rule.params[0]: expected an object");
        String owned = replace("\"name\": \"artifacts-followed\"", "\"name\": \"artifacts-owned\"");
        assertThatThrownBy(() -> read(owned))
                .hasMessageStartingWith("rule 5: tracking_rule.params[0]: expected a non-empty string");
    }

    @Test
    void anUnknownArtifactTypeIsNamed() {
        assertThatThrownBy(() -> read(replace("\"type\": \"flatpaks\"", "\"type\": \"snaps\"")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessage("rule 5: tracking_rule.params[1].type: unknown artifact type \"snaps\" "
                        + "(expected rpms, containers, modules or flatpaks)")
                .extracting(e -> ((InvalidRuleException) e).field()).isEqualTo("tracking_rule.params[1].type");
    }

    @Test
    void aGenerationRuleWithoutDestinationsIsRejected() {
        String json = RULE.replaceAll("(?s)\"destinations\": \\[.*?\\],\\s*\"filters\"", "\"destinations\": [], \"filters\"");

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageStartingWith("rule 5: generation_rules[0].destinations: a generation rule needs at least one destination");
    }

    @Test
    void malformedAddressesAreNamed() {
        assertThatThrownBy(() -> read(replace("dana@example.org", "dana@")))
                .hasMessage("rule 5: generation_rules[0].destinations[0].address: \"dana@\" is not an email address");
        assertThatThrownBy(() -> read(replace("@dana:fedora.im", "dana:fedora.im")))
                .hasMessage("rule 5: generation_rules[0].destinations[1].address: \"dana:fedora.im\" is not "
                        + "a Matrix user id (@name:server)");
        assertThatThrownBy(() -> read(replace("\"dana_\"", "\"dana smith\"")))
                .hasMessage("rule 5: generation_rules[0].destinations[2].address: \"dana smith\" is not an IRC nick");
    }

    @Test
    void anUnknownSeverityIsNamed() {
        assertThatThrownBy(() -> read(replace("\"warning\", \"error\"", "\"warning\", \"fatal\"")))
                .hasMessageStartingWith("rule 5: generation_rules[0].filters.severities: unknown severity \"fatal\"");
    }

    @Test
    void integersBeyondSixtyFourBitsAreNamedWithTheirField() {
        String big = "18446744073709551616";
        assertThatThrownBy(() -> read(replace("\"id\": 5,", "\"id\": " + big + ",")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessage("rule " + big + ": id: expected an integer from -9223372036854775808 to "
                        + "9223372036854775807, got " + big);
        assertThatThrownBy(() -> read(replace("\"id\": 4,", "\"id\": -" + big + ",")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageStartingWith("rule 5: user.id: expected an integer from ");
        assertThatThrownBy(() -> read(replace("\"id\": 7,", "\"id\": " + big + ",")))
                .hasMessageStartingWith("rule 5: generation_rules[0].id: expected an integer from ");
        assertThatThrownBy(() -> read(replace("\"generated_last_week\": 3", "\"generated_last_week\": " + big)))
                .hasMessageStartingWith("rule 5: generated_last_week: expected an integer from ");
    }

    @Test
    void aStringWithALoneSurrogateIsRefusedWhereverItIs() {
        assertThatThrownBy(() -> read(replace("\"name\": \"dana\"", "\"name\": \"dana\\ud800\"")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessage("rule 5: user.name: \"dana\\ud800\" is not valid Unicode: it holds a lone surrogate (\\ud800)");
        assertThatThrownBy(() -> read(replace("dana@example.org", "dana\\udc00@example.org")))
                .hasMessage("rule 5: generation_rules[0].destinations[0].address: \"dana\\udc00@example.org\" is not "
                        + "valid Unicode: it holds a lone surrogate (\\udc00)");
        assertThatThrownBy(() -> read(replace("\"koji\"", "\"koji\\udc00\"")))
                .hasMessageStartingWith("rule 5: generation_rules[0].filters.applications[1]: \"koji\\udc00\" is not valid");
        assertThatThrownBy(() -> read(replace("\"*.bodhi.*\"", "\"*.bodhi.\\ud800*\"")))
                .hasMessageStartingWith("rule 5: generation_rules[0].filters.topic: \"*.bodhi.\\ud800*\" is not valid");
        assertThatThrownBy(() -> read(replace("\"My packages\"", "\"My \\ud800packages\"")))
                .hasMessageStartingWith("rule 5: name: \"My \\ud800packages\" is not valid");
        assertThatThrownBy(() -> read(replace("\"vim\"", "\"vim\\ud800\"")))
                .hasMessageStartingWith("rule 5: tracking_rule.params[0].name: \"vim\\ud800\" is not valid");
    }

    @Test
    void aTopicGlobIsReadUpToTheLimitOfItsLength() {
        String longest = "org.fedoraproject." + "[ab]".repeat((RuleLimits.MAX_TOPIC_LENGTH - 18) / 4)
                + "*".repeat((RuleLimits.MAX_TOPIC_LENGTH - 18) % 4);
        assertThat(longest).hasSize(RuleLimits.MAX_TOPIC_LENGTH);

        Rule rule = read(replace("\"*.bodhi.*\"", "\"" + longest + "\""));

        assertThat(rule.generationRules().getFirst().filters().topic().glob()).isEqualTo(longest);
    }

    @Test
    void aLongerTopicGlobIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> read(replace("\"*.bodhi.*\"", "\"" + "[".repeat(100_000) + "\"")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessage("rule 5: generation_rules[0].filters.topic: 100,000 characters, longer than 255 (the limit)");
        assertThatThrownBy(() -> read(replace("\"*.bodhi.*\"", "\"*" + "a".repeat(50_000) + "b*\"")))
                .hasMessage("rule 5: generation_rules[0].filters.topic: 50,003 characters, longer than 255 (the limit)");
    }

    @Test
    void namesAndAddressesLongerThanTheLimitAreRefused() {
        String tooLong = "x".repeat(RuleLimits.MAX_NAME_LENGTH + 1);
        assertThat(read(replace("\"dana\"", "\"" + tooLong.substring(1) + "\"")).ownerName()).hasSize(255);

        assertThatThrownBy(() -> read(replace("\"dana\"", "\"" + tooLong + "\"")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessage("rule 5: user.name: 256 characters, longer than 255 (the limit)");
        assertThatThrownBy(() -> read(replace("\"My packages\"", "\"" + tooLong + "\"")))
                .hasMessage("rule 5: name: 256 characters, longer than 255 (the limit)");
        assertThatThrownBy(() -> read(replace("\"vim\"", "\"" + tooLong + "\"")))
                .hasMessage("rule 5: tracking_rule.params[0].name: 256 characters, longer than 255 (the limit)");
        assertThatThrownBy(() -> read(replace("\"koji\"", "\"" + tooLong + "\"")))
                .hasMessage("rule 5: generation_rules[0].filters.applications[1]: 256 characters, longer than 255 (the limit)");
        assertThatThrownBy(() -> read(replace("dana@example.org", tooLong + "@example.org")))
                .hasMessage("rule 5: generation_rules[0].destinations[0].address: 268 characters, longer than 255 (the limit)");
    }

    @Test
    void charactersAreCountedAsCharactersNotAsTheirUtf16Halves() {
        String emoji = "\uD83D\uDE00".repeat(RuleLimits.MAX_NAME_LENGTH);

        assertThat(read(replace("\"dana\"", "\"" + emoji + "\"")).ownerName()).isEqualTo(emoji);
    }

    /** A JSON list of {@code n} items made by {@code item} from their index. */
    private static String list(int n, java.util.function.IntFunction<String> item) {
        return java.util.stream.IntStream.range(0, n).mapToObj(item).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    @Test
    void listsAreReadUpToTheLimitOfTheirSize() {
        String followed = list(RuleLimits.MAX_LIST_SIZE, i -> "{\"name\": \"p" + i + "\", \"type\": \"rpms\"}");

        Rule rule = read(RULE.replaceAll("(?s)\"params\": \\[.*?\\]\\}", "\"params\": " + followed + "}"));

        assertThat(((TrackingRule.ArtifactsFollowed) rule.trackingRule()).artifacts()).hasSize(RuleLimits.MAX_LIST_SIZE);
    }

    @Test
    void longerListsAreRefusedNamingTheLimit() {
        int tooMany = RuleLimits.MAX_LIST_SIZE + 1;
        String followed = list(tooMany, i -> "{\"name\": \"p" + i + "\", \"type\": \"rpms\"}");
        assertThatThrownBy(() -> read(RULE.replaceAll("(?s)\"params\": \\[.*?\\]\\}", "\"params\": " + followed + "}")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessage("rule 5: tracking_rule.params: 1,001 items, more than 1,000 (the limit)");
        assertThatThrownBy(() -> read(replace("[\"Bodhi\", \"koji\"]", list(tooMany, i -> "\"app" + i + "\""))))
                .hasMessage("rule 5: generation_rules[0].filters.applications: 1,001 items, more than 1,000 (the limit)");
        assertThatThrownBy(() -> read(replace("[\"warning\", \"error\"]", list(tooMany, i -> "\"info\""))))
                .hasMessage("rule 5: generation_rules[0].filters.severities: 1,001 items, more than 1,000 (the limit)");
        String destinations = list(tooMany, i -> "{\"protocol\": \"irc\", \"address\": \"n" + i + "\"}");
        assertThatThrownBy(() -> read(RULE.replaceAll("(?s)\"destinations\": \\[.*?\\],\\s*\"filters\"",
                "\"destinations\": " + destinations + ", \"filters\"")))
                .hasMessage("rule 5: generation_rules[0].destinations: 1,001 items, more than 1,000 (the limit)");
        String generations = list(tooMany, i -> "{\"destinations\": [{\"protocol\": \"irc\", \"address\": \"n\"}]}");
        assertThatThrownBy(() -> read(RULE.replaceAll("(?s)\"generation_rules\": \\[.*\\],\\s*\"id\"",
                "\"generation_rules\": " + generations + ", \"id\"")))
                .hasMessage("rule 5: generation_rules: 1,001 items, more than 1,000 (the limit)");
        String users = list(tooMany, i -> "\"u" + i + "\"");
        assertThatThrownBy(() -> read(RULE.replaceAll("(?s)\"tracking_rule\": \\{.*?\\]\\}",
                "\"tracking_rule\": {\"name\": \"users-followed\", \"params\": " + users + "}")))
                .hasMessage("rule 5: tracking_rule.params: 1,001 items, more than 1,000 (the limit)");
    }

    @Test
    void aValueOfTheWrongTypeIsShownCutShort() {
        String huge = list(100_000, i -> "1");

        assertThatThrownBy(() -> read(replace("\"My packages\"", huge)))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessage("rule 5: name: expected a string or null, got [" + "1,".repeat(49) + "1…");
    }
}

