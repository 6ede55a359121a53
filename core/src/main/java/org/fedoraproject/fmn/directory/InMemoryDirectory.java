package org.fedoraproject.fmn.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.fedoraproject.fmn.message.DocumentFields;
import org.fedoraproject.fmn.text.Echo;

import tools.jackson.databind.JsonNode;

/**
 * A directory held in memory (thread-safe; changes apply at once), read from the JSON shape the embedded default and offline tools
 * use: {@code {"users": [{"username", "emails", "ircnicks", "groups"}], "groups": [{"groupname",
 * "members"}]}} (the fields of FASJSON's user and group resources).
 */
public final class InMemoryDirectory implements Directory {

    private final Map<String, Person> people = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> groups = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public InMemoryDirectory(Iterable<Person> people, Map<String, Set<String>> groups) {
        people.forEach(this::put);
        groups.forEach((name, members) -> this.groups.put(name, Set.copyOf(members)));
    }

    /** Adds or replaces an account (an account-system message said it changed). */
    public void put(Person person) {
        people.put(person.username(), person);
        generation.incrementAndGet();
    }

    @Override
    public List<String> search(String fragment, int limit) {
        return people.keySet().stream().filter(name -> name.contains(fragment)).sorted().limit(limit).toList();
    }

    /** Removes an account (it was deleted). */
    public void remove(String username) {
        people.remove(username);
        generation.incrementAndGet();
    }

    @Override
    public long generation() {
        return generation.get();
    }

    /**
     * Reads the directory JSON strictly: every field FMN uses must have its type ({@code
     * emails}, {@code ircnicks}, {@code groups} and {@code members} are lists of strings, which
     * may be absent or null), user and group names are non-empty and not repeated. Fields FMN
     * does not use (FASJSON's users have many) are not looked at; chat accounts in a scheme FMN
     * cannot send to are left out.
     *
     * @throws IllegalArgumentException naming the field by its path in the document, as in
     *         {@code users[3].emails: expected a list of strings, got "alice"}
     */
    public static InMemoryDirectory fromJson(JsonNode json) {
        if (json == null || !json.isObject() || !json.has("users")) {
            throw DocumentFields.error("the document", "expected an object {\"users\": [...], \"groups\": [...]}, got "
                    + Echo.json(json));
        }
        JsonNode users = DocumentFields.optionalList(json, "users", "users");
        List<Person> people = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < users.size(); i++) {
            String at = "users[" + i + "]";
            JsonNode user = DocumentFields.object(users.get(i), at);
            String username = DocumentFields.name(user, "username", at + ".username");
            Integer first = seen.putIfAbsent(username, i);
            if (first != null) {
                throw DocumentFields.error(at + ".username", Echo.json(user.get("username"))
                        + " appears twice (first users[" + first + "])");
            }
            List<ChatAccount> chats = new ArrayList<>();
            for (String nick : DocumentFields.strings(user, "ircnicks", at + ".ircnicks")) {
                ChatAccount account = ChatAccount.parse(nick);
                if (account != null) {
                    chats.add(account);
                }
            }
            people.add(new Person(username, DocumentFields.strings(user, "emails", at + ".emails"), chats,
                    new LinkedHashSet<>(DocumentFields.strings(user, "groups", at + ".groups"))));
        }
        JsonNode groupList = DocumentFields.optionalList(json, "groups", "groups");
        Map<String, Set<String>> groups = new HashMap<>();
        for (int i = 0; i < groupList.size(); i++) {
            String at = "groups[" + i + "]";
            JsonNode group = DocumentFields.object(groupList.get(i), at);
            String name = DocumentFields.name(group, "groupname", at + ".groupname");
            if (groups.containsKey(name)) {
                throw DocumentFields.error(at + ".groupname", Echo.json(group.get("groupname")) + " appears twice");
            }
            groups.put(name, new LinkedHashSet<>(DocumentFields.strings(group, "members", at + ".members")));
        }
        return new InMemoryDirectory(people, groups);
    }

    @Override
    public Optional<Person> person(String username) {
        return Optional.ofNullable(username == null ? null : people.get(username));
    }

    @Override
    public boolean exists(String username) {
        return username != null && people.containsKey(username);
    }

    @Override
    public Set<String> members(String groupName) {
        return groups.getOrDefault(groupName, Set.of());
    }

    public int size() {
        return people.size();
    }
}
