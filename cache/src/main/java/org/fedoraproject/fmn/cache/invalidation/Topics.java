package org.fedoraproject.fmn.cache.invalidation;

import java.util.Optional;

/**
 * Reads a bus topic without its deployment prefix: {@code org.fedoraproject.prod.fas.user.update}
 * and {@code fas.user.update} are the same event.
 */
final class Topics {

    private Topics() {
    }

    /**
     * The rest of the topic after {@code family} ({@code "pagure.project."}), when the topic is
     * that family's, with or without a prefix; the last occurrence counts, so a prefix that
     * happens to contain the family's words ({@code io.pagure.prod.}) does not confuse it.
     */
    static Optional<String> event(String topic, String family) {
        int at = topic.lastIndexOf(family);
        if (at < 0 || (at > 0 && topic.charAt(at - 1) != '.')) {
            return Optional.empty();
        }
        String rest = topic.substring(at + family.length());
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }
}
