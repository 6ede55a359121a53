package org.fedoraproject.fmn.sender;

import org.fedoraproject.fmn.rule.Protocol;

/**
 * Delivers notifications of one protocol: mail to an SMTP server, chat messages to an IRC server
 * or a Matrix homeserver, or their readable stand-ins of the embedded default. Called by the
 * common queue side, which acks, retries and keeps delivered ids; a delivery only delivers.
 */
public interface Delivery extends AutoCloseable {

    /** The protocol whose queue this delivery reads. */
    Protocol protocol();

    /**
     * Delivers one notification, returning once the peer took it (the SMTP server accepted the
     * mail, the IRC line was written, the Matrix event was sent).
     *
     * @throws DeliveryFailure when it was not delivered: temporary (the peer is down or asked us
     *         to slow down; it is tried again later) or permanent (it can never be delivered;
     *         it is dead-lettered with the reason)
     */
    void deliver(OutgoingNotification notification) throws DeliveryFailure;

    @Override
    default void close() {
    }
}
