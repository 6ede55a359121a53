package org.fedoraproject.fmn.backends.spring;

import org.fedoraproject.fmn.backends.warmup.DistGitWarmUp;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts a warm-up once the program is ready, on a thread of its own: readiness (and the API)
 * never wait for it.
 */
final class WarmUpOnStart implements ApplicationListener<ApplicationReadyEvent> {

    private final DistGitWarmUp warmUp;

    WarmUpOnStart(DistGitWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Thread.ofVirtual().name("fmn-cache-warm-up").start(warmUp);
    }

    DistGitWarmUp warmUp() {
        return warmUp;
    }
}
