package org.fedoraproject.fmn.sender.irc;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Lines waiting to be written to the connection, each completed when the client library's
 * output listener sees it go out, or failed when the connection ends first. It lets a delivery
 * return only once its lines were written, as {@code Delivery#deliver} promises.
 */
final class WrittenLines {

    private record Pending(String line, CompletableFuture<Void> written) {
    }

    private final List<Pending> pending = new ArrayList<>();

    /** A future completed once {@code line} was written; register it before sending the line. */
    synchronized CompletableFuture<Void> expect(String line) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        pending.add(new Pending(line, written));
        return written;
    }

    /** The output listener saw {@code line} go out: the first waiting for it is done. */
    synchronized void wrote(String line) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext();) {
            Pending next = it.next();
            if (next.line.equals(line)) {
                it.remove();
                next.written.complete(null);
                return;
            }
        }
    }

    /** The connection ended: nothing waiting will be written by it. */
    synchronized void failAll(String why) {
        for (Pending next : pending) {
            next.written.completeExceptionally(new IllegalStateException(why));
        }
        pending.clear();
    }

    synchronized void forget(CompletableFuture<Void> written) {
        pending.removeIf(next -> next.written == written);
    }
}
