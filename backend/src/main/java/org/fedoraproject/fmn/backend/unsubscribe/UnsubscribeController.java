package org.fedoraproject.fmn.backend.unsubscribe;

import java.time.Clock;
import java.util.Optional;

import org.fedoraproject.fmn.backend.rules.RuleChanges;
import org.fedoraproject.fmn.database.rule.RuleRepository;
import org.fedoraproject.fmn.database.rule.UnreadableRuleException;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.unsubscribe.InvalidTokenException;
import org.fedoraproject.fmn.unsubscribe.UnsubscribeToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/unsubscribe?token=...}, the target of an email's one-click unsubscribe link.
 * POST (what mail programs send, RFC 8058, and the page's button) disables the rule the token
 * names, through the usual rule change (announced on the bus), when it still belongs to the
 * owner the mail was sent to. GET changes nothing: it shows what POST would do.
 */
@RestController
@RequestMapping("/api/v1/unsubscribe")
class UnsubscribeController {

    private static final Logger LOG = LoggerFactory.getLogger(UnsubscribeController.class);

    private final RuleRepository rules;
    private final RuleChanges changes;
    private final UnsubscribeSettings settings;
    private final Clock clock;

    UnsubscribeController(RuleRepository rules, RuleChanges changes, UnsubscribeSettings settings, Clock clock) {
        this.rules = rules;
        this.changes = changes;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping(produces = "text/html")
    ResponseEntity<String> confirm(@RequestParam(required = false) String token) {
        try {
            UnsubscribeToken read = verify(token);
            return ownRule(read).map(rule -> UnsubscribePages.confirm(rule, token)).orElseGet(UnsubscribePages::noSuchRule);
        } catch (InvalidTokenException e) {
            return refused(e);
        } catch (UnreadableRuleException e) {
            return UnsubscribePages.unreadableRule();
        }
    }

    @PostMapping(produces = "text/html")
    ResponseEntity<String> unsubscribe(@RequestParam(required = false) String token) {
        try {
            UnsubscribeToken read = verify(token);
            Optional<Rule> rule = ownRule(read);
            if (rule.isEmpty()) {
                return UnsubscribePages.noSuchRule();
            }
            if (rule.get().disabled()) {
                return UnsubscribePages.alreadyDisabled(rule.get());
            }
            Optional<Rule> disabled = changes.setDisabled(read.ruleId(), true);
            LOG.info("Rule {} of {} disabled by its unsubscribe link", read.ruleId(), read.owner());
            return disabled.map(UnsubscribePages::disabled).orElseGet(UnsubscribePages::noSuchRule);
        } catch (InvalidTokenException e) {
            return refused(e);
        } catch (UnreadableRuleException e) {
            return UnsubscribePages.unreadableRule();
        }
    }

    private UnsubscribeToken verify(String token) {
        return UnsubscribeToken.verify(token, settings.key(), clock.instant(), settings.maxAge());
    }

    /** The rule, if it still belongs to the owner the link was made for. */
    private Optional<Rule> ownRule(UnsubscribeToken token) {
        return rules.find(token.ruleId(), token.owner());
    }

    private static ResponseEntity<String> refused(InvalidTokenException e) {
        HttpStatus status = switch (e.reason()) {
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case FORGED -> HttpStatus.FORBIDDEN;
            case EXPIRED -> HttpStatus.GONE;
        };
        return UnsubscribePages.refused(status, e.getMessage());
    }
}
