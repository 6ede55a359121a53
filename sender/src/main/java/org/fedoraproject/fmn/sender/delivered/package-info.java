/**
 * The notification ids a sender delivered, remembered for a while so that a notification the
 * broker hands over again (after a crash, a lost ack, a consumer's second publish) is not sent
 * again: in Redis, shared by every instance, or in a file under the data directory.
 */
package org.fedoraproject.fmn.sender.delivered;
