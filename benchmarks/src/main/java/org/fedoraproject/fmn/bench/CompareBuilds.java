package org.fedoraproject.fmn.bench;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Compares the speed of builds (their {@code benchmarks.jar}) at matching or at rendering, in
 * one JVM, a pass over the workload's stream each in turn, so that every build is measured at
 * the same moments (first and last in turn, as the order itself shows).
 * On shared machines, memory-bound code can run several times slower for seconds at a time;
 * runs made one after the other then differ more than the builds do, while passes made side
 * by side stay comparable. Each build is loaded in its own class loader, with its own copy of
 * the workload.
 *
 * <pre>java -Dfmn.workload.dir=target/workload -cp benchmarks/target/benchmarks.jar \
 *     org.fedoraproject.fmn.bench.CompareBuilds match 30 before.jar after.jar</pre>
 *
 * For each build it prints its median throughput (messages/s for {@code match},
 * notifications/s for {@code render}) and, for matching, p99 over the passes made while the
 * machine ran at full speed (every build's throughput at least 70% of its best), after
 * three warm-up passes, and the median ratio to the first build's.
 */
public final class CompareBuilds {

    private static final int WARM_UP_PASSES = 3;
    /** What a pass does, by the name given on the command line. */
    private static final Map<String, String> KINDS =
            Map.of("match", MatchPasses.class.getName(), "render", RenderPasses.class.getName());

    private CompareBuilds() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || !KINDS.containsKey(args[0])) {
            System.err.println("usage: CompareBuilds match|render PASSES BENCHMARKS_JAR BENCHMARKS_JAR...");
            System.exit(2);
        }
        String passClass = KINDS.get(args[0]);
        int passes = Integer.parseInt(args[1]);
        List<String> jars = Arrays.asList(args).subList(2, args.length);
        List<Supplier<double[]>> builds = new ArrayList<>();
        for (String jar : jars) {
            System.err.printf("loading the workload for %s%n", jar);
            builds.add(load(Path.of(jar), passClass));
        }
        double[][][] results = new double[builds.size()][passes][];
        for (int pass = 0; pass < passes; pass++) {
            StringBuilder line = new StringBuilder(String.format("pass %3d", pass));
            // Odd passes run the builds in reverse order: whichever runs second in a pass is
            // measurably slower, the same build included.
            for (int i = 0; i < builds.size(); i++) {
                int b = pass % 2 == 0 ? i : builds.size() - 1 - i;
                results[b][pass] = builds.get(b).get();
            }
            for (int b = 0; b < builds.size(); b++) {
                line.append(String.format("   %,10.0f/s p99 %6.1f µs", results[b][pass][0], results[b][pass][2]));
            }
            System.err.println(line);
        }
        report(jars, results);
    }

    @SuppressWarnings("unchecked")
    private static Supplier<double[]> load(Path jar, String passClass) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        return (Supplier<double[]>) loader.loadClass(passClass).getConstructor().newInstance();
    }

    private static void report(List<String> jars, double[][][] results) {
        double[][] first = results[0];
        // Chosen alike for every build: choosing by the first build's speed alone would favour
        // passes where it happened to be fast, and bias every ratio against the others.
        double[] best = new double[results.length];
        for (int b = 0; b < results.length; b++) {
            best[b] = Arrays.stream(results[b]).skip(WARM_UP_PASSES).mapToDouble(r -> r[0]).max().orElse(0);
        }
        List<Integer> fullSpeed = new ArrayList<>();
        for (int pass = WARM_UP_PASSES; pass < first.length; pass++) {
            boolean allFast = true;
            for (int b = 0; b < results.length; b++) {
                allFast &= results[b][pass][0] >= 0.7 * best[b];
            }
            if (allFast) {
                fullSpeed.add(pass);
            }
        }
        System.out.printf("%d passes at full speed of %d%n", fullSpeed.size(), first.length - WARM_UP_PASSES);
        for (int b = 0; b < jars.size(); b++) {
            double[][] build = results[b];
            double throughput = median(fullSpeed.stream().mapToDouble(p -> build[p][0]).toArray());
            double p99 = median(fullSpeed.stream().mapToDouble(p -> build[p][2]).toArray());
            double throughputRatio = median(fullSpeed.stream().mapToDouble(p -> build[p][0] / first[p][0]).toArray());
            double p99Ratio = median(fullSpeed.stream().mapToDouble(p -> build[p][2] / first[p][2]).toArray());
            System.out.printf(p99 > 0 ? "%s: %,.0f/s, p99 %.1f µs; against the first: throughput ×%.3f, p99 ×%.3f%n"
                    : "%s: %,.0f/s; against the first: throughput ×%.3f%n",
                    p99 > 0 ? new Object[] {jars.get(b), throughput, p99, throughputRatio, p99Ratio}
                            : new Object[] {jars.get(b), throughput, throughputRatio});
        }
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
