/**
 * The message consumer: reads every bus message, derives its facts, invalidates caches, matches
 * rules, publishes notifications to the send queue and records per-rule counts, acknowledging
 * only what the broker confirmed.
 *
 * <p>This component is not built yet; it depends on {@code core} like every other.
 */
package org.fedoraproject.fmn.consumer;
