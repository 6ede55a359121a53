package org.fedoraproject.fmn.sender.irc;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;
import java.util.function.Consumer;

import org.kitteh.irc.client.library.feature.sending.MessageSendingQueue;

/**
 * The client library's queue for ordinary lines, without its own delay: {@link TokenBucket}
 * paces FMN's lines before they get here, so a delivery's wait is visible to the delivery (and
 * the library does not hold lines FMN believes written). Lines sent while the connection is
 * being registered wait here until it is.
 */
final class PassThroughQueue implements MessageSendingQueue {

    private final Queue<String> waiting = new ArrayDeque<>();
    private Consumer<String> consumer;

    @Override
    public synchronized void beginSending(Consumer<String> consumer) {
        this.consumer = consumer;
        while (!waiting.isEmpty()) {
            consumer.accept(waiting.remove());
        }
    }

    @Override
    public synchronized boolean contains(String message) {
        return waiting.contains(message);
    }

    @Override
    public synchronized Optional<Consumer<String>> getConsumer() {
        return Optional.ofNullable(consumer);
    }

    @Override
    public synchronized void pause() {
        consumer = null;
    }

    @Override
    public synchronized void queue(String message) {
        if (consumer != null) {
            consumer.accept(message);
        } else {
            waiting.add(message);
        }
    }

    @Override
    public synchronized Queue<String> shutdown() {
        consumer = null;
        Queue<String> left = new ArrayDeque<>(waiting);
        waiting.clear();
        return left;
    }
}
