package org.fedoraproject.fmn.database.rule;

import java.util.Optional;

import org.fedoraproject.fmn.rule.Rule;

/**
 * Users' rules, stored in FMN's tables ({@code rules}, {@code tracking_rules},
 * {@code generation_rules}, {@code destinations}, {@code filters}) exactly as FMN stores them, so
 * FMN and this FMN can read each other's rules.
 *
 * <p>Rules come back with their owner ({@code isAdmin} is always false: it is not stored), their
 * generation rules and destinations in the order they were written, and
 * {@link Rule#generatedLastWeek()} summed over the seven days before the repository's clock —
 * except {@link #enabledRules}, which leaves it 0. A stored rule the model cannot represent is
 * never silently dropped: listings report it as an {@link UnreadableRule}, and {@link #find}
 * throws {@link UnreadableRuleException} for it.
 *
 * <p>Stored rules are read as the API reads rules ({@code RuleReader}, FMN's JSON shape), so a
 * stored rule is readable exactly when the API would accept it. Writing reads the rule back:
 * content the model could not read back (say, a malformed address) is refused with
 * {@link UnreadableRuleException} and nothing is stored. Every method is atomic; see
 * {@link org.fedoraproject.fmn.database.Transactions} to group several.
 */
public interface RuleRepository {

    /** All the rules of a user, by id; an unknown user has none. */
    RuleList rulesOf(String ownerName);

    /** The rule of that id. */
    Optional<Rule> find(long id);

    /** The rule of that id if {@code ownerName} owns it: the API's "only your own rules". */
    Optional<Rule> find(long id, String ownerName);

    /**
     * Stores a new rule for {@code ownerName} (creating the user if FMN has not seen it) and
     * returns it as stored, with its id and its generation rules' ids.
     *
     * @throws UnreadableRuleException when the content could not be read back; nothing is stored
     */
    Rule create(String ownerName, RuleContent content);

    /**
     * Replaces the content of rule {@code id}: name, disabled, tracking rule, generation rules
     * with their destinations and filters. Generation rules keep their ids position by position,
     * as FMN's edit does; extra ones are deleted or added. Returns the rule as now stored, or
     * empty when there is no such rule. The owner and the counts do not change.
     */
    Optional<Rule> replace(long id, RuleContent content);

    /**
     * Deletes rule {@code id} with everything that hangs from it: its tracking rule, generation
     * rules, destinations, filters and counts. Returns whether there was such a rule.
     */
    boolean delete(long id);

    /** Disables or enables rule {@code id}, readable or not. Returns whether there was such a rule. */
    boolean setDisabled(long id, boolean disabled);

    /** The admin listing: rules matching {@code query}, by id. */
    RuleList list(RuleQuery query);

    /**
     * One page of the rules that are not disabled, for the consumer's rule index: up to
     * {@code limit} rules with an id above {@code afterId}, by id (readable and unreadable
     * together count towards the limit). Start with {@code afterId} 0 and continue from
     * {@link RuleList#lastId} until a page is empty. {@code generatedLastWeek} is left 0.
     */
    RuleList enabledRules(long afterId, int limit);
}
