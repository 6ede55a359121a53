package org.fedoraproject.fmn.consumer.counts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fedoraproject.fmn.database.generated.GeneratedCounts;
import org.junit.jupiter.api.Test;

class GeneratedCountRecorderTest {

    /** A database that refuses writes while {@code down}. */
    static final class Counts implements GeneratedCounts {
        boolean down;
        final List<Map<Long, Integer>> recorded = new ArrayList<>();

        @Override
        public void record(Instant when, Map<Long, Integer> counts) {
            if (down) {
                throw new IllegalStateException("the database is down");
            }
            recorded.add(Map.copyOf(counts));
        }
    }

    @Test
    void countsTheDatabaseCouldNotTakeAreWrittenWithTheNextBatchAddedUp() {
        Counts database = new Counts();
        var recorder = new GeneratedCountRecorder(database, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        database.down = true;
        recorder.add(Map.of(1L, 2, 2L, 1));
        recorder.flush();
        recorder.add(Map.of(1L, 3));
        recorder.flush();
        assertThat(database.recorded).isEmpty();
        assertThat(recorder.pending()).isEqualTo(Map.of(1L, 5, 2L, 1));

        database.down = false;
        recorder.add(Map.of(3L, 1));
        recorder.flush();

        assertThat(database.recorded).containsExactly(Map.of(1L, 5, 2L, 1, 3L, 1));
        assertThat(recorder.pending()).isEmpty();
        recorder.flush();
        assertThat(database.recorded).hasSize(1);
    }
}
