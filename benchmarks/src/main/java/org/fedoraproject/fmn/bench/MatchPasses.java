package org.fedoraproject.fmn.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.fedoraproject.fmn.match.MatchingEngine;
import org.fedoraproject.fmn.match.RuleIndex;
import org.fedoraproject.fmn.schema.MessageFacts;

/**
 * The workload's message stream matched once per call, for {@link CompareBuilds}: each call
 * returns {@code {messages per second, p50 µs, p99 µs}} of that pass. Loads the workload of
 * {@code -Dfmn.workload.dir} and indexes its rules when made.
 */
public final class MatchPasses implements Supplier<double[]> {

    private final List<MessageFacts> messages;
    private final MatchingEngine engine;
    private final long[] latencies;
    private long notifications;

    public MatchPasses() {
        Workload workload = Workload.load();
        messages = workload.messages();
        engine = new MatchingEngine(RuleIndex.of(workload.rules()), workload.directory(), workload.forge());
        latencies = new long[messages.size()];
    }

    @Override
    public double[] get() {
        long start = System.nanoTime();
        for (int i = 0; i < messages.size(); i++) {
            long before = System.nanoTime();
            notifications += engine.match(messages.get(i)).destinations().size();
            latencies[i] = System.nanoTime() - before;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new double[] {messages.size() / seconds, sorted[sorted.length / 2] / 1e3,
                sorted[sorted.length * 99 / 100] / 1e3};
    }

    /** Keeps the results alive, so that no pass can be optimized away. */
    public long notifications() {
        return notifications;
    }
}
