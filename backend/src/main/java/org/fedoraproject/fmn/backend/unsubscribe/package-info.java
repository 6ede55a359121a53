/**
 * One-click unsubscribe (RFC 8058): the link of an email's {@code List-Unsubscribe} disables the
 * rule that sent it, without logging in, when its signed token is genuine and recent. GET only
 * shows what the link would disable (mail scanners fetch links), POST disables.
 */
package org.fedoraproject.fmn.backend.unsubscribe;
