/**
 * The embedded AMQP broker of {@code fmn serve}'s embedded default: Apache Qpid Broker-J in the
 * same process, on loopback, its state under the data folder
 * ({@link org.fedoraproject.fmn.bus.embedded.EmbeddedBroker}), started when no bus is configured
 * and {@code fmn.broker.enabled} is set
 * ({@link org.fedoraproject.fmn.bus.embedded.EmbeddedBrokerConfiguration}).
 */
package org.fedoraproject.fmn.bus.embedded;
