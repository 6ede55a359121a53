/**
 * IRC delivery: private messages to nicks from one bot nick, over one connection kept open
 * (Kitteh IRC Client Library), with TLS, SASL PLAIN, NickServ or server-password
 * identification, lines split to the protocol's 512 bytes, an outgoing rate under the server's
 * flood limit and reconnection with growing waits. One connected instance per nick: a standby
 * connects once the active one has let the nick go.
 */
package org.fedoraproject.fmn.sender.irc;
