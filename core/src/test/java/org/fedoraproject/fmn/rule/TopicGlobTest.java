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
        for (int i = 0; i < 20_000; i++) {
            globs.add(randomString(random, i % 4 == 0 ? "ab.*" : "abz.*?[]!-", 8));
            topics.add(randomString(random, "abz.-![]", 8));
        }
        assertMatchesAsFnmatch(folder, globs, topics);
    }

    /**
     * Longer globs made mostly of brackets, hyphens and exclamation marks, where Python's
     * reading of a set (ranges, empty ranges dropped, a leading {@code !}) has the most corners.
     */
    @Test
    void readsBracketsAsPythonFnmatchDoesOnRandomBracketHeavyGlobs(@TempDir Path folder) throws Exception {
        Random random = new Random(4);
        List<String> globs = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String glob = randomString(random, "[[]]!!---abzAZ09*?", 40);
            globs.add(glob);
            topics.add(random.nextInt(3) == 0 ? glob : randomString(random, "abzAZ09!-[]", 12));
        }
        assertMatchesAsFnmatch(folder, globs, topics);
    }

    private static void assertMatchesAsFnmatch(Path folder, List<String> globs, List<String> topics) throws Exception {
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < globs.size(); i++) {
            cases.append(globs.get(i)).append('\t').append(topics.get(i)).append('\n');
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

    /**
     * When a set's first range is empty and dropped, what follows is read as fnmatch reads the
     * text it is left with: a {@code !} now leading it negates the set, and a hyphen after that
     * {@code !} is a member.
     */
    @Test
    void aSetWhoseFirstRangeIsDroppedIsReadAsFnmatchReadsWhatIsLeft() {
        assertThat(matching("[z-a!-b]", "-b!az")).isEqualTo("!az");
        assertThat(matching("[z-!!a]", "-b!az")).isEqualTo("-b!z");
        assertThat(matching("[z-a!]", "-b!az")).isEqualTo("-b!az");
        assertThat(matching("[z-!]", "-b!az")).isEmpty();
    }

    /** The one-character topics among {@code candidates} that the glob matches. */
    private static String matching(String glob, String candidates) {
        TopicGlob compiled = TopicGlob.of(glob);
        StringBuilder out = new StringBuilder();
        for (char c : candidates.toCharArray()) {
            if (compiled.matches(String.valueOf(c))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void aLongRunOfUnclosedBracketsIsLiteral() {
        String brackets = "[".repeat(50_000);

        assertThat(TopicGlob.of(brackets).matches(brackets)).isTrue();
        assertThat(TopicGlob.of(brackets).matches(brackets.substring(1))).isFalse();
        // Closed at last: one set, of the character "[".
        assertThat(TopicGlob.of(brackets + "]").matches("[")).isTrue();
        assertThat(TopicGlob.of(brackets + "]").matches("[[")).isFalse();
    }
}
