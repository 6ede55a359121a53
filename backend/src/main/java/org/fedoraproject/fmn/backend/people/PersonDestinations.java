package org.fedoraproject.fmn.backend.people;

import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.directory.ChatAccount;
import org.fedoraproject.fmn.directory.Person;
import org.fedoraproject.fmn.rule.Destination;
import org.fedoraproject.fmn.rule.Protocol;

/**
 * Where a person can be notified, as the account system lists it: each email address, then
 * each IRC nick and Matrix id. These are the only addresses a user's rules may send to.
 */
public final class PersonDestinations {

    private PersonDestinations() {
    }

    public static List<Destination> of(Person person) {
        List<Destination> destinations = new ArrayList<>();
        for (String email : person.emails()) {
            destinations.add(new Destination(Protocol.EMAIL, email));
        }
        for (ChatAccount account : person.chatAccounts()) {
            destinations.add(new Destination(account.protocol(), account.address()));
        }
        return destinations;
    }
}
