package org.fedoraproject.fmn.cache.invalidation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.fedoraproject.fmn.cache.Tags;
import org.fedoraproject.fmn.message.Message;

import tools.jackson.databind.JsonNode;

/**
 * The tags an account-system (Noggin) message makes stale. Noggin's bodies are
 * {@code {"msg": {"agent": …, "user": …, "group": …}}}:
 * <ul>
 * <li>{@code fas.user.*} ({@code create}, {@code update} in the corpus) → {@code user:<msg.user>}:
 * the account (or its absence, kept as such) and every answer naming it.
 * <li>{@code fas.group.member.*} ({@code sponsor} in the corpus; {@code added} and {@code removed}
 * in noggin-messages' schemas, same body) → {@code user:<msg.user>} (the account lists its
 * groups) and {@code group:<msg.group>} (the group's members).
 * </ul>
 */
final class AccountChanges {

    private AccountChanges() {
    }

    static Set<String> staleTags(Message message) {
        Set<String> tags = new LinkedHashSet<>();
        JsonNode msg = message.body().path("msg");
        String user = Bodies.text(msg, "user");
        if (Topics.event(message.topic(), "fas.user.").isPresent()) {
            if (user != null) {
                tags.add(Tags.user(user));
            }
        } else if (Topics.event(message.topic(), "fas.group.member.").isPresent()) {
            String group = Bodies.text(msg, "group");
            if (user != null) {
                tags.add(Tags.user(user));
            }
            if (group != null) {
                tags.add(Tags.group(group));
            }
        }
        return tags;
    }
}
