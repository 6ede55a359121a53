package org.fedoraproject.fmn.app.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.fedoraproject.fmn.app.Fmn;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** The demo stream's messages, read as FMN reads real bus messages, against the demo world. */
class DemoMessagesTest {

    private static final Path DEMO = Path.of("..", "demo");
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.standard();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private final DemoWorld world = DemoWorld.read(DEMO);

    @Test
    void eachKindIsAKnownSchemaAboutDemoUsersAndPackages() {
        List<Message> messages = new DemoMessages(world, SCHEMAS, new Random(7), CLOCK).oneOfEach();

        assertThat(messages).extracting(Message::topic).containsExactly(
                "org.fedoraproject.prod.buildsys.build.state.change", "org.fedoraproject.prod.bodhi.update.request.testing",
                "org.fedoraproject.prod.bodhi.update.comment", "org.fedoraproject.prod.git.receive",
                "org.fedoraproject.prod.fas.user.update");
        Set<String> packages = new HashSet<>(world.repositories().stream().map(DemoWorld.Repository::name).toList());
        for (Message message : messages) {
            MessageFacts facts = SCHEMAS.derive(message);
            assertThat(facts.schema()).as("%s's schema", message.topic()).isEqualTo(message.schemaName());
            assertThat(SCHEMAS.schema(facts.schema())).as("a schema FMN knows: %s", facts.schema()).isPresent();
            assertThat(facts.usernames()).as("the users of %s", message.topic()).isNotEmpty().isSubsetOf(world.users());
            assertThat(facts.packages()).as("the packages of %s", message.topic()).isSubsetOf(packages);
            assertThat(facts.summary()).as("the summary of %s", message.topic()).isNotBlank();
            for (String user : facts.usernames()) {
                assertThat(message.headers().path("fedora_messaging_user_" + user).asBoolean())
                        .as("%s's header for %s", message.topic(), user).isTrue();
            }
        }
        assertThat(SCHEMAS.derive(messages.getFirst()).packages()).as("a build is about its package").hasSize(1);
    }

    @Test
    void everyMessageIsFresh() {
        DemoMessages demo = new DemoMessages(world, SCHEMAS, new Random(3), Clock.systemUTC());
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            messages.add(demo.next());
        }
        assertThat(messages).extracting(Message::id).doesNotHaveDuplicates();
        assertThat(messages).extracting(Message::topic).hasSizeGreaterThan(1);
    }

    /** What the demo rules make of a stretch of the stream, as `fmn match` tells it. */
    @Test
    void theDemoRulesNotifyTheDemoUsers(@TempDir Path folder) throws Exception {
        DemoMessages demo = new DemoMessages(world, SCHEMAS, new Random(11), CLOCK);
        Path stream = folder.resolve("stream.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add(SerializedMessageCodec.write(demo.next()));
        }
        Files.write(stream, lines);
        Path out = folder.resolve("notifications.jsonl");
        StringWriter err = new StringWriter();

        int status = Fmn.commandLine().setErr(new PrintWriter(err)).execute("match", "--raw",
                "--directory", DEMO.resolve("directory.json").toString(), "--distgit", DEMO.resolve("distgit.json").toString(),
                "--rules", DEMO.resolve("rules.jsonl").toString(), "--messages", stream.toString(), "--out", out.toString());

        assertThat(status).as("fmn match: %s", err).isZero();
        Set<String> addresses = new HashSet<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode notification = Json.parse(line, "notification");
            addresses.add(notification.path("protocol").stringValue() + ":" + notification.path("address").stringValue());
        }
        assertThat(addresses).as("who the demo rules notify").contains("email:mira@example.org", "matrix:@mira:fedora.im");
    }
}
