package org.fedoraproject.fmn.backend.rules;

import java.util.List;

import org.fedoraproject.fmn.backend.auth.Identity;
import org.fedoraproject.fmn.backend.problem.ApiException;
import org.fedoraproject.fmn.database.rule.RuleContent;
import org.fedoraproject.fmn.database.rule.RuleRepository;
import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.rule.RuleWriter;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A user's own rules: {@code /api/v1/users/{username}/rules}. Only the user themself may read
 * or change them (403 for anyone else, admins included: they have their own endpoints), and a
 * rule id that is not theirs is 404 whether it exists or not, so ids reveal nothing.
 */
@RestController
@RequestMapping("/api/v1/users/{username}/rules")
class RulesController {

    private final RuleRepository rules;
    private final RuleChanges changes;
    private final Directory directory;

    RulesController(RuleRepository rules, RuleChanges changes, Directory directory) {
        this.rules = rules;
        this.changes = changes;
        this.directory = directory;
    }

    @GetMapping
    List<ObjectNode> list(@PathVariable String username, Identity caller) {
        requireSelf(username, caller, "Not allowed to see someone else's rules");
        return rules.rulesOf(username).rules().stream().map(RuleWriter::write).toList();
    }

    @GetMapping("/{id}")
    ObjectNode get(@PathVariable String username, @PathVariable long id, Identity caller) {
        requireSelf(username, caller, "Not allowed to see someone else's rules");
        return RuleWriter.write(rules.find(id, username).orElseThrow(() -> noSuchRule(id)));
    }

    @PostMapping
    ObjectNode create(@PathVariable String username, @RequestBody(required = false) byte[] body, Identity caller) {
        requireSelf(username, caller, "Not allowed to edit someone else's rules");
        return RuleWriter.write(changes.create(username, checked(body, username)));
    }

    @PutMapping("/{id}")
    ObjectNode replace(@PathVariable String username, @PathVariable long id, @RequestBody(required = false) byte[] body,
            Identity caller) {
        requireSelf(username, caller, "Not allowed to edit someone else's rules");
        RuleContent content = checked(body, username);
        return RuleWriter.write(changes.replace(id, username, content).orElseThrow(() -> noSuchRule(id)));
    }

    @DeleteMapping("/{id}")
    NullNode delete(@PathVariable String username, @PathVariable long id, Identity caller) {
        requireSelf(username, caller, "Not allowed to delete someone else's rules");
        if (!changes.delete(id, username)) {
            throw noSuchRule(id);
        }
        return NullNode.getInstance(); // FMN answers a JSON null
    }

    private RuleContent checked(byte[] body, String username) {
        RuleContent content = RuleBody.read(body == null ? new byte[0] : body, username);
        OwnDestinationsOnly.check(content, username, directory);
        return content;
    }

    /** FMN's answer for a rule that is missing or someone else's: the same in both cases. */
    private static ApiException noSuchRule(long id) {
        return ApiException.notFound("No rule with ID " + id + ".");
    }

    private static void requireSelf(String username, Identity caller, String detail) {
        if (!username.equals(caller.name())) {
            throw ApiException.forbidden(detail);
        }
    }
}
