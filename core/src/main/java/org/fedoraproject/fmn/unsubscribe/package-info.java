/**
 * One-click unsubscribe links (RFC 8058): the signed token an email's {@code List-Unsubscribe}
 * carries, made by the sender and checked by the API, which share the key but not a database.
 */
package org.fedoraproject.fmn.unsubscribe;
