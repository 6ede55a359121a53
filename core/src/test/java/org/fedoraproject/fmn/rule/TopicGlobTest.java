package org.fedoraproject.fmn.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * Random globs over a small alphabet rich in wildcards ({@code * ? [ ] ! -}) against random
     * topics, compared with what Python's own {@code fnmatch.fnmatchcase} answers. Skipped,
     * saying so, where Python is absent.
     */
    @Test
    void matchesAsPythonFnmatchDoesOnRandomGlobs(@TempDir Path folder) throws Exception {
        Random random = new Random(3);
        List<String> globs = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            String glob = randomString(random, i % 4 == 0 ? "ab.*" : "abz.*?[]!-", 8);
            String topic = randomString(random, "abz.-![]", 8);
            globs.add(glob);
            topics.add(topic);
            cases.append(glob).append('\t').append(topic).append('\n');
        }
        Path input = Files.writeString(folder.resolve("cases.tsv"), cases);
        Process python = new ProcessBuilder("python3", "-c", """
                import fnmatch, sys
                for line in open(sys.argv[1], encoding="utf-8"):
                    glob, topic = line.rstrip("\\n").split("\\t")
                    print(int(fnmatch.fnmatchcase(topic, glob)))
                """, input.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> answers = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        Assumptions.assumeTrue(python.waitFor(60, TimeUnit.SECONDS) && python.exitValue() == 0,
                "python3 is not available to compare with fnmatch: skipping");

        assertThat(answers).hasSize(globs.size());
        for (int i = 0; i < globs.size(); i++) {
            assertThat(TopicGlob.of(globs.get(i)).matches(topics.get(i)))
                    .as("%s against %s", globs.get(i), topics.get(i)).isEqualTo(answers.get(i).equals("1"));
        }
    }

    private static String randomString(Random random, String alphabet, int maxLength) {
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

    @Test
    void emptyRangesMatchNothingAndHyphensAtTheEdgesAreMembers() {
        assertThat(TopicGlob.of("a.[z-a]").matches("a.m")).isFalse();
        assertThat(TopicGlob.of("a.[!z-a]").matches("a.m")).isTrue();
        assertThat(TopicGlob.of("a.[-x]").matches("a.-")).isTrue();
        assertThat(TopicGlob.of("a.[x-]").matches("a.-")).isTrue();
        assertThat(TopicGlob.of("a.[a-c-e]").matches("a.-")).isTrue();
        assertThat(TopicGlob.of("a.[a-c-e]").matches("a.d")).isFalse();
    }
}
