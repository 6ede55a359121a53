package org.fedoraproject.fmn.consumer.pipeline;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import org.fedoraproject.fmn.cache.invalidation.CacheInvalidation;
import org.fedoraproject.fmn.consumer.counts.GeneratedCountRecorder;
import org.fedoraproject.fmn.consumer.pipeline.ConsumerMetrics.Stage;
import org.fedoraproject.fmn.consumer.rules.LiveRules;
import org.fedoraproject.fmn.consumer.rules.RuleChangeTopics;
import org.fedoraproject.fmn.consumer.sendqueue.NotificationPublisher;
import org.fedoraproject.fmn.consumer.sendqueue.PublishFailedException;
import org.fedoraproject.fmn.consumer.sendqueue.QueuedNotification;
import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.match.MatchResult;
import org.fedoraproject.fmn.match.MatchedDestination;
import org.fedoraproject.fmn.match.MatchingEngine;
import org.fedoraproject.fmn.match.RuleIndex;
import org.fedoraproject.fmn.message.AmqpMessage;
import org.fedoraproject.fmn.message.AmqpMessageCodec;
import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.notification.NotificationRenderer;
import org.fedoraproject.fmn.rule.Protocol;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.schema.MessageFacts;
import org.fedoraproject.fmn.schema.SchemaRegistry;
import org.fedoraproject.fmn.text.Echo;

/**
 * What the consumer does with a batch of bus messages, stage by stage: <b>parse</b> the wire
 * form, <b>derive</b> the facts, <b>invalidate</b> what the message changes (cached accounts and
 * ownership, the rule a rule-change message names), <b>match</b> the rules, <b>render</b> the
 * notifications, <b>publish</b> them all to the send queues and wait for the broker's
 * confirmation, <b>count</b> them per rule. Each message gets an {@link Outcome}: a message that
 * can never be worked is dead-lettered without holding up the others; one that cannot be worked
 * now (a service out of reach) waits; when the send queues do not confirm, the whole batch waits,
 * as none of it may be acknowledged.
 *
 * <p>Thread-safe, as long as each caller brings its own publisher.
 */
public final class Pipeline {

    private static final System.Logger LOG = System.getLogger(Pipeline.class.getName());

    private final SchemaRegistry registry;
    private final CacheInvalidation invalidation;
    private final LiveRules rules;
    private final Directory directory;
    private final Forge forge;
    private final NotificationRenderer renderer;
    private final GeneratedCountRecorder counts;
    private final ConsumerMetrics metrics;
    private volatile MatchingEngine engine;

    public Pipeline(SchemaRegistry registry, CacheInvalidation invalidation, LiveRules rules, Directory directory,
            Forge forge, NotificationRenderer renderer, GeneratedCountRecorder counts, ConsumerMetrics metrics) {
        this.registry = registry;
        this.invalidation = invalidation;
        this.rules = rules;
        this.directory = directory;
        this.forge = forge;
        this.renderer = renderer;
        this.counts = counts;
        this.metrics = metrics;
    }

    /** Works a batch, in order; returns one outcome per message, in the same order. */
    public List<Outcome> work(List<AmqpMessage> batch, NotificationPublisher publisher) {
        metrics.batch(batch.size());
        Outcome[] outcomes = new Outcome[batch.size()];
        List<QueuedNotification> notifications = new ArrayList<>();
        List<MatchResult> matched = new ArrayList<>(batch.size());
        long[] stageNanos = new long[Stage.values().length];
        for (int i = 0; i < batch.size(); i++) {
            AmqpMessage amqp = batch.get(i);
            MatchResult result = MatchResult.NONE;
            try {
                result = workOne(amqp, notifications, stageNanos);
                outcomes[i] = Outcome.DONE;
            } catch (Unworkable e) {
                outcomes[i] = e.outcome;
                log(amqp, e.outcome);
            }
            matched.add(result);
        }
        long start = System.nanoTime();
        try {
            publisher.publish(notifications);
        } catch (PublishFailedException e) {
            Outcome wait = Outcome.retry(e.getMessage());
            LOG.log(Level.WARNING, "{0} messages wait: {1}", batch.size(), e.getMessage());
            for (int i = 0; i < outcomes.length; i++) {
                if (outcomes[i].kind() == Outcome.Kind.DONE) {
                    outcomes[i] = wait;
                }
            }
            return Arrays.asList(outcomes);
        }
        stageNanos[Stage.PUBLISH.ordinal()] += System.nanoTime() - start;
        start = System.nanoTime();
        afterPublishing(outcomes, matched, notifications);
        stageNanos[Stage.COUNT.ordinal()] += System.nanoTime() - start;
        for (Stage stage : Stage.values()) {
            metrics.stage(stage, stageNanos[stage.ordinal()]);
        }
        return Arrays.asList(outcomes);
    }

    private MatchResult workOne(AmqpMessage amqp, List<QueuedNotification> notifications, long[] stageNanos)
            throws Unworkable {
        long start = System.nanoTime();
        Message message;
        MessageFacts facts;
        try {
            message = AmqpMessageCodec.read(amqp);
            facts = registry.derive(message);
        } catch (RuntimeException e) {
            throw new Unworkable(Outcome.deadLetter("cannot read it: " + e.getMessage()));
        }
        long now = System.nanoTime();
        stageNanos[Stage.DERIVE.ordinal()] += now - start;
        start = now;
        try {
            invalidation.handle(message);
            OptionalLong changedRule = RuleChangeTopics.ruleId(message);
            if (changedRule.isPresent()) {
                rules.refresh(changedRule.getAsLong());
            }
        } catch (RuntimeException e) {
            throw new Unworkable(Outcome.retry("cannot apply what it changes: " + e.getMessage()));
        }
        now = System.nanoTime();
        stageNanos[Stage.INVALIDATE.ordinal()] += now - start;
        start = now;
        MatchResult result;
        try {
            result = engine().match(facts);
        } catch (RuntimeException e) {
            throw new Unworkable(Outcome.retry("cannot match it: " + e.getMessage()));
        }
        now = System.nanoTime();
        stageNanos[Stage.MATCH.ordinal()] += now - start;
        start = now;
        if (!result.destinations().isEmpty()) {
            try {
                NotificationRenderer.MessageRendering rendering = renderer.forMessage(facts);
                RuleIndex index = engine().index();
                List<QueuedNotification> rendered = new ArrayList<>(result.destinations().size());
                for (MatchedDestination destination : result.destinations()) {
                    String owner = index.rule(destination.reason().ruleId()).map(Rule::ownerName).orElse(null);
                    rendered.add(new QueuedNotification(rendering.render(destination), owner));
                }
                notifications.addAll(rendered);
            } catch (RuntimeException e) {
                throw new Unworkable(Outcome.deadLetter("cannot render its notifications: " + e.getMessage()));
            }
        }
        stageNanos[Stage.RENDER.ordinal()] += System.nanoTime() - start;
        return result;
    }

    /** Once the notifications are confirmed: metrics, counts, rules to disable. */
    private void afterPublishing(Outcome[] outcomes, List<MatchResult> matched, List<QueuedNotification> notifications) {
        Map<Protocol, Integer> perProtocol = new EnumMap<>(Protocol.class);
        for (QueuedNotification queued : notifications) {
            perProtocol.merge(queued.notification().protocol(), 1, Integer::sum);
        }
        perProtocol.forEach(metrics::notified);
        Set<Long> toDisable = new TreeSet<>();
        for (int i = 0; i < outcomes.length; i++) {
            MatchResult result = matched.get(i);
            if (outcomes[i].kind() != Outcome.Kind.DONE || result == MatchResult.NONE) {
                continue;
            }
            if (!result.destinations().isEmpty()) {
                metrics.messageNotified();
            }
            counts.add(result.generatedPerRule());
            toDisable.addAll(result.rulesToDisable());
        }
        counts.flush();
        if (!toDisable.isEmpty()) {
            try {
                rules.disable(toDisable);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot disable rules " + toDisable + " whose owners are gone: " + e.getMessage());
            }
        }
    }

    private MatchingEngine engine() {
        MatchingEngine current = engine;
        if (current == null) {
            RuleIndex index = rules.index().orElseThrow(() -> new IllegalStateException("the rules are not loaded yet"));
            current = new MatchingEngine(index, directory, forge);
            engine = current;
        }
        return current;
    }

    private static void log(AmqpMessage amqp, Outcome outcome) {
        String which = "message " + Echo.of(String.valueOf(amqp.messageId())) + " on "
                + Echo.of(String.valueOf(amqp.routingKey()));
        if (outcome.kind() == Outcome.Kind.DEAD_LETTER) {
            LOG.log(Level.WARNING, "dead-lettering " + which + ": " + Echo.message(outcome.reason()));
        } else {
            LOG.log(Level.WARNING, which + " waits: " + Echo.message(outcome.reason()));
        }
    }

    /** A message that cannot go on through the pipeline, and what becomes of it. */
    private static final class Unworkable extends Exception {
        final Outcome outcome;

        Unworkable(Outcome outcome) {
            super(outcome.reason(), null, false, false);
            this.outcome = outcome;
        }
    }
}
