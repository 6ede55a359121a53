/**
 * The AMQP connections every FMN role shares, and publishing as fedora-messaging does.
 *
 * <p>{@link org.fedoraproject.fmn.bus.BusConfiguration} makes two Spring AMQP
 * {@code CachingConnectionFactory} beans, both with publisher confirms (correlated) and
 * returns, when there is a bus ({@link org.fedoraproject.fmn.bus.ConditionalOnBus}: a configured
 * {@code fmn.bus.url}, or the embedded broker):
 * <ul>
 * <li>{@code busConnectionFactory}: the Fedora bus ({@code fmn.bus.*}), which the consumer reads
 * and the API's outbox relay publishes rule changes to;</li>
 * <li>{@code sendQueueConnectionFactory}: FMN's private broker of notification queues
 * ({@code fmn.send-queue.*}; the bus's broker when {@code fmn.send-queue.url} is not set), which
 * the consumer publishes to and the senders read.</li>
 * </ul>
 * Inject them by name ({@code CachingConnectionFactory busConnectionFactory}). Each takes an
 * amqp/amqps URL with credentials and virtual host, PEM files for TLS (CA, client certificate
 * and key: {@link org.fedoraproject.fmn.bus.ConnectionSettings}), a connection name and a
 * heartbeat ({@link org.fedoraproject.fmn.bus.BusSettings}). Queue arguments are written as for
 * RabbitMQ and given to the broker through {@link org.fedoraproject.fmn.bus.BrokerDialect}, so
 * that the same code declares its queues on the embedded broker.
 */
package org.fedoraproject.fmn.bus;
