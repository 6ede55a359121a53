/**
 * The queue side common to every protocol: a durable queue {@code send.<protocol>} on FMN's
 * private broker, read one notification at a time and acked after it is delivered; temporary
 * failures tried again later through delay queues, notifications that can never be delivered
 * moved to a dead-letter queue with the reason; delivered ids remembered; a rate limit per
 * recipient. Each protocol brings its {@link org.fedoraproject.fmn.sender.Delivery}.
 */
package org.fedoraproject.fmn.sender.queue;
