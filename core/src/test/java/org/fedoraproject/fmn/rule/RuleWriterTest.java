package org.fedoraproject.fmn.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Severity;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

class RuleWriterTest {

    private static Rule rule(TrackingRule tracking) {
        Filters filters = new Filters(Set.of("koji"), Set.of("copr"), Set.of(Severity.ERROR), TopicGlob.of("*.koji.*"), true);
        return new Rule(5, "Builds", true, new Rule.RuleOwner(4L, "dana", false), tracking,
                List.of(new GenerationRule(7L, List.of(new Destination(Protocol.EMAIL, "dana@example.org"),
                        new Destination(Protocol.MATRIX, "@dana:fedora.im")), filters)), 3);
    }

    @Test
    void writesFmnsShapeInFmnsKeyOrder() {
        ObjectNode json = RuleWriter.write(rule(new TrackingRule.ArtifactsOwned(Set.of("dana"))));

        assertThat(json.toString()).isEqualTo("{\"name\":\"Builds\",\"disabled\":true,"
                + "\"tracking_rule\":{\"name\":\"artifacts-owned\",\"params\":[\"dana\"]},"
                + "\"generation_rules\":[{\"id\":7,\"destinations\":[{\"protocol\":\"email\",\"address\":\"dana@example.org\"},"
                + "{\"protocol\":\"matrix\",\"address\":\"@dana:fedora.im\"}],"
                + "\"filters\":{\"applications\":[\"koji\"],\"excluded_applications\":[\"copr\"],\"severities\":[\"error\"],"
                + "\"topic\":\"*.koji.*\",\"my_actions\":true}}],"
                + "\"id\":5,\"user\":{\"id\":4,\"name\":\"dana\",\"is_admin\":false},\"generated_last_week\":3}");
    }

    @Test
    void everyKindOfRuleReadsBackAsWritten() {
        List<TrackingRule> kinds = List.of(
                new TrackingRule.ArtifactsOwned(Set.of("dana", "bob")),
                new TrackingRule.ArtifactsGroupOwned(Set.of("kde-sig")),
                new TrackingRule.ArtifactsFollowed(List.of(new Artifact(ArtifactType.RPMS, "vim"),
                        new Artifact(ArtifactType.FLATPAKS, "firefox"))),
                new TrackingRule.RelatedEvents(),
                new TrackingRule.UsersFollowed(Set.of("bob")));
        for (TrackingRule kind : kinds) {
            Rule written = rule(kind);

            Rule read = RuleReader.read(Json.parse(RuleWriter.write(written).toString(), "rule"));

            assertThat(read).as(kind.name()).isEqualTo(written);
        }
    }

    @Test
    void aRuleIsWrittenInTheOrderAndCaseItsOwnerWrote() {
        String written = """
                {"name":null,"disabled":false,"tracking_rule":{"name":"users-followed","params":["zoe","adam","mira"]},\
                "generation_rules":[{"id":1,"destinations":[{"protocol":"irc","address":"dana"}],\
                "filters":{"applications":["The New Hotness","Koji","bodhi"],"excluded_applications":["Copr"],\
                "severities":["info","warning","error"],"topic":null,"my_actions":false}}],\
                "id":5,"user":{"id":4,"name":"dana","is_admin":false},"generated_last_week":0}""";

        assertThat(RuleWriter.write(RuleReader.read(Json.parse(written, "rule"))).toString()).isEqualTo(written);
    }
}
