package org.fedoraproject.fmn.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fedoraproject.fmn.notification.Notification;
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
 * Rendering the notifications of the generated workload's stream, on one thread: each call
 * renders every notification of the next message that makes any (47 on average at the
 * default sizes, up to 1,405), as the consumer does before publishing them. The stream is
 * matched at setup; only rendering is measured.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RenderBenchmark {

    private RenderPasses passes;
    private List<RenderPasses.Matched> messages;
    private int next;

    @Setup
    public void load() {
        passes = new RenderPasses();
        messages = passes.matched();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Notification> renderOneMessage() {
        RenderPasses.Matched message = messages.get(next);
        next = next + 1 == messages.size() ? 0 : next + 1;
        return passes.render(message);
    }
}
