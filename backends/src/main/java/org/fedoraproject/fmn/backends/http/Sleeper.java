package org.fedoraproject.fmn.backends.http;

import java.time.Duration;

/** Waiting between retries; tests give one that records the waits instead of waiting. */
@FunctionalInterface
public interface Sleeper {

    /** Waits with {@link Thread#sleep(Duration)}. */
    Sleeper REAL = Thread::sleep;

    void sleep(Duration duration) throws InterruptedException;
}
