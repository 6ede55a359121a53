package org.fedoraproject.fmn.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fedoraproject.fmn.match.MatchResult;
import org.fedoraproject.fmn.match.MatchingEngine;
import org.fedoraproject.fmn.match.RuleIndex;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The matching engine over a generated workload (default sizes: 10,000 users, 22,344 rules,
 * 100,000 messages), on one thread: each call matches the next message of the stream, in
 * order, so bursts (mass rebuild, bodhi push) weigh as they do on the bus.
 * {@code matchOneMessage} in throughput mode gives messages/s; in sample mode, per-message
 * latency percentiles. {@code buildIndex} times indexing every rule.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class MatchBenchmark {

    private Workload workload;
    private MatchingEngine engine;
    private List<MessageFacts> messages;
    private int next;

    @Setup
    public void load() {
        workload = Workload.load();
        messages = workload.messages();
        long loaded = heapUsed();
        engine = new MatchingEngine(RuleIndex.of(workload.rules()), workload.directory(), workload.forge());
        long indexed = heapUsed();
        System.out.printf("%n[workload] %,d rules, %,d messages; heap used after loading: %,d MB, after indexing: %,d MB%n",
                workload.rules().size(), messages.size(), loaded >> 20, indexed >> 20);
    }

    private static long heapUsed() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public MatchResult matchOneMessage() {
        MessageFacts message = messages.get(next);
        next = next + 1 == messages.size() ? 0 : next + 1;
        return engine.match(message);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public RuleIndex buildIndex() {
        return RuleIndex.of(workload.rules());
    }
}
