package org.fedoraproject.fmn.cache.inprocess;

import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.cache.ServiceCacheContract;
import org.fedoraproject.fmn.cache.TestClock;

/** The contract on the embedded default's cache: every "process" is the one process. */
class InProcessCacheContractTest implements ServiceCacheContract {

    private final TestClock clock = TestClock.now();
    private final InProcessCache cache = new InProcessCache(POLICY, clock, 1_000);

    @Override
    public TestClock clock() {
        return clock;
    }

    @Override
    public ServiceCache process() {
        return cache;
    }
}
