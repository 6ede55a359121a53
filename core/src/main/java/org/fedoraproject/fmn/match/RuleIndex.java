package org.fedoraproject.fmn.match;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ObjIntConsumer;

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
 *
 * <p>A changed rule takes a new slot and its old row stays, so that matches running during the
 * change stay consistent. When stale rows outnumber live ones (and a margin), the index
 * <em>compacts</em>: it builds fresh tables from its live rules and swaps them in whole; a
 * match reads the tables of one build from start to end.
 *
 * <p>Building tables from many rules at once ({@link #of}, compacting) takes time and memory
 * linear in the rules, however many share a key; a rule added or removed on its own copies
 * the slots of each of its keys (see {@link PostingLists}).
 */
public final class RuleIndex {

    /** Stale rows tolerated beyond as many as there are live rules, before compacting. */
    private static final int DEFAULT_COMPACTION_SLACK = 4096;

    /** What matching reads, built together and replaced together. */
    static final class Tables {
        final RuleTable rules = new RuleTable();
        final OwnerTable owners = new OwnerTable();
        final DestinationTable destinations = new DestinationTable();
        final SharedFilterValues filterValues = new SharedFilterValues();
        final PostingLists<String> byOwningUser = new PostingLists<>();
        final PostingLists<String> byOwningGroup = new PostingLists<>();
        final PostingLists<Artifact> byFollowedArtifact = new PostingLists<>();
        final PostingLists<String> byRelatedUser = new PostingLists<>();
        final PostingLists<String> byFollowedUser = new PostingLists<>();
        final ArtifactCandidates artifactCandidates = new ArtifactCandidates();
        /** Moved on after each change of these tables. */
        private final AtomicLong changes = new AtomicLong();

        long changes() {
            return changes.get();
        }

        /** Makes the slots gathered while these tables were built their posting lists. */
        void publishGathered() {
            byOwningUser.publishGathered();
            byOwningGroup.publishGathered();
            byFollowedArtifact.publishGathered();
            byRelatedUser.publishGathered();
            byFollowedUser.publishGathered();
        }
    }

    /** A rule and the slot it has in the current tables. */
    private record Slotted(Rule rule, int slot) {
    }

    private final Map<Long, Slotted> rules = new ConcurrentHashMap<>();
    private final int compactionSlack;
    private volatile Tables tables = new Tables();

    RuleIndex(int compactionSlack) {
        this.compactionSlack = compactionSlack;
    }

    /** An index of these rules (disabled ones are skipped). */
    public static RuleIndex of(Collection<Rule> rules) {
        return of(rules, DEFAULT_COMPACTION_SLACK);
    }

    static RuleIndex of(Collection<Rule> rules, int compactionSlack) {
        RuleIndex index = new RuleIndex(compactionSlack);
        Map<Long, Rule> enabled = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (enabled.containsKey(rule.id())) {
                throw new IllegalArgumentException("rule " + rule.id() + " appears twice");
            }
            if (!rule.disabled()) {
                enabled.put(rule.id(), rule);
            }
        }
        index.tables = build(enabled.values(), (rule, slot) -> index.rules.put(rule.id(), new Slotted(rule, slot)));
        return index;
    }

    /** Adds a rule, or replaces the rule of the same id; a disabled rule is removed instead. */
    public synchronized void put(Rule rule) {
        unindex(rule.id());
        if (!rule.disabled()) {
            rules.put(rule.id(), new Slotted(rule, index(tables, rule)));
        }
        compactIfStale();
    }

    /** Removes the rule of that id, if indexed. */
    public synchronized void remove(long ruleId) {
        unindex(ruleId);
        compactIfStale();
    }

    private void unindex(long ruleId) {
        Slotted slotted = rules.remove(ruleId);
        if (slotted != null) {
            Tables current = tables;
            forEachKey(current, slotted.rule(), new KeyVisitor() {
                @Override
                public <K> void visit(PostingLists<K> lists, K key) {
                    lists.remove(key, slotted.slot());
                }
            });
            current.changes.incrementAndGet();
        }
    }

    /** Writes the rule's row, then publishes its slot under its keys. */
    private static int index(Tables into, Rule rule) {
        int slot = row(into, rule);
        forEachKey(into, rule, new KeyVisitor() {
            @Override
            public <K> void visit(PostingLists<K> lists, K key) {
                lists.add(key, slot);
            }
        });
        into.changes.incrementAndGet();
        return slot;
    }

    /** Writes the rule's row in the tables and returns its slot. */
    private static int row(Tables into, Rule rule) {
        return into.rules.add(new IndexedRule(rule, into.owners.register(rule.ownerName()), into.destinations,
                into.filterValues));
    }

    /**
     * Fresh tables of these rules, built where no match reads them: the rows written and each
     * key's slots gathered, then the posting lists made once, so that building costs what the
     * rules hold however many share a key. {@code slotted} learns each rule's slot.
     */
    private static Tables build(Collection<Rule> rules, ObjIntConsumer<Rule> slotted) {
        Tables fresh = new Tables();
        for (Rule rule : rules) {
            int slot = row(fresh, rule);
            forEachKey(fresh, rule, new KeyVisitor() {
                @Override
                public <K> void visit(PostingLists<K> lists, K key) {
                    lists.gather(key, slot);
                }
            });
            slotted.accept(rule, slot);
        }
        fresh.publishGathered();
        return fresh;
    }

    private void compactIfStale() {
        // The live rules are those of the map; every other slot of the tables is stale.
        int live = rules.size();
        if (tables.rules.slotLimit() - live <= live + compactionSlack) {
            return;
        }
        List<Rule> liveRules = rules.values().stream().map(Slotted::rule).toList();
        tables = build(liveRules, (rule, slot) -> rules.put(rule.id(), new Slotted(rule, slot)));
    }

    /** Visits each (posting lists, key) pair a rule is indexed under. */
    private interface KeyVisitor {
        <K> void visit(PostingLists<K> lists, K key);
    }

    private static void forEachKey(Tables tables, Rule rule, KeyVisitor visitor) {
        switch (rule.trackingRule()) {
            case TrackingRule.ArtifactsOwned r -> r.usernames().forEach(u -> visitor.visit(tables.byOwningUser, u));
            case TrackingRule.ArtifactsGroupOwned r -> r.groups().forEach(g -> visitor.visit(tables.byOwningGroup, g));
            case TrackingRule.ArtifactsFollowed r ->
                    r.artifacts().stream().distinct().forEach(a -> visitor.visit(tables.byFollowedArtifact, a));
            case TrackingRule.RelatedEvents r -> visitor.visit(tables.byRelatedUser, rule.ownerName());
            case TrackingRule.UsersFollowed r ->
                    r.usernames().stream().distinct().forEach(u -> visitor.visit(tables.byFollowedUser, u));
        }
    }

    public Optional<Rule> rule(long ruleId) {
        return Optional.ofNullable(rules.get(ruleId)).map(Slotted::rule);
    }

    /** The tables a match reads, all of one build. */
    Tables tables() {
        return tables;
    }

    /** The ids of the rules indexed now, a copy. */
    public Set<Long> ruleIds() {
        return Set.copyOf(rules.keySet());
    }

    /** The number of enabled rules indexed. */
    public int size() {
        return rules.size();
    }
}
