/** What the chat deliveries (IRC, Matrix, the chat log) share. */
package org.fedoraproject.fmn.sender.chat;
