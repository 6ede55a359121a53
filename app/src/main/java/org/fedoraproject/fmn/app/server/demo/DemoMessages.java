package org.fedoraproject.fmn.app.server.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;

import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the demo stream's messages: what Fedora's bus carries every minute, about the demo's
 * users and packages — Koji builds finishing or failing, Bodhi updates submitted to testing and
 * commented on, commits pushed to dist-git, accounts changed — in the shapes and under the
 * topics and schemas of the real messages, each with a fresh id and the current time. The
 * headers fedora-messaging adds for each user and package the message is about are derived
 * from the message itself, as fedora-messaging derives them.
 */
final class DemoMessages {

    private static final String PREFIX = "org.fedoraproject.prod.";
    private static final DateTimeFormatter BODHI_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> RELEASES = List.of("F43", "F44");
    private static final List<String> COMMENTS = List.of(
            "Works for me, thanks!", "Tested on my laptop, no regressions.", "Starts and runs fine here.",
            "Still crashes at startup for me, see the log.", "Fixes the bug I reported, thank you.");
    private static final List<String> COMMITS = List.of(
            "Update to the latest upstream release", "Rebuild for the new Python", "Fix the build with GCC 16",
            "Add a patch for the crash at startup", "Drop an obsolete BuildRequires");
    private static final List<String> ACCOUNT_FIELDS = List.of("timezone", "locale", "ircnicks", "sshpubkeys", "website");

    private final DemoWorld world;
    private final SchemaRegistry schemas;
    private final RandomGenerator random;
    private final Clock clock;
    private final List<Supplier<Message>> kinds = List.of(this::build, this::build, this::updateToTesting,
            this::updateComment, this::commit, this::accountChange);

    DemoMessages(DemoWorld world, SchemaRegistry schemas, RandomGenerator random, Clock clock) {
        this.world = world;
        this.schemas = schemas;
        this.random = random;
        this.clock = clock;
    }

    /** The next message of the stream, of a kind picked at random. */
    Message next() {
        return kinds.get(random.nextInt(kinds.size())).get();
    }

    /** Every kind once, in order: a build, an update to testing, a comment, a commit, an account change. */
    List<Message> oneOfEach() {
        return List.of(build(), updateToTesting(), updateComment(), commit(), accountChange());
    }

    Message build() {
        DemoWorld.Repository pkg = pick(world.packages());
        String owner = pick(pkg.people());
        boolean failed = random.nextInt(4) == 0;
        OffsetDateTime now = now();
        int buildId = 2_900_000 + random.nextInt(100_000);
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("build_id", buildId).put("old", 0).put("name", pkg.name()).putNull("task_id").putNull("task")
                .put("attribute", "state").putNull("request").put("instance", "primary").putNull("epoch")
                .put("version", version()).put("owner", owner).put("new", failed ? 3 : 1)
                .put("release", "1.fc" + (43 + random.nextInt(2)))
                .put("creation_time", now.minusMinutes(12 + random.nextInt(30)).toString())
                .put("completion_time", now.toString())
                .put("url", "https://koji.fedoraproject.org/koji/buildinfo?buildID=" + buildId);
        return message("buildsys.build.state.change", "koji_fedoramessaging.build.BuildStateChangeV1", failed ? 30 : 20, body);
    }

    Message updateToTesting() {
        DemoWorld.Repository pkg = pick(world.packages());
        String submitter = pick(pkg.people());
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("update", update(pkg, submitter, "pending", "testing"));
        body.put("agent", submitter);
        return message("bodhi.update.request.testing", "bodhi.update.request.testing.v1", 20, body);
    }

    Message updateComment() {
        DemoWorld.Repository pkg = pick(world.packages());
        String submitter = pick(pkg.people());
        String commenter = pick(world.users().stream().filter(u -> !u.equals(submitter)).toList());
        boolean happy = random.nextInt(5) != 0;
        ObjectNode body = Json.MAPPER.createObjectNode();
        ObjectNode comment = body.putObject("comment");
        comment.put("karma", happy ? 1 : -1)
                .put("text", (happy ? COMMENTS.get(random.nextInt(3)) : COMMENTS.get(3 + random.nextInt(2))) + " @" + submitter)
                .put("timestamp", now().format(BODHI_TIME));
        comment.set("update", update(pkg, submitter, "testing", null));
        comment.putObject("user").put("name", commenter);
        return message("bodhi.update.comment", "bodhi.update.comment.v1", 20, body);
    }

    Message commit() {
        DemoWorld.Repository repo = pick(world.repositories().stream().filter(r -> !r.people().isEmpty()).toList());
        String author = pick(repo.people());
        String summary = pick(COMMITS);
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("agent", author);
        ObjectNode commit = body.putObject("commit");
        commit.put("name", author).put("email", author + "@example.org").put("username", author)
                .put("summary", summary).put("message", summary + "\n")
                .put("rev", HexFormat.of().formatHex(randomBytes(20)))
                .put("path", "/srv/git/repositories/" + repo.namespace() + "/" + repo.name() + ".git")
                .put("repo", repo.name()).put("namespace", repo.namespace()).put("branch", "rawhide")
                .put("patch", "--- a/" + repo.name() + ".spec\n+++ b/" + repo.name() + ".spec\n")
                .put("date", now().toString())
                .put("url", "https://src.fedoraproject.org/" + repo.namespace() + "/" + repo.name());
        ObjectNode stats = commit.putObject("stats");
        stats.putObject("files");
        stats.putObject("total").put("additions", 1 + random.nextInt(40)).put("deletions", random.nextInt(20));
        return message("git.receive", "fedora_messaging_git_hook.commit.v1", 20, body);
    }

    Message accountChange() {
        String user = pick(world.users());
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putObject("msg").put("agent", user).put("user", user).putArray("fields").add(pick(ACCOUNT_FIELDS));
        return message("fas.user.update", "noggin.user.update.v1", 20, body);
    }

    private ObjectNode update(DemoWorld.Repository pkg, String submitter, String status, String request) {
        ObjectNode update = Json.MAPPER.createObjectNode();
        String release = pick(RELEASES);
        update.put("alias", "FEDORA-" + now().getYear() + "-" + HexFormat.of().formatHex(randomBytes(5)));
        update.putArray("builds").addObject().put("nvr", pkg.name() + "-" + version() + "-1.fc" + release.substring(1));
        update.put("status", status);
        update.putObject("release").put("name", release);
        if (request == null) {
            update.putNull("request");
        } else {
            update.put("request", request);
        }
        update.putObject("user").put("name", submitter);
        return update;
    }

    /** A message with fedora-messaging's headers, the per-user and per-package ones among them. */
    private Message message(String topic, String schema, int severity, ObjectNode body) {
        ObjectNode headers = Json.MAPPER.createObjectNode();
        headers.put("fedora_messaging_schema", schema);
        headers.put("sent-at", now().toString());
        headers.put("fedora_messaging_severity", severity);
        Message bare = new Message(UUID.randomUUID().toString(), PREFIX + topic, headers, body, null, null);
        MessageFacts facts = schemas.derive(bare);
        facts.usernames().forEach(user -> headers.put("fedora_messaging_user_" + user, true));
        facts.packages().forEach(pkg -> headers.put("fedora_messaging_rpm_" + pkg, true));
        facts.groups().forEach(group -> headers.put("fedora_messaging_group_" + group, true));
        return new Message(bare.id(), bare.topic(), headers, body, null, null);
    }

    private String version() {
        return (1 + random.nextInt(9)) + "." + random.nextInt(30) + "." + random.nextInt(10);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
