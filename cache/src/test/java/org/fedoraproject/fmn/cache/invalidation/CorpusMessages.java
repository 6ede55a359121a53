package org.fedoraproject.fmn.cache.invalidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.junit.jupiter.api.Assumptions;

import tools.jackson.databind.node.ObjectNode;

/**
 * The real Fedora bus messages of the shared corpus, read where they are: the folder is the
 * system property {@code fmn.corpus.dir} (the build sets it) or {@code FMN_CORPUS_DIR}; a test
 * needing them is skipped when they are absent.
 */
final class CorpusMessages {

    private CorpusMessages() {
    }

    /** Every message of the corpus. */
    static List<Message> all() {
        String configured = System.getProperty("fmn.corpus.dir", System.getenv("FMN_CORPUS_DIR"));
        Path dir = Path.of(configured != null ? configured : "../shared/corpus");
        Assumptions.assumeTrue(Files.isDirectory(dir), "the message corpus is not at " + dir.toAbsolutePath()
                + " (set -Dfmn.corpus.dir or FMN_CORPUS_DIR): skipping the corpus tests");
        List<Message> messages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        messages.add(SerializedMessageCodec.read(line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    /** The corpus's first message on that topic; fails when the corpus has none. */
    static Message first(String topic) {
        return all().stream().filter(m -> m.topic().equals(topic)).findFirst()
                .orElseThrow(() -> new AssertionError("the corpus has no message on " + topic));
    }

    /** The message on another topic (a deployment prefix, say), with the same id, headers and body. */
    static Message onTopic(Message message, String topic) {
        return new Message(message.id(), topic, message.headers(), message.body(), message.queue(), message.priority());
    }

    /**
     * The message with its project moved to a dist-git namespace: the corpus's Pagure messages are
     * about {@code fedora-infra/fedocal-messages} on {@code http://localhost.localdomain}, a
     * namespace FMN does not track.
     */
    static Message movedTo(Message message, String instance, String namespace) {
        ObjectNode body = message.body().deepCopy();
        ObjectNode project = (ObjectNode) body.get("project");
        String name = project.get("name").stringValue();
        project.put("namespace", namespace);
        project.put("fullname", namespace + "/" + name);
        project.put("url_path", namespace + "/" + name);
        project.put("full_url", instance + namespace + "/" + name);
        return new Message(message.id(), message.topic(), message.headers(), body, message.queue(), message.priority());
    }
}
