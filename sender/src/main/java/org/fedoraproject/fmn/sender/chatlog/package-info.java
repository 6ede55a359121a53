/**
 * The embedded default's stand-in for IRC and Matrix: chat notifications written to
 * {@code <fmn.data-dir>/chat.log}, one line each, for a person to read with any pager.
 */
package org.fedoraproject.fmn.sender.chatlog;
