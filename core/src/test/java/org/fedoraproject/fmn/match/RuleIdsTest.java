package org.fedoraproject.fmn.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RuleIdsTest {

    @Test
    void matchingsListsAreKeptAndEqualOtherListsOfTheSameIds() {
        RuleIds several = RuleIds.ofSorted(new long[] {5, 17});

        assertThat(RuleIds.copyOf(several)).isSameAs(several);
        assertThat(several).isEqualTo(List.of(5L, 17L)).hasSameHashCodeAs(List.of(5L, 17L));
        assertThat(RuleIds.of(3)).containsExactly(3L);
        assertThatThrownBy(() -> several.add(9L)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anyOtherListIsCopiedSoLaterChangesDoNotLeakIn() {
        List<Long> mutable = new ArrayList<>(List.of(1L, 2L));

        List<Long> kept = RuleIds.copyOf(mutable);
        mutable.add(3L);

        assertThat(kept).containsExactly(1L, 2L);
    }
}
