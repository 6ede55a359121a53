package org.fedoraproject.fmn.backend.provider;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.directory.Person;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;

/**
 * The built-in provider's UserInfo answer, as Fedora's provider gives it: the account name as
 * {@code sub} and {@code nickname} (which FMN's frontend and API read), the person's name, the
 * first email address and the groups, all from the account system (the directory) FMN uses.
 */
final class DirectoryUserInfo implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

    private final Directory directory;
    private final DemoAccounts accounts;

    DirectoryUserInfo(Directory directory, DemoAccounts accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
        String username = context.getAuthorization().getPrincipalName();
        Optional<Person> person = directory.person(username);
        OidcUserInfo.Builder info = OidcUserInfo.builder()
                .subject(username)
                .nickname(username)
                .preferredUsername(username)
                .name(accounts.account(username).map(DemoAccount::name).orElse(username));
        person.map(Person::emails).filter(emails -> !emails.isEmpty()).ifPresent(emails -> info.email(emails.getFirst()));
        info.claim("groups", person.map(p -> List.copyOf(new TreeSet<>(p.groups()))).orElse(List.of()));
        return info.build();
    }
}
