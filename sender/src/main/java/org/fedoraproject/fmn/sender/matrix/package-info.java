/**
 * Matrix delivery over the client-server API (java.net.http, no SDK): each recipient gets the
 * notifications in a direct-message room with the bot account, found in or recorded to the
 * account's {@code m.direct} data, and each notification is one {@code m.room.message} event
 * whose transaction id comes from the notification id, so a retry cannot post it twice.
 */
package org.fedoraproject.fmn.sender.matrix;
