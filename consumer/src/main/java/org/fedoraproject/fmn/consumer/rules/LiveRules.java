package org.fedoraproject.fmn.consumer.rules;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.fedoraproject.fmn.database.rule.RuleList;
import org.fedoraproject.fmn.database.rule.RuleRepository;
import org.fedoraproject.fmn.database.rule.UnreadableRule;
import org.fedoraproject.fmn.database.rule.UnreadableRuleException;
import org.fedoraproject.fmn.match.RuleIndex;
import org.fedoraproject.fmn.rule.Rule;

/**
 * The enabled rules the consumer matches with: built from the database at start
 * ({@link #load}), kept current rule by rule as rule-change messages arrive ({@link #refresh}),
 * and compared with the database now and then as a safety net against a missed message
 * ({@link #reconcile}). The database is the truth: a rule-change message only says which rule to
 * read again, so messages arriving late or twice do no harm.
 *
 * <p>A stored rule the engine cannot use (an unknown protocol or tracking rule in a database
 * adopted from the Python FMN) is left out and reported once, never stopping the consumer.
 * Thread-safe.
 */
public final class LiveRules {

    private static final System.Logger LOG = System.getLogger(LiveRules.class.getName());

    private final RuleRepository repository;
    private final int pageSize;
    private final Set<Long> reportedUnreadable = ConcurrentHashMap.newKeySet();
    private volatile RuleIndex index;

    public LiveRules(RuleRepository repository, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be 1 or more, not " + pageSize);
        }
        this.repository = repository;
        this.pageSize = pageSize;
    }

    /** What reading every enabled rule found. */
    public record Scan(List<Rule> rules, int unreadable) {
    }

    /**
     * Builds the index from every enabled rule of the database, telling {@code progress} the
     * number of rules read after each page. Until it returns, {@link #ready()} is false.
     */
    public Scan load(ProgressListener progress) {
        Scan scan = scan(progress);
        index = RuleIndex.of(scan.rules());
        return scan;
    }

    /** Whether the index is built: the consumer takes no message before. */
    public boolean ready() {
        return index != null;
    }

    /** The index matching reads; present once {@link #load} returned. */
    public Optional<RuleIndex> index() {
        return Optional.ofNullable(index);
    }

    /**
     * Reads rule {@code id} again, after a message said it was created, changed or deleted: an
     * enabled, readable rule is (re)indexed; a disabled, deleted or unreadable one is removed.
     */
    public void refresh(long id) {
        RuleIndex current = requireIndex();
        Optional<Rule> rule;
        try {
            rule = repository.find(id);
        } catch (UnreadableRuleException e) {
            reportUnreadable(id, e.getMessage());
            current.remove(id);
            return;
        }
        if (rule.isPresent() && !rule.get().disabled()) {
            current.put(withoutCount(rule.get()));
        } else {
            current.remove(id);
        }
    }

    /** What a reconciliation changed. */
    public record Reconciliation(int rules, int added, int changed, int removed) {
        public boolean changedAnything() {
            return added + changed + removed > 0;
        }
    }

    /**
     * Compares the index with the database and brings it in line: rules missing are added, rules
     * that differ are replaced, rules no longer enabled are removed. Rules changed while it runs
     * are right either way: their own messages refresh them.
     */
    public Reconciliation reconcile() {
        RuleIndex current = requireIndex();
        Scan scan = scan(count -> {
        });
        Set<Long> stored = new HashSet<>();
        int added = 0;
        int changed = 0;
        for (Rule rule : scan.rules()) {
            stored.add(rule.id());
            Optional<Rule> indexed = current.rule(rule.id());
            if (indexed.isEmpty()) {
                current.put(rule);
                added++;
            } else if (!indexed.get().equals(rule)) {
                current.put(rule);
                changed++;
            }
        }
        int removed = 0;
        for (long id : current.ruleIds()) {
            if (!stored.contains(id)) {
                current.remove(id);
                removed++;
            }
        }
        return new Reconciliation(scan.rules().size(), added, changed, removed);
    }

    /**
     * Disables rules whose owner is gone from the account system, in the database and here, as
     * FMN does: they would never notify anyone again.
     */
    public void disable(Set<Long> ids) {
        RuleIndex current = requireIndex();
        for (long id : ids) {
            if (repository.setDisabled(id, true)) {
                LOG.log(Level.INFO, "disabled rule {0}: its owner is no longer in the account system", id);
            }
            current.remove(id);
        }
    }

    /** The rule as matching keeps it: its count is the web UI's business, and left out of comparisons. */
    private static Rule withoutCount(Rule rule) {
        return rule.generatedLastWeek() == 0 ? rule
                : new Rule(rule.id(), rule.name(), rule.disabled(), rule.owner(), rule.trackingRule(),
                        rule.generationRules(), 0);
    }

    private Scan scan(ProgressListener progress) {
        List<Rule> rules = new ArrayList<>();
        int unreadable = 0;
        long after = 0;
        while (true) {
            RuleList page = repository.enabledRules(after, pageSize);
            if (page.isEmpty()) {
                break;
            }
            page.rules().forEach(rule -> rules.add(withoutCount(rule)));
            for (UnreadableRule rule : page.unreadable()) {
                reportUnreadable(rule.id(), "rule of " + rule.ownerName() + ": " + rule.reason());
                unreadable++;
            }
            after = page.lastId(after);
            progress.read(rules.size() + unreadable);
        }
        return new Scan(rules, unreadable);
    }

    private void reportUnreadable(long id, String why) {
        if (reportedUnreadable.add(id)) {
            LOG.log(Level.WARNING, "rule {0} is skipped, FMN cannot use it: {1}", id, why);
        }
    }

    private RuleIndex requireIndex() {
        RuleIndex current = index;
        if (current == null) {
            throw new IllegalStateException("the rules are not loaded yet");
        }
        return current;
    }

    /** Told how many rules were read so far while loading. */
    @FunctionalInterface
    public interface ProgressListener {
        void read(int rules);
    }
}
