package org.fedoraproject.fmn.backend.admin;

import java.util.List;

import org.fedoraproject.fmn.backend.auth.Identity;
import org.fedoraproject.fmn.backend.problem.ApiException;
import org.fedoraproject.fmn.backend.rules.RuleChanges;
import org.fedoraproject.fmn.database.rule.RuleQuery;
import org.fedoraproject.fmn.database.rule.RuleRepository;
import org.fedoraproject.fmn.database.user.UserRepository;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.RuleWriter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ObjectNode;

/**
 * What admins need: every rule (to find the disabled ones or a user's), FMN's users, and
 * disabling or enabling any rule. Callers outside the admin groups get 403.
 */
@RestController
@RequestMapping("/api/v1/admin")
class AdminController {

    private final RuleRepository rules;
    private final UserRepository users;
    private final RuleChanges changes;

    AdminController(RuleRepository rules, UserRepository users, RuleChanges changes) {
        this.rules = rules;
        this.users = users;
        this.changes = changes;
    }

    @GetMapping("/rules")
    List<ObjectNode> rules(@RequestParam(required = false) Boolean disabled,
            @RequestParam(required = false) String username, Identity caller) {
        requireAdmin(caller);
        return rules.list(new RuleQuery(disabled, username)).rules().stream().map(RuleWriter::write).toList();
    }

    @GetMapping("/users")
    List<ObjectNode> users(@RequestParam(required = false) String search, Identity caller) {
        requireAdmin(caller);
        // Whether a user is an admin is not stored: FMN answers false too.
        return users.search(search == null ? "" : search).stream()
                .map(user -> RuleWriter.owner(new Rule.RuleOwner(user.id(), user.name(), false))).toList();
    }

    /** Sets {@code disabled} as given (a boolean, or FMN's frontend's "true"/"false" strings). */
    @PatchMapping("/rules/{id}")
    ObjectNode patch(@PathVariable long id, @RequestBody(required = false) byte[] body, Identity caller) {
        requireAdmin(caller);
        Boolean disabled = RulePatch.disabled(body);
        Rule rule = disabled == null
                ? rules.find(id).orElseThrow(() -> notFound(id))
                : changes.setDisabled(id, disabled).orElseThrow(() -> notFound(id));
        return RuleWriter.write(rule);
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("Rule with ID: " + id + " not found");
    }

    private static void requireAdmin(Identity caller) {
        if (!caller.admin()) {
            throw ApiException.forbidden("Not an admin");
        }
    }
}
