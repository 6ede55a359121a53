/**
 * The senders' Spring configuration: each protocol's role switched on by its setting, the send
 * queues read from the private broker (the bus module's send-queue connections), a listener for every
 * {@link org.fedoraproject.fmn.sender.Delivery} bean present.
 */
package org.fedoraproject.fmn.sender.spring;
