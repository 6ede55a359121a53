package org.fedoraproject.fmn.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.database.user.User;
import org.fedoraproject.fmn.database.user.UserRepository;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} does; see {@link DatabaseContract}. */
public interface UserRepositoryContract extends DatabaseContract {

    private UserRepository users() {
        return database().users();
    }

    @Test
    default void gettingAnUnknownUserCreatesItOnce() {
        User first = users().getOrCreate("alice");
        User again = users().getOrCreate("alice");

        assertThat(again).isEqualTo(first);
        assertThat(users().find("alice")).contains(first);
        assertThat(sql().sql("SELECT COUNT(*) FROM users").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    default void gettingAUserInsideAFailedTransactionCreatesNothing() {
        try {
            database().transactions().run(() -> {
                users().getOrCreate("ghost");
                throw new IllegalStateException("changed my mind");
            });
        } catch (IllegalStateException expected) {
            // the point of the test
        }

        assertThat(users().find("ghost")).isEmpty();
    }

    @Test
    default void anUnknownUserIsNotFound() {
        assertThat(users().find("nobody")).isEmpty();
    }

    @Test
    default void searchingFindsNamesContainingTheTextByName() {
        users().getOrCreate("carol");
        users().getOrCreate("alice");
        users().getOrCreate("malice");
        users().getOrCreate("ALICE");

        assertThat(users().search("lic")).extracting(User::name).containsExactly("alice", "malice");
        assertThat(users().search("")).extracting(User::name).containsExactlyInAnyOrder("ALICE", "alice", "carol", "malice");
        assertThat(users().search("zed")).isEmpty();
    }

    @Test
    default void searchingMatchesWildcardsLiterally() {
        users().getOrCreate("a_b");
        users().getOrCreate("axb");
        users().getOrCreate("100%");

        assertThat(users().search("_")).extracting(User::name).containsExactly("a_b");
        assertThat(users().search("%")).extracting(User::name).containsExactly("100%");
    }
}
