package org.fedoraproject.fmn.rule;

/**
 * The limits on what a rule may hold, so that reading, indexing and matching a rule cost
 * bounded time and memory whatever a user writes. {@link RuleReader} refuses a rule past one
 * with an {@link InvalidRuleException} naming the field and the limit; {@code docs/rules.md}
 * states them for users.
 */
public final class RuleLimits {

    /**
     * The longest topic glob, in characters: the longest topic the bus carries (an AMQP
     * routing key is at most 255 bytes). Matching a glob against a topic costs up to their
     * lengths multiplied, for every message.
     */
    public static final int MAX_TOPIC_LENGTH = 255;

    /**
     * The longest name, in characters: of a rule, a user, a group, an artifact or an
     * application. Fedora's account and package names are far shorter.
     */
    public static final int MAX_NAME_LENGTH = 255;

    /** The longest address, in characters: email addresses have at most 254, Matrix ids 255. */
    public static final int MAX_ADDRESS_LENGTH = 255;

    /**
     * The most items of any list of a rule: tracking params, generation rules, destinations,
     * applications, severities.
     */
    public static final int MAX_LIST_SIZE = 1_000;

    private RuleLimits() {
    }
}
