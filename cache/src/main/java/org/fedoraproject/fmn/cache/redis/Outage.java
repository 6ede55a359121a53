package org.fedoraproject.fmn.cache.redis;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether Redis answers, so that losing it is logged once, when it happens, and finding it
 * again once, not every call in between.
 */
final class Outage {

    private final Logger log;
    private final String where;
    private final AtomicBoolean down = new AtomicBoolean();

    Outage(Logger log, String where) {
        this.log = log;
        this.where = where;
    }

    /** A command failed; the first failure after success is logged. */
    void failed(RuntimeException e) {
        if (down.compareAndSet(false, true)) {
            log.log(Level.WARNING, "The shared cache (Redis at " + where + ") does not answer: " + e.getMessage()
                    + "; lookups go to the services until it is back");
        }
    }

    /** A command succeeded; the first success after a failure is logged. */
    void succeeded() {
        if (down.get() && down.compareAndSet(true, false)) {
            log.log(Level.INFO, "The shared cache (Redis at " + where + ") answers again");
        }
    }

    boolean isDown() {
        return down.get();
    }
}
