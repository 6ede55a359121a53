package org.fedoraproject.fmn.backends.fasjson;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.fedoraproject.fmn.backends.http.Answer;
import org.fedoraproject.fmn.backends.http.ClientSettings;
import org.fedoraproject.fmn.backends.http.Pages;
import org.fedoraproject.fmn.backends.http.ServiceClient;
import org.fedoraproject.fmn.backends.http.ServiceException;
import org.fedoraproject.fmn.backends.http.Uris;
import org.fedoraproject.fmn.directory.ChatAccount;
import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.directory.Person;

import tools.jackson.databind.JsonNode;

/**
 * The account system as FASJSON (API v1) answers it:
 * <ul>
 * <li>{@link #person}: {@code GET /v1/users/{name}/} (its {@code emails} and {@code ircnicks})
 *     and {@code GET /v1/users/{name}/groups/} (the {@code groupname} of each);</li>
 * <li>{@link #exists}: {@code GET /v1/users/{name}/} alone;</li>
 * <li>{@link #search}: {@code GET /v1/search/users/?username=...}, 40 a page (FASJSON's
 *     largest), read until {@code limit} names are found;</li>
 * <li>{@link #members}: {@code GET /v1/groups/{name}/members/}.</li>
 * </ul>
 * Lists are asked for whole, as FMN asks for them; when FASJSON pages them anyway, every page
 * is read ({@link FasjsonPaging}). A user or group FASJSON does not know (404) is absent, not an
 * error; any other failure is a {@link ServiceException}. Nothing is kept between calls
 * ({@link #generation()} stays negative): caching is another layer's job.
 *
 * <p>Requests carry no credentials unless the {@link ServiceClient} is given some: see
 * {@link org.fedoraproject.fmn.backends.http.RequestAuthentication} on Kerberos.
 */
public final class FasjsonDirectory implements Directory, AutoCloseable {

    /** The service's name in errors and logs. */
    public static final String SERVICE = "FASJSON";

    /** FASJSON refuses searches for fewer characters (400). */
    static final int SHORTEST_SEARCH = 3;

    /** FASJSON's largest page of search results. */
    static final int SEARCH_PAGE_SIZE = 40;

    private final URI api;
    private final ServiceClient client;

    /**
     * @param url FASJSON's URL ({@code https://fasjson.fedoraproject.org}); {@code /v1} is
     *        added unless it ends with it
     */
    public FasjsonDirectory(URI url, ServiceClient client) {
        this.api = Uris.apiRoot(url, "/v1");
        this.client = client;
    }

    /** A directory on its own client, sending no credentials. */
    public static FasjsonDirectory connect(URI url, ClientSettings settings) {
        return new FasjsonDirectory(url, ServiceClient.create(SERVICE, settings));
    }

    /** The API root requests go to ({@code https://fasjson.fedoraproject.org/v1}). */
    public URI api() {
        return api;
    }

    @Override
    public Optional<Person> person(String username) {
        URI uri = Uris.resource(api, true, null, "users", username);
        if (uri == null) {
            return Optional.empty();
        }
        Optional<Answer> found = client.get(uri);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Answer answer = found.get();
        JsonNode user = answer.object(answer.body(), "result", "result");
        String name = user.has("username") ? answer.name(user, "username", "result.username") : username;
        List<ChatAccount> chats = new ArrayList<>();
        for (String nick : answer.strings(user, "ircnicks", "result.ircnicks")) {
            ChatAccount account = ChatAccount.parse(nick);
            if (account != null) {
                chats.add(account);
            }
        }
        List<String> emails = answer.strings(user, "emails", "result.emails");
        // A user deleted between the two calls has no groups to list: then there is no user.
        return groups(username).map(groups -> new Person(name, emails, chats, groups));
    }

    @Override
    public boolean exists(String username) {
        URI uri = Uris.resource(api, true, null, "users", username);
        return uri != null && client.get(uri).isPresent();
    }

    /** The user's groups, or empty when FASJSON does not know the user. */
    private Optional<Set<String>> groups(String username) {
        URI uri = Uris.resource(api, true, null, "users", username, "groups");
        Set<String> groups = new LinkedHashSet<>();
        boolean found = Pages.read(client, uri, FasjsonPaging.INSTANCE,
                page -> names(page, "groupname", groups::add));
        return found ? Optional.of(groups) : Optional.empty();
    }

    /**
     * {@inheritDoc}
     *
     * <p>FASJSON matches the fragment anywhere in the name, without regard to case, and only
     * fragments of 3 characters or more (shorter ones find nobody here without asking). When
     * it finds more than {@code limit} accounts, which ones come is FASJSON's order.
     */
    @Override
    public List<String> search(String fragment, int limit) {
        if (fragment == null || fragment.strip().length() < SHORTEST_SEARCH || limit <= 0) {
            return List.of();
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("username", fragment);
        query.put("page_size", Integer.toString(SEARCH_PAGE_SIZE));
        URI uri = Uris.resource(api, true, query, "search", "users");
        Set<String> names = new TreeSet<>();
        Pages.read(client, uri, FasjsonPaging.INSTANCE, page -> {
            names(page, "username", names::add);
            return names.size() < limit;
        });
        return names.stream().limit(limit).toList();
    }

    @Override
    public Set<String> members(String groupName) {
        URI uri = Uris.resource(api, true, null, "groups", groupName, "members");
        if (uri == null) {
            return Set.of();
        }
        Set<String> members = new LinkedHashSet<>();
        Pages.read(client, uri, FasjsonPaging.INSTANCE, page -> names(page, "username", members::add));
        return members;
    }

    /** Gives {@code key} of each item of the page's {@code result} to {@code sink}; reads on. */
    private static boolean names(Answer page, String key, java.util.function.Consumer<String> sink) {
        JsonNode result = page.list(page.body(), "result", "result");
        for (int i = 0; i < result.size(); i++) {
            String at = "result[" + i + "]";
            sink.accept(page.name(page.item(result.get(i), at), key, at + "." + key));
        }
        return true;
    }

    /** The client requests go out on: its limit of requests at once, and what it sent. */
    public ServiceClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}
