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
     * Reads the directory JSON.
     *
     * @throws IllegalArgumentException naming the entry when the JSON is not of that shape
     */
    public static InMemoryDirectory fromJson(JsonNode json) {
        List<Person> people = new ArrayList<>();
        JsonNode users = json.path("users");
        if (!users.isArray()) {
            throw new IllegalArgumentException("directory: \"users\" must be a list");
        }
        for (int i = 0; i < users.size(); i++) {
            JsonNode user = users.get(i);
            String username = user.path("username").stringValue(null);
            if (username == null || username.isEmpty()) {
                throw new IllegalArgumentException("directory: users[" + i + "] has no username");
            }
            List<ChatAccount> chats = new ArrayList<>();
            for (String nick : strings(user.path("ircnicks"))) {
                ChatAccount account = ChatAccount.parse(nick);
                if (account != null) {
                    chats.add(account);
                }
            }
            people.add(new Person(username, strings(user.path("emails")), chats,
                    new LinkedHashSet<>(strings(user.path("groups")))));
        }
        Map<String, Set<String>> groups = new HashMap<>();
        for (JsonNode group : json.path("groups")) {
            String name = group.path("groupname").stringValue(null);
            if (name == null) {
                throw new IllegalArgumentException("directory: a group has no groupname");
            }
            groups.put(name, new LinkedHashSet<>(strings(group.path("members"))));
        }
        return new InMemoryDirectory(people, groups);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (item.isString()) {
                out.add(item.stringValue());
            }
        }
        return out;
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
