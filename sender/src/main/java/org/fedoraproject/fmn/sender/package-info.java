/**
 * The notification senders, one role per protocol (email, IRC, Matrix): each reads
 * {@code send.<protocol>} from the send queue and delivers; a notification carries everything, so
 * senders look nothing up. The queue side (acks, retries, idempotency, rate limits) is common to
 * every protocol; each protocol brings a {@link org.fedoraproject.fmn.sender.Delivery}.
 */
package org.fedoraproject.fmn.sender;
