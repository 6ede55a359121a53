package org.fedoraproject.fmn.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicGlobTest {

    @Test
    void starCrossesDots() {
        TopicGlob glob = TopicGlob.of("*.bodhi.update.*");

        assertThat(glob.matches("org.fedoraproject.prod.bodhi.update.comment")).isTrue();
        assertThat(glob.matches("org.fedoraproject.prod.bodhi.update.request.stable")).isTrue();
        assertThat(glob.matches("org.fedoraproject.prod.bodhi.buildroot_override.tag")).isFalse();
    }

    @Test
    void questionMarkIsExactlyOneCharacter() {
        TopicGlob glob = TopicGlob.of("*.buildsys.?ag");

        assertThat(glob.matches("org.fedoraproject.prod.buildsys.tag")).isTrue();
        assertThat(glob.matches("org.fedoraproject.prod.buildsys.untag")).isFalse();
        assertThat(glob.matches("org.fedoraproject.prod.buildsys.ag")).isFalse();
    }

    @Test
    void bracketsMatchOneOfASetOrNotOfIt() {
        TopicGlob set = TopicGlob.of("org.fedoraproject.prod.bodhi.update.request.[st]*");
        TopicGlob negated = TopicGlob.of("a.[!x-z]");

        assertThat(set.matches("org.fedoraproject.prod.bodhi.update.request.stable")).isTrue();
        assertThat(set.matches("org.fedoraproject.prod.bodhi.update.request.testing")).isTrue();
        assertThat(set.matches("org.fedoraproject.prod.bodhi.update.request.revoke")).isFalse();
        assertThat(negated.matches("a.b")).isTrue();
        assertThat(negated.matches("a.y")).isFalse();
    }

    @Test
    void matchingIsCaseSensitiveAsFnmatchOnPosix() {
        assertThat(TopicGlob.of("*.Bodhi.*").matches("org.fedoraproject.prod.bodhi.update.comment")).isFalse();
        assertThat(TopicGlob.of("org.fedoraproject.prod.koji.build").matches("org.fedoraproject.prod.koji.build")).isTrue();
        assertThat(TopicGlob.of("org.fedoraproject.prod.koji.build").matches("ORG.fedoraproject.prod.koji.build")).isFalse();
    }

    @Test
    void starsMatchAsFnmatchDoesOnRandomTopics() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "ab.*";
        for (int i = 0; i < 20_000; i++) {
            String glob = randomString(random, alphabet, 6);
            String topic = randomString(random, "ab.", 8);
            String regex = TopicGlob.translate(glob);
            assertThat(TopicGlob.of(glob).matches(topic)).as("%s against %s", glob, topic)
                    .isEqualTo(java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.DOTALL)
                            .matcher(topic).matches());
        }
    }

    private static String randomString(java.util.Random random, String alphabet, int maxLength) {
        StringBuilder out = new StringBuilder();
        for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    @Test
    void regexCharactersAndUnclosedBracketsAreLiteral() {
        assertThat(TopicGlob.of("a+b.(c)").matches("a+b.(c)")).isTrue();
        assertThat(TopicGlob.of("a.[b").matches("a.[b")).isTrue();
        assertThat(TopicGlob.of("a.[]]").matches("a.]")).isTrue();
        assertThat(TopicGlob.of("a.[!]").matches("a.[!]")).isTrue();
        assertThat(TopicGlob.of("a.[!]").matches("a.q")).isFalse();
    }
}
