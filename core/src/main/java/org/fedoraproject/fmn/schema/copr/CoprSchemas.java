package org.fedoraproject.fmn.schema.copr;

import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.PythonFormat.str;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.DefaultText;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas of copr-messaging: a Copr build starting or ending in one chroot.
 *
 * <p>Two body formats exist: the fedmsg-era one ({@code copr.build.start}, {@code copr.build.end},
 * {@code copr.chroot.start}: numeric build id and status, submitter in {@code user}) and the
 * old STOMP one ({@code copr.unused.*}: everything as strings, submitter in {@code submitter}).
 * No Copr schema writes its own long text, and none names packages.
 */
public final class CoprSchemas implements SchemaPackage {

    /** copr_common's build statuses, by number. */
    private static final Map<Integer, String> STATUS_NAMES = Map.ofEntries(
            Map.entry(0, "failed"),
            Map.entry(1, "succeeded"),
            Map.entry(2, "canceled"),
            Map.entry(3, "running"),
            Map.entry(4, "pending"),
            Map.entry(5, "skipped"),
            Map.entry(6, "starting"),
            Map.entry(7, "importing"),
            Map.entry(8, "forked"),
            Map.entry(9, "waiting"),
            Map.entry(1000, "unknown"));

    private static final Comparator<String> CODE_POINT_ORDER =
            Comparator.comparing(s -> s.codePoints().toArray(), Arrays::compare);

    private static final SchemaDefinition COPR = SchemaDefinition.template()
            .appName("Copr")
            .summary(m -> "Unspecified Copr message")
            .text(m -> DefaultText.of(unwrapped(m)));

    /** The body formats: where the build id and the submitter are, and how the status reads. */
    private enum Format {
        FEDMSG(b -> str(item(b, "build")), b -> item(b, "user"), b -> statusName(item(b, "status"))),
        STOMP(b -> pythonInt(item(b, "build")).toString(), b -> item(b, "submitter"),
                b -> statusName(pythonInt(item(b, "status_int"))));

        final Function<JsonNode, String> buildId;
        final Function<JsonNode, JsonNode> rawSubmitter;
        final Function<JsonNode, String> status;

        Format(Function<JsonNode, String> buildId, Function<JsonNode, JsonNode> rawSubmitter,
                Function<JsonNode, String> status) {
            this.buildId = buildId;
            this.rawSubmitter = rawSubmitter;
            this.status = status;
        }
    }

    private static final List<Schema> SCHEMAS = List.of(
            started(Format.FEDMSG).named("copr.build.start"),
            ended(Format.FEDMSG).named("copr.build.end"),
            // duplicates copr.build.start; its publisher marks it DEBUG so that nobody is notified twice
            started(Format.FEDMSG).named("copr.chroot.start"),
            started(Format.STOMP).named("copr.unused.build.start"),
            ended(Format.STOMP).named("copr.unused.build.end"),
            COPR.named("copr.unused.chroot.start"));

    @Override
    public String name() {
        return "copr-messaging";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    private static SchemaDefinition buildChroot(Format format) {
        return COPR.usernames(m -> usernames(format, body(m)));
    }

    private static SchemaDefinition started(Format format) {
        return buildChroot(format)
                .agentName(m -> submitter(format, body(m)))
                .summary(m -> prefix(format, body(m)) + ": chroot \"" + str(item(body(m), "chroot")) + "\" started.");
    }

    // No agent: a build can be canceled by anyone with access to the project, not only its submitter.
    private static SchemaDefinition ended(Format format) {
        return buildChroot(format)
                .summary(m -> prefix(format, body(m)) + ": chroot \"" + str(item(body(m), "chroot"))
                        + "\" ended as \"" + format.status.apply(body(m)) + "\".");
    }

    private static String prefix(Format format, JsonNode body) {
        return "Copr Message in project \"" + str(item(body, "owner")) + "/" + str(item(body, "copr"))
                + "\": build " + format.buildId.apply(body);
    }

    /** The submitter, unless it is a namespaced login such as {@code github.com:someone}. */
    private static String submitter(Format format, JsonNode body) {
        JsonNode raw = format.rawSubmitter.apply(body);
        if (raw.isString()) {
            return raw.stringValue().contains(":") ? null : raw.stringValue();
        }
        if (raw.isNull()) {
            return null;
        }
        throw new IllegalArgumentException("submitter is no string: " + raw);
    }

    /** Submitter and project owner, sorted, without groups ({@code @name}) and repeats. */
    private static List<String> usernames(Format format, JsonNode body) {
        List<String> candidates = new ArrayList<>();
        JsonNode raw = format.rawSubmitter.apply(body);
        if (!(raw.isString() && raw.stringValue().contains(":"))) {
            candidates.add(raw.isString() ? raw.stringValue() : null);
        }
        JsonNode owner = body.path("owner");
        candidates.add(owner.isString() ? owner.stringValue() : null);
        TreeSet<String> users = new TreeSet<>(CODE_POINT_ORDER);
        for (String candidate : candidates) {
            if (candidate != null && !candidate.startsWith("@")) {
                users.add(candidate);
            }
        }
        return List.copyOf(users);
    }

    /**
     * copr_common's {@code StatusEnum(value)}: a number gives the status name (an unknown
     * number fails), a name gives its number.
     */
    private static String statusName(JsonNode value) {
        if (value.isBoolean()) {
            return statusName(BigInteger.valueOf(value.booleanValue() ? 1 : 0));
        }
        if (value.isIntegralNumber()) {
            return statusName(value.bigIntegerValue());
        }
        if (value.isString()) {
            return STATUS_NAMES.entrySet().stream()
                    .filter(e -> e.getValue().equals(value.stringValue()))
                    .map(e -> e.getKey().toString())
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown status " + value));
        }
        throw new IllegalArgumentException("unknown status " + value);
    }

    private static String statusName(BigInteger number) {
        String name = number.bitLength() < 32 ? STATUS_NAMES.get(number.intValue()) : null;
        if (name == null) {
            throw new IllegalArgumentException("status " + number + " is not mapped");
        }
        return name;
    }

    /** Python's {@code int()} of a JSON value: integers as they are, floats truncated, strings parsed. */
    private static BigInteger pythonInt(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue();
        }
        if (value.isNumber()) {
            return value.decimalValue().toBigInteger();
        }
        if (value.isString()) {
            return new BigInteger(value.stringValue().strip().replace("_", ""));
        }
        throw new IllegalArgumentException("not a number: " + value);
    }

    // Copr's base class accepts a fedmsg envelope and reads what is under its "msg" key.
    private static JsonNode body(Message m) {
        JsonNode msg = m.body().get("msg");
        return msg != null && msg.isObject() ? msg : m.body();
    }

    private static Message unwrapped(Message m) {
        JsonNode body = body(m);
        return body == m.body() ? m
                : new Message(m.id(), m.topic(), m.headers(), (ObjectNode) body, m.queue(), m.priority());
    }
}
