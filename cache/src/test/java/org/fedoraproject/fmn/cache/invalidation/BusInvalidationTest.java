package org.fedoraproject.fmn.cache.invalidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import org.fedoraproject.fmn.cache.TestClock;
import org.fedoraproject.fmn.message.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.node.ObjectNode;

/**
 * Which tags real bus messages drop. The corpus's Pagure messages are about
 * {@code fedora-infra/fedocal-messages} on {@code http://localhost.localdomain}; the table moves
 * that project into dist-git ({@code rpms} on {@code https://src.fedoraproject.org/}) and keeps
 * the rest of the body as it is.
 */
class BusInvalidationTest {

    static final String DISTGIT = "https://src.fedoraproject.org/";
    private static final String ARTIFACT = "artifact:rpms/fedocal-messages";

    private final RecordingCache cache = new RecordingCache(TestClock.now());
    private final BusInvalidation invalidation = new BusInvalidation(cache, URI.create(DISTGIT));

    static Stream<Arguments> corpusMessagesAndTheTagsTheyDrop() {
        return Stream.of(
                Arguments.of("pagure.project.user.added", List.of(ARTIFACT, "user:newu")),
                Arguments.of("pagure.project.user.access.updated", List.of(ARTIFACT, "user:newu")),
                Arguments.of("pagure.project.group.added", List.of(ARTIFACT, "group:dummy-group")),
                Arguments.of("pagure.project.group.access.updated", List.of(ARTIFACT, "group:dummy-group")),
                Arguments.of("pagure.project.group.removed", List.of(ARTIFACT, "group:dummy-group")),
                Arguments.of("pagure.project.new", List.of(ARTIFACT, "user:pingou")),
                Arguments.of("pagure.project.deleted", List.of(ARTIFACT, "user:pingou")),
                Arguments.of("pagure.project.edit", List.of(ARTIFACT)),
                Arguments.of("fas.user.create", List.of("user:dummy")),
                Arguments.of("fas.user.update", List.of("user:dummy")),
                Arguments.of("fas.group.member.sponsor", List.of("user:testuser", "group:dummy-group")));
    }

    @ParameterizedTest(name = "{0} drops {1}")
    @MethodSource
    void corpusMessagesAndTheTagsTheyDrop(String topic, List<String> tags) {
        invalidation.handle(inDistGit(CorpusMessages.first(topic)));

        assertThat(cache.droppedTags).containsExactlyElementsOf(tags);
    }

    @ParameterizedTest(name = "{0} drops {1}")
    @MethodSource("corpusMessagesAndTheTagsTheyDrop")
    void aDeploymentPrefixOnTheTopicChangesNothing(String topic, List<String> tags) {
        Message message = inDistGit(CorpusMessages.first(topic));
        invalidation.handle(CorpusMessages.onTopic(message, "org.fedoraproject.prod." + topic));

        assertThat(cache.droppedTags).containsExactlyElementsOf(tags);
    }

    @Test
    void aUserRemovedFromAProjectDropsTheProjectAndThem() {
        // Not in the corpus: Pagure's remove_user_of_project sends the project and removed_user.
        Message added = inDistGit(CorpusMessages.first("pagure.project.user.added"));
        ObjectNode body = added.body().deepCopy();
        body.remove(List.of("new_user", "access", "branches"));
        body.put("removed_user", "newu");

        invalidation.handle(new Message(added.id(), "pagure.project.user.removed", added.headers(), body, null, null));

        assertThat(cache.droppedTags).containsExactly(ARTIFACT, "user:newu");
    }

    @Test
    void aMemberAddedToOrRemovedFromAGroupDropsTheAccountAndTheGroup() {
        // Not in the corpus: noggin-messages' MemberAdded and MemberRemoved have the sponsor's body.
        Message sponsor = CorpusMessages.first("fas.group.member.sponsor");
        invalidation.handle(CorpusMessages.onTopic(sponsor, "org.fedoraproject.prod.fas.group.member.added"));
        invalidation.handle(CorpusMessages.onTopic(sponsor, "fas.group.member.removed"));

        assertThat(cache.droppedTags).containsExactly("user:testuser", "group:dummy-group", "user:testuser",
                "group:dummy-group");
    }

    @Test
    void pagureMessagesAboutProjectsOfAnotherPagureInstanceDropNothing() {
        List<Message> projectMessages = CorpusMessages.all().stream()
                .filter(m -> m.topic().startsWith("pagure.project.")).toList();
        assertThat(projectMessages).hasSizeGreaterThanOrEqualTo(8);

        for (Message message : projectMessages) {
            invalidation.handle(CorpusMessages.movedTo(message, "https://pagure.io/", "rpms"));
            invalidation.handle(CorpusMessages.movedTo(message, "https://src.fedoraproject.org.evil.example/", "rpms"));
            invalidation.handle(CorpusMessages.onTopic(CorpusMessages.movedTo(message, "https://pagure.io/", "rpms"),
                    "io.pagure.prod." + message.topic()));
        }

        assertThat(cache.droppedTags).isEmpty();
    }

    @Test
    void projectsOfNamespacesFmnDoesNotTrackDropNothingEvenOnDistGit() {
        BusInvalidation corpusInstance = new BusInvalidation(cache, URI.create("http://localhost.localdomain/"));
        CorpusMessages.all().stream().filter(m -> m.topic().startsWith("pagure.project.")).forEach(corpusInstance::handle);

        assertThat(cache.droppedTags).isEmpty(); // the corpus's project is fedora-infra/fedocal-messages
    }

    @Test
    void distGitIsTheConfiguredHostAndPathWhateverTheScheme() {
        Message message = CorpusMessages.movedTo(CorpusMessages.first("pagure.project.user.added"),
                "http://localhost.localdomain/", "containers");

        new BusInvalidation(cache, URI.create("https://LocalHost.localdomain")).handle(message);
        new BusInvalidation(cache, URI.create("http://localhost.localdomain/pagure/")).handle(message);
        new BusInvalidation(cache, URI.create("http://localhost.localdomain:8080/")).handle(message);

        assertThat(cache.droppedTags).containsExactly("artifact:containers/fedocal-messages", "user:newu");
    }

    @Test
    void aForkOfADistGitProjectDropsNothing() {
        Message added = inDistGit(CorpusMessages.first("pagure.project.user.added"));
        ObjectNode body = added.body().deepCopy();
        ((ObjectNode) body.get("project")).set("parent", body.get("project").deepCopy());

        invalidation.handle(new Message(added.id(), added.topic(), added.headers(), body, null, null));
        invalidation.handle(inDistGit(CorpusMessages.first("pagure.project.forked")));

        assertThat(cache.droppedTags).isEmpty();
    }

    @Test
    void messagesOfEveryOtherTopicInTheCorpusDropNothing() {
        List<Message> others = CorpusMessages.all().stream()
                .filter(m -> !m.topic().startsWith("pagure.project.") && !m.topic().startsWith("fas.")).toList();
        assertThat(others).hasSizeGreaterThan(100);

        others.forEach(invalidation::handle);

        assertThat(cache.droppedTags).isEmpty();
    }

    @Test
    void bodiesOfAnotherShapeDropNothing() {
        Message update = CorpusMessages.first("fas.user.update");
        ObjectNode noUser = update.body().deepCopy();
        ((ObjectNode) noUser.get("msg")).put("user", 42);
        ObjectNode noProject = inDistGit(CorpusMessages.first("pagure.project.user.added")).body().deepCopy();
        noProject.put("project", "rpms/fedocal-messages");

        invalidation.handle(new Message("1", update.topic(), update.headers(), noUser, null, null));
        invalidation.handle(new Message("2", "pagure.project.user.added", update.headers(), noProject, null, null));
        invalidation.handle(new Message("3", "pagure.project.user.added", update.headers(),
                update.body().objectNode(), null, null));

        assertThat(cache.droppedTags).isEmpty();
    }

    @Test
    void handlingAMessageTwiceDropsTheSameTagsAgain() {
        Message message = CorpusMessages.first("fas.user.update");
        invalidation.handle(message);
        invalidation.handle(message);

        assertThat(cache.droppedTags).containsExactly("user:dummy", "user:dummy");
    }

    static Message inDistGit(Message message) {
        return message.topic().startsWith("pagure.") ? CorpusMessages.movedTo(message, DISTGIT, "rpms") : message;
    }
}
