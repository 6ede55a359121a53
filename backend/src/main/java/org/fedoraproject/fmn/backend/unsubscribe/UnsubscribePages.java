package org.fedoraproject.fmn.backend.unsubscribe;

import org.fedoraproject.fmn.rule.Rule;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/** The small pages an unsubscribe link lands on, in plain HTML: they must work in any browser. */
final class UnsubscribePages {

    private UnsubscribePages() {
    }

    /** Escapes what HTML needs escaped, leaving other characters (“ ”, é) as they are: the page is UTF-8. */
    private static String htmlEscape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** What the link would disable, with the button that does it. */
    static ResponseEntity<String> confirm(Rule rule, String token) {
        if (rule.disabled()) {
            return alreadyDisabled(rule);
        }
        return page(HttpStatus.OK, "Stop these notifications?",
                "<p>This disables the rule " + ruleName(rule) + " of <strong>" + htmlEscape(rule.ownerName())
                        + "</strong>: it sends no more notifications, to any of its destinations, until it is enabled again.</p>"
                        + "<form method=\"post\" action=\"?token=" + htmlEscape(token) + "\">"
                        + "<button type=\"submit\">Disable this rule</button></form>");
    }

    static ResponseEntity<String> disabled(Rule rule) {
        return page(HttpStatus.OK, "Rule disabled",
                "<p>The rule " + ruleName(rule) + " is disabled: it sends no more notifications.</p>" + undo(rule));
    }

    static ResponseEntity<String> alreadyDisabled(Rule rule) {
        return page(HttpStatus.OK, "Rule already disabled",
                "<p>The rule " + ruleName(rule) + " was already disabled: it sends no notifications.</p>" + undo(rule));
    }

    static ResponseEntity<String> noSuchRule() {
        return page(HttpStatus.NOT_FOUND, "No such rule",
                "<p>The rule this link was for no longer exists, or belongs to someone else now: there is nothing to disable.</p>");
    }

    static ResponseEntity<String> unreadableRule() {
        return page(HttpStatus.CONFLICT, "This rule cannot be changed here",
                "<p>This rule is stored in a form this link cannot change. Log in to Fedora Notifications to disable or delete it.</p>");
    }

    static ResponseEntity<String> refused(HttpStatus status, String why) {
        return page(status, "This link does not work", "<p>" + htmlEscape(why) + "</p>");
    }

    private static String ruleName(Rule rule) {
        String name = rule.name() == null || rule.name().isBlank() ? "number " + rule.id() : "“" + rule.name() + "”";
        return "<strong>" + htmlEscape(name) + "</strong>";
    }

    private static String undo(Rule rule) {
        return "<p>To receive its notifications again, log in to Fedora Notifications and enable it: <a href=\"/rules/" + rule.id()
                + "\">rule " + rule.id() + "</a> (or <code>PUT /api/v1/users/" + htmlEscape(rule.ownerName()) + "/rules/" + rule.id()
                + "</code> with <code>\"disabled\": false</code>).</p>";
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + htmlEscape(title) + " – Fedora Notifications</title>"
                + "<style>body{font-family:sans-serif;max-width:40em;margin:3em auto;padding:0 1em;line-height:1.5}"
                + "button{font-size:1em;padding:.5em 1em}</style></head>\n<body><h1>" + htmlEscape(title) + "</h1>\n" + body
                + "\n</body></html>\n";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").body(html);
    }
}
