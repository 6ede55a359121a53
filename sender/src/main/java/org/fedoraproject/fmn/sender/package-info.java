/**
 * The notification senders, one role per protocol (email, IRC, Matrix): each reads
 * {@code send.<protocol>} from the send queue and delivers; a notification carries everything, so senders
 * look nothing up.
 *
 * <p>This component is not built yet; it depends on {@code core} like every other.
 */
package org.fedoraproject.fmn.sender;
