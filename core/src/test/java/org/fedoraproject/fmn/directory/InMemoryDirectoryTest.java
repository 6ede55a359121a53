package org.fedoraproject.fmn.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.rule.Protocol;
import org.junit.jupiter.api.Test;

class InMemoryDirectoryTest {

    private static InMemoryDirectory read(String json) {
        return InMemoryDirectory.fromJson(Json.MAPPER.readTree(json));
    }

    private static void refused(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void readsFasjsonShapedAccountsAndGroups() {
        InMemoryDirectory directory = read("""
                {"users": [{"username": "alice", "emails": ["alice@example.org"], "ircnicks": ["matrix:/alice", "gopher:/x"],
                            "groups": ["packager"], "human_name": "Alice", "locked": false}],
                 "groups": [{"groupname": "packager", "members": ["alice"]}]}
                """);

        Person alice = directory.person("alice").orElseThrow();
        assertThat(alice.emails()).containsExactly("alice@example.org");
        assertThat(alice.chatAccounts()).containsExactly(new ChatAccount(Protocol.MATRIX, "@alice:fedora.im"));
        assertThat(alice.groups()).containsExactly("packager");
        assertThat(directory.members("packager")).containsExactly("alice");
    }

    @Test
    void absentOrNullListsAreEmpty() {
        InMemoryDirectory directory = read("{\"users\": [{\"username\": \"bob\", \"emails\": null}]}");

        Person bob = directory.person("bob").orElseThrow();
        assertThat(bob.emails()).isEmpty();
        assertThat(bob.chatAccounts()).isEmpty();
        assertThat(bob.groups()).isEmpty();
    }

    @Test
    void aWrongTypedFieldIsNamedByItsPath() {
        refused("{\"users\": [{\"username\": \"a\"}, {\"username\": \"b\"}, {\"username\": \"c\"}, "
                + "{\"username\": \"alice\", \"emails\": \"alice@example.org\"}]}",
                "users[3].emails: expected a list of strings, got \"alice@example.org\"");
        refused("{\"users\": [{\"username\": \"alice\", \"ircnicks\": [\"irc:/alice\", 7]}]}",
                "users[0].ircnicks[1]: expected a string, got 7");
        refused("{\"users\": [{\"username\": \"alice\", \"groups\": {\"packager\": true}}]}",
                "users[0].groups: expected a list of strings, got an object");
        refused("{\"users\": [], \"groups\": [{\"groupname\": \"packager\", \"members\": \"alice\"}]}",
                "groups[0].members: expected a list of strings, got \"alice\"");
        refused("{\"users\": [\"alice\"]}", "users[0]: expected an object, got \"alice\"");
        refused("{\"users\": {}}", "users: expected a list, got an object");
    }

    @Test
    void namesAreRequiredAndUnique() {
        refused("{\"users\": [{\"emails\": []}]}", "users[0].username: expected a non-empty string, got nothing");
        refused("{\"users\": [{\"username\": 42}]}", "users[0].username: expected a non-empty string, got 42");
        refused("{\"users\": [{\"username\": \"alice\"}, {\"username\": \"alice\"}]}",
                "users[1].username: \"alice\" appears twice (first users[0])");
        refused("{\"users\": [], \"groups\": [{\"groupname\": \"\"}]}",
                "groups[0].groupname: expected a non-empty string, got \"\"");
    }

    @Test
    void aDocumentOfAnotherShapeIsRefused() {
        refused("[]", "the document: expected an object {\"users\": [...], \"groups\": [...]}, got a list");
    }

    @Test
    void quotedValuesCannotForgeALine() {
        refused("{\"users\": [{\"username\": \"alice\", \"emails\": \"a\\nfile:1: forged\"}]}",
                "users[0].emails: expected a list of strings, got \"a\\nfile:1: forged\"");
    }

    @Test
    void searchFindsNamesContainingTheFragmentSortedAndBounded() {
        InMemoryDirectory directory = read("""
                {"users": [{"username": "mira"}, {"username": "amira"}, {"username": "oskar"}, {"username": "miranda"}]}
                """);

        assertThat(directory.search("mira", 10)).containsExactly("amira", "mira", "miranda");
        assertThat(directory.search("mira", 2)).containsExactly("amira", "mira");
        assertThat(directory.search("MIRA", 10)).as("account names are case-sensitive").isEmpty();
    }
}
