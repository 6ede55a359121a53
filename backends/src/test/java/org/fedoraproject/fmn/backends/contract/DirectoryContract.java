package org.fedoraproject.fmn.backends.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.backends.stub.Worlds;
import org.fedoraproject.fmn.directory.ChatAccount;
import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.directory.Person;
import org.fedoraproject.fmn.rule.Protocol;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Directory} answers, run against the in-memory one and against FASJSON's
 * client (talking to a FASJSON double), each holding {@link Worlds#DIRECTORY}.
 */
public interface DirectoryContract {

    /** The directory under test, holding {@link Worlds#DIRECTORY}. */
    Directory directory();

    @Test
    default void aPersonHasTheirEmailsChatAccountsAndGroups() {
        Person mira = directory().person("mira").orElseThrow();

        assertThat(mira.username()).isEqualTo("mira");
        assertThat(mira.emails()).containsExactly("mira@example.org");
        assertThat(mira.chatAccounts()).containsExactly(new ChatAccount(Protocol.MATRIX, "@mira:fedora.im"));
        assertThat(mira.groups()).containsExactlyInAnyOrder("packager", "kde-sig");
    }

    @Test
    default void emailsKeepTheirOrderAndChatAccountsFmnCannotSendToAreLeftOut() {
        Person oskar = directory().person("oskar").orElseThrow();

        assertThat(oskar.emails()).containsExactly("oskar@example.org", "oskar@work.example.com");
        assertThat(oskar.chatAccounts()).containsExactly(new ChatAccount(Protocol.IRC, "oskar"));
    }

    @Test
    default void matrixAccountsOnAnotherServerKeepIt() {
        assertThat(directory().person("tomas").orElseThrow().chatAccounts())
                .containsExactly(new ChatAccount(Protocol.MATRIX, "@tomas:matrix.org"));
    }

    @Test
    default void anAccountWithoutChatAccountsOrGroupsHasNone() {
        Person miranda = directory().person("miranda").orElseThrow();

        assertThat(miranda.emails()).isEmpty();
        assertThat(miranda.chatAccounts()).isEmpty();
        assertThat(miranda.groups()).isEmpty();
        assertThat(directory().person("vera").orElseThrow().chatAccounts()).isEmpty();
    }

    @Test
    default void anUnknownAccountIsAbsentAndDoesNotExist() {
        assertThat(directory().person("nobody")).isEmpty();
        assertThat(directory().exists("nobody")).isFalse();
        assertThat(directory().exists("mira")).isTrue();
    }

    @Test
    default void aNameThatCouldNameAnotherResourceIsNoAccount() {
        assertThat(directory().person("..")).isEmpty();
        assertThat(directory().person("mira/groups")).isEmpty();
        assertThat(directory().exists("")).isFalse();
        assertThat(directory().members("..")).isEmpty();
    }

    @Test
    default void searchFindsTheNamesContainingTheFragmentSortedAtMostTheLimit() {
        assertThat(directory().search("ira", 10)).containsExactly("mira", "miranda");
        assertThat(directory().search("ira", 1)).containsExactly("mira");
        assertThat(directory().search("oskar", 10)).containsExactly("oskar");
        assertThat(directory().search("zzz", 10)).isEmpty();
    }

    @Test
    default void membersAreThoseOfTheGroupAndAnUnknownGroupHasNone() {
        assertThat(directory().members("packager")).containsExactlyInAnyOrder("mira", "oskar", "tomas");
        assertThat(directory().members("empty-sig")).isEmpty();
        assertThat(directory().members("no-such-group")).isEmpty();
    }
}
