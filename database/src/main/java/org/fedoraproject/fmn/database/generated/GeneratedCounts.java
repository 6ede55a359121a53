package org.fedoraproject.fmn.database.generated;

import java.time.Instant;
import java.util.Map;

/**
 * How many notifications each rule produced, in FMN's {@code generated} table: one row per rule
 * and recording, summed into a rule's "generated last week" when rules are read.
 *
 * <p>Times are stored as UTC without a zone ({@code generated.when} is FMN's
 * {@code TIMESTAMP WITHOUT TIME ZONE}; FMN writes its host's local time, which is UTC on
 * Fedora's hosts).
 */
public interface GeneratedCounts {

    /**
     * Records, at {@code when}, the notifications each rule produced: {@code counts} maps rule ids
     * to counts. One batch, atomic. Rules deleted meanwhile are skipped rather than failing the
     * batch, so a consumer whose rule index lags behind a deletion loses nothing else; counts
     * of zero are not stored.
     */
    void record(Instant when, Map<Long, Integer> counts);
}
