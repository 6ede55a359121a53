package org.fedoraproject.fmn.backend.people;

import java.util.List;
import java.util.Optional;

import org.fedoraproject.fmn.backend.auth.Identity;
import org.fedoraproject.fmn.database.user.User;
import org.fedoraproject.fmn.database.user.UserRepository;
import org.fedoraproject.fmn.directory.ChatAccount;
import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.directory.Person;
import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.RuleWriter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * People, as the account system knows them: the caller ({@code users/me}), and any account's
 * public information, groups and destinations, which the web frontend offers when a rule is
 * written.
 */
@RestController
@RequestMapping("/api/v1/users")
class PeopleController {

    /** Enough for a search-as-you-type list; a longer fragment narrows it. */
    private static final int SEARCH_LIMIT = 100;

    private final Directory directory;
    private final UserRepository users;

    PeopleController(Directory directory, UserRepository users) {
        this.directory = directory;
        this.users = users;
    }

    /** The caller, recorded as an FMN user on their first call. */
    @GetMapping("/me")
    ObjectNode me(Identity caller) {
        User user = users.getOrCreate(caller.name());
        return RuleWriter.owner(new Rule.RuleOwner(user.id(), user.name(), caller.admin()));
    }

    /**
     * Account names containing {@code search}, for people picking whom to follow; without a
     * search, the caller's own name (none when anonymous), as FMN answers.
     */
    @GetMapping
    List<String> search(@RequestParam(required = false) String search, Optional<Identity> caller) {
        if (search == null || search.isEmpty()) {
            return caller.map(identity -> List.of(identity.name())).orElse(List.of());
        }
        return directory.search(search, SEARCH_LIMIT);
    }

    /**
     * The account in FASJSON's shape, or JSON {@code null} when there is none, as FMN answers (a
     * Java {@code null} would be an empty body, which the frontend cannot parse).
     */
    @GetMapping("/{username}/info")
    JsonNode info(@PathVariable String username) {
        return directory.person(username).<JsonNode>map(PeopleController::fasjsonUser).orElse(NullNode.getInstance());
    }

    @GetMapping("/{username}/groups")
    List<String> groups(@PathVariable String username) {
        return directory.person(username).map(p -> p.groups().stream().sorted().toList()).orElse(List.of());
    }

    /** Where the account can be notified; an unknown account has no destinations. */
    @GetMapping("/{username}/destinations")
    List<ObjectNode> destinations(@PathVariable String username) {
        return directory.person(username).map(PersonDestinations::of).orElse(List.of()).stream()
                .map(RuleWriter::destination).toList();
    }

    private static ObjectNode fasjsonUser(Person person) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("username", person.username());
        person.emails().forEach(json.putArray("emails")::add);
        var nicks = json.putArray("ircnicks");
        for (ChatAccount account : person.chatAccounts()) {
            nicks.add(account.protocol() == Protocol.MATRIX ? matrixUri(account.address()) : "irc:/" + account.address());
        }
        return json;
    }

    /** {@code @nick:server} as FASJSON writes it, {@code matrix://server/nick}. */
    private static String matrixUri(String address) {
        int colon = address.indexOf(':');
        return "matrix://" + address.substring(colon + 1) + "/" + address.substring(1, colon);
    }
}
