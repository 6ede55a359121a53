package org.fedoraproject.fmn.schema.ansible;

import static org.fedoraproject.fmn.schema.JsonValues.item;
import static org.fedoraproject.fmn.schema.PythonFormat.str;

import java.util.Collections;
import java.util.List;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaDefinition;
import org.fedoraproject.fmn.schema.SchemaPackage;

import tools.jackson.databind.JsonNode;

/**
 * The schemas of fedorainfra-ansible-messages: Fedora Infrastructure's playbook runs, and the
 * dist-git push message the package also defines.
 *
 * <p>None of these classes overrides {@code agent_name} (they name the person through a
 * separate {@code agent} property), so the agent is unknown; the person still appears as the one
 * username. Nor do they write a long text: it is fedora-messaging's default.
 */
public final class AnsibleSchemas implements SchemaPackage {

    private static final SchemaDefinition ANSIBLE = SchemaDefinition.template()
            .appName("ansible")
            .appIcon("https://apps.fedoraproject.org/img/icons/ansible.png")
            .usernames(m -> onlyUser(m.body().get("userid")));

    private static final List<Schema> SCHEMAS = List.of(
            ANSIBLE.named("ansible.playbook.start")
                    .summary(m -> str(item(m.body(), "userid")) + " started an ansible run of "
                            + str(item(m.body(), "playbook"))),
            ANSIBLE.named("ansible.playbook.complete")
                    .summary(m -> str(item(m.body(), "userid")) + "'s " + str(item(m.body(), "playbook"))
                            + " playbook run completed"),
            SchemaDefinition.template()
                    .named("git.receive")
                    .appName("distgit")
                    .appIcon("https://apps.fedoraproject.org/img/icons/git.png")
                    .usernames(m -> onlyUser(item(m.body(), "commit").get("agent")))
                    .summary(AnsibleSchemas::pushSummary));

    @Override
    public String name() {
        return "fedorainfra-ansible-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    private static String pushSummary(Message m) {
        JsonNode commit = item(m.body(), "commit");
        return str(item(commit, "username")) + " pushed to " + str(item(commit, "repo"))
                + " (" + str(item(commit, "branch")) + "). \"" + str(item(commit, "summary")) + "\"";
    }

    /** A one-person list, even when the person is unknown: upstream lists {@code None} then. */
    private static List<String> onlyUser(JsonNode user) {
        return Collections.singletonList(user != null && !user.isNull() ? str(user) : null);
    }
}
