package org.fedoraproject.fmn.match;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.Rule;
import org.fedoraproject.fmn.rule.TrackingRule;

/**
 * The enabled rules, indexed by what a message must name for each to concern its owner:
 * <ul>
 * <li>{@code artifacts-owned}: by each user in its params (the message's artifacts' owners are
 *     looked up in the forge per message, so ownership changes need no index change);</li>
 * <li>{@code artifacts-group-owned}: by each group in its params (likewise);</li>
 * <li>{@code artifacts-followed}: by each followed artifact;</li>
 * <li>{@code related-events}: by the rule's owner;</li>
 * <li>{@code users-followed}: by each followed user.</li>
 * </ul>
 * Rules are added, replaced and removed one at a time ({@link #put}, {@link #remove}); only the
 * keys of that rule change. Disabled rules are not indexed. Thread-safe: a match running
 * during a change sees each key either before or after it.
 */
public final class RuleIndex {

    private final Map<Long, IndexedRule> rules = new ConcurrentHashMap<>();
    /** Slots are never reused, so a match running during a change cannot confuse two rules. */
    private final AtomicInteger nextSlot = new AtomicInteger();
    final DestinationTable destinations = new DestinationTable();
    /** One per owner ever indexed (a few bytes each), shared by the owner's rules. */
    private final Map<String, OwnerStatus> owners = new ConcurrentHashMap<>();
    final PostingLists<String> byOwningUser = new PostingLists<>();
    final PostingLists<String> byOwningGroup = new PostingLists<>();
    final PostingLists<Artifact> byFollowedArtifact = new PostingLists<>();
    final PostingLists<String> byRelatedUser = new PostingLists<>();
    final PostingLists<String> byFollowedUser = new PostingLists<>();

    /** An index of these rules (disabled ones are skipped). */
    public static RuleIndex of(Collection<Rule> rules) {
        RuleIndex index = new RuleIndex();
        for (Rule rule : rules) {
            if (index.rules.containsKey(rule.id())) {
                throw new IllegalArgumentException("rule " + rule.id() + " appears twice");
            }
            index.put(rule);
        }
        return index;
    }

    /** Adds a rule, or replaces the rule of the same id; a disabled rule is removed instead. */
    public synchronized void put(Rule rule) {
        remove(rule.id());
        if (rule.disabled()) {
            return;
        }
        IndexedRule indexed = new IndexedRule(rule, nextSlot.getAndIncrement(), destinations,
                owners.computeIfAbsent(rule.ownerName(), OwnerStatus::new));
        rules.put(rule.id(), indexed);
        forEachKey(rule, new KeyVisitor() {
            @Override
            public <K> void visit(PostingLists<K> lists, K key) {
                lists.add(key, indexed);
            }
        });
    }

    /** Removes the rule of that id, if indexed. */
    public synchronized void remove(long ruleId) {
        IndexedRule indexed = rules.remove(ruleId);
        if (indexed == null) {
            return;
        }
        Rule rule = indexed.rule;
        forEachKey(rule, new KeyVisitor() {
            @Override
            public <K> void visit(PostingLists<K> lists, K key) {
                lists.remove(key, ruleId);
            }
        });
    }

    /** Visits each (posting lists, key) pair a rule is indexed under. */
    private interface KeyVisitor {
        <K> void visit(PostingLists<K> lists, K key);
    }

    private void forEachKey(Rule rule, KeyVisitor visitor) {
        switch (rule.trackingRule()) {
            case TrackingRule.ArtifactsOwned r -> r.usernames().forEach(u -> visitor.visit(byOwningUser, u));
            case TrackingRule.ArtifactsGroupOwned r -> r.groups().forEach(g -> visitor.visit(byOwningGroup, g));
            case TrackingRule.ArtifactsFollowed r ->
                    r.artifacts().stream().distinct().forEach(a -> visitor.visit(byFollowedArtifact, a));
            case TrackingRule.RelatedEvents r -> visitor.visit(byRelatedUser, rule.ownerName());
            case TrackingRule.UsersFollowed r -> r.usernames().forEach(u -> visitor.visit(byFollowedUser, u));
        }
    }

    public Optional<Rule> rule(long ruleId) {
        return Optional.ofNullable(rules.get(ruleId)).map(indexed -> indexed.rule);
    }

    /** One more than the highest slot handed out so far. */
    int slotLimit() {
        return nextSlot.get();
    }

    /** The number of enabled rules indexed. */
    public int size() {
        return rules.size();
    }
}
