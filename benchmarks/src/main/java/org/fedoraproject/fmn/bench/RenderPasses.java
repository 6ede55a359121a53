package org.fedoraproject.fmn.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.fedoraproject.fmn.match.MatchResult;
import org.fedoraproject.fmn.match.MatchingEngine;
import org.fedoraproject.fmn.match.RuleIndex;
import org.fedoraproject.fmn.notification.Notification;
import org.fedoraproject.fmn.notification.NotificationRenderer;
import org.fedoraproject.fmn.notification.RenderSettings;
import org.fedoraproject.fmn.schema.MessageFacts;

/**
 * Rendering every notification of the workload's stream, for {@link CompareBuilds} and
 * {@link RenderBenchmark}: the stream is matched once when made, and each call renders every
 * notifying message's notifications, returning {@code {notifications per second, 0, 0}}.
 */
public final class RenderPasses implements Supplier<double[]> {

    /** A message and what matching it gave. */
    record Matched(MessageFacts facts, MatchResult result) {
    }

    private final List<Matched> matched = new ArrayList<>();
    private final NotificationRenderer renderer = new NotificationRenderer(RenderSettings.FEDORA);
    private final int notifications;
    private long rendered;

    public RenderPasses() {
        Workload workload = Workload.load();
        MatchingEngine engine = new MatchingEngine(RuleIndex.of(workload.rules()), workload.directory(),
                workload.forge());
        int count = 0;
        for (MessageFacts facts : workload.messages()) {
            MatchResult result = engine.match(facts);
            if (!result.destinations().isEmpty()) {
                matched.add(new Matched(facts, result));
                count += result.destinations().size();
            }
        }
        notifications = count;
    }

    /** The notifying messages, with their match results. */
    List<Matched> matched() {
        return matched;
    }

    /** Renders every notification of one message. */
    List<Notification> render(Matched message) {
        return renderer.render(message.facts(), message.result());
    }

    @Override
    public double[] get() {
        long start = System.nanoTime();
        for (Matched message : matched) {
            rendered += render(message).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new double[] {notifications / seconds, 0, 0};
    }

    /** Keeps the results alive, so that no pass can be optimized away. */
    public long rendered() {
        return rendered;
    }
}
