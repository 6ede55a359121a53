package org.fedoraproject.fmn.backend.auth;

import java.util.Set;

/**
 * What the provider's UserInfo endpoint told about a token's owner, as far as the API needs it.
 *
 * @param nickname the account name ({@code nickname}), {@code null} when not given
 * @param subject the subject ({@code sub}), {@code null} when not given
 * @param groups the account's groups (Fedora's {@code groups} claim), empty when not given
 */
record UserInfo(String nickname, String subject, Set<String> groups) {

    UserInfo {
        groups = Set.copyOf(groups);
    }
}
