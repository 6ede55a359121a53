package org.fedoraproject.fmn.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.Severity;
import org.junit.jupiter.api.Test;

/** The summary word keeps every field apart, up to the largest numbers it allows. */
class RuleTableTest {

    private static final int ERROR = 1 << Severity.ERROR.ordinal();
    private static final int DEBUG = 1 << Severity.DEBUG.ordinal();

    @Test
    void theLargestOwnerAndDestinationNumbersComeBackWhole() {
        int owner = OwnerTable.MAX_OWNERS - 1;
        int destination = Integer.MAX_VALUE;

        long summary = RuleTable.summary(ERROR, false, true, owner, destination);

        assertThat(RuleTable.owner(summary)).isEqualTo(owner);
        assertThat(RuleTable.destination(summary)).isEqualTo(destination);
        assertThat(RuleTable.isPlain(summary)).isTrue();
        assertThat(RuleTable.mayNotify(summary, ERROR, false)).isTrue();
        assertThat(RuleTable.mayNotify(summary, DEBUG, false)).as("severity not asked for").isFalse();
        assertThat(RuleTable.mayNotify(summary, ERROR, true)).as("the owner's own action").isFalse();
    }

    @Test
    void myActionsLetsTheOwnersOwnActionsThrough() {
        long summary = RuleTable.summary(ERROR | DEBUG, true, false, 0, 0);

        assertThat(RuleTable.mayNotify(summary, DEBUG, true)).isTrue();
        assertThat(RuleTable.isPlain(summary)).isFalse();
        assertThat(RuleTable.owner(summary)).isZero();
    }
}
