package org.fedoraproject.fmn.directory;

import java.util.List;
import java.util.Set;

/**
 * An account of the account system, as far as FMN needs it.
 *
 * @param emails the addresses FMN may send to, the account's main address first
 * @param chatAccounts IRC and Matrix accounts the person listed
 * @param groups the groups the person is a member of
 */
public record Person(String username, List<String> emails, List<ChatAccount> chatAccounts, Set<String> groups) {

    public Person {
        emails = List.copyOf(emails);
        chatAccounts = List.copyOf(chatAccounts);
        groups = Set.copyOf(groups);
    }
}
