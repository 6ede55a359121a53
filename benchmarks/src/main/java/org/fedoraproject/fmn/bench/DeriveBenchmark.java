package org.fedoraproject.fmn.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse + derive over every message of the shared corpus, on one thread: the score is
 * messages per second. The corpus folder is {@code -Dfmn.corpus.dir} (default
 * {@code ../shared/corpus}). Each invocation reads every corpus message once from the bytes of
 * its serialized form, as a file of bus messages holds it (the corpus lines' extra keys, such
 * as the expected facts, are dropped at setup: a consumer never sees them).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
public class DeriveBenchmark {

    private final SchemaRegistry registry = SchemaRegistry.standard();
    private List<byte[]> corpus;

    @Setup
    public void loadCorpus() throws IOException {
        Path dir = Path.of(System.getProperty("fmn.corpus.dir", "../shared/corpus"));
        corpus = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        Message message = SerializedMessageCodec.read(line);
                        corpus.add(SerializedMessageCodec.write(message).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        if (corpus.size() != CORPUS_MESSAGES) {
            throw new IllegalStateException("expected " + CORPUS_MESSAGES + " corpus messages in " + dir
                    + ", found " + corpus.size() + ": update CORPUS_MESSAGES so the score stays messages/s");
        }
    }

    /** JMH needs the per-invocation count as a constant; the setup checks it. */
    static final int CORPUS_MESSAGES = 252;

    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(CORPUS_MESSAGES)
    public void parseAndDeriveEveryCorpusMessage(Blackhole sink) {
        for (byte[] line : corpus) {
            Message message = SerializedMessageCodec.read(line);
            MessageFacts facts = registry.derive(message);
            sink.consume(facts);
            sink.consume(facts.text()); // made on first use: asked for, as fmn derive and emails do

        }
    }
}
