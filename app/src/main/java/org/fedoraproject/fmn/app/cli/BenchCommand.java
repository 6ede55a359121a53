package org.fedoraproject.fmn.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fmn bench}: measurements of FMN's services on a real broker. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measures FMN's services.",
        subcommands = {BenchCommand.Consumer.class})
public final class BenchCommand {

    @Command(name = "consumer",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                    "Measures the Message Consumer on a real broker against the broker itself.",
                    "",
                    "Loads a workload (gen_workload.py --raw: directory.json, distgit.json,",
                    "rules.jsonl, messages.raw.jsonl), stores its rules in an in-memory",
                    "database, then: puts the raw stream in a queue and measures how fast the",
                    "broker alone delivers it to a client that only acknowledges; puts the",
                    "same stream in the consumer's queue and measures the consumer draining it",
                    "end to end, every notification confirmed on the send queues. Prints, and",
                    "writes with --report, a JSON object: messages, notifications,",
                    "raw_messages_per_second, consumer_messages_per_second, latency_ms_p50,",
                    "latency_ms_p99. The queues and exchanges it makes are its own and deleted",
                    "at the end. Exit status 0, or 2 when the workload or broker cannot be used."})
    static final class Consumer implements Callable<Integer> {

        @Option(names = "--amqp-url", required = true, paramLabel = "URL",
                description = "the broker, e.g. amqp://guest:guest@127.0.0.1:5672/%%2F")
        URI amqpUrl;

        @Option(names = "--workload", required = true, paramLabel = "DIR",
                description = "a workload written by gen_workload.py --raw")
        Path workload;

        @Option(names = "--report", paramLabel = "FILE", description = "also write the JSON result there")
        Path report;

        @Option(names = "--workers", defaultValue = "2", paramLabel = "N",
                description = "the consumer's workers (default: ${DEFAULT-VALUE})")
        int workers;

        @Option(names = "--batch-size", defaultValue = "100", paramLabel = "N",
                description = "the most messages a worker takes together (default: ${DEFAULT-VALUE})")
        int batchSize;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            // The report is opened first, so that an unusable one stops it before minutes of work.
            try (OutputFile reportFile = report == null ? null : OutputFile.open(report, out)) {
                ConsumerBench.Result result = new ConsumerBench(amqpUrl, workload, workers, batchSize, err).run();
                String json = result.json();
                out.println(json);
                out.flush();
                if (reportFile != null) {
                    reportFile.writeLines(java.util.List.of(json));
                }
                return 0;
            } catch (UnusableFile | ConsumerBench.BenchFailed e) {
                err.println("fmn bench consumer: " + e.getMessage());
                err.flush();
                return 2;
            }
        }
    }
}
