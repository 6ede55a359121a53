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
    void regexCharactersAndUnclosedBracketsAreLiteral() {
        assertThat(TopicGlob.of("a+b.(c)").matches("a+b.(c)")).isTrue();
        assertThat(TopicGlob.of("a.[b").matches("a.[b")).isTrue();
        assertThat(TopicGlob.of("a.[]]").matches("a.]")).isTrue();
        assertThat(TopicGlob.of("a.[!]").matches("a.[!]")).isTrue();
        assertThat(TopicGlob.of("a.[!]").matches("a.q")).isFalse();
    }
}
