package org.fedoraproject.fmn.cache.redis;

import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.cache.ServiceCacheContract;
import org.fedoraproject.fmn.cache.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The contract on the real Redis: each process a cache of its own, near-cache included. */
class RedisCacheContractIT implements ServiceCacheContract {

    private final TestClock clock = TestClock.now();
    private LocalRedis redis;

    @BeforeEach
    void redis() {
        redis = LocalRedis.orSkip();
    }

    @AfterEach
    void cleanUp() {
        redis.close();
    }

    @Override
    public TestClock clock() {
        return clock;
    }

    @Override
    public ServiceCache process() {
        return redis.open(POLICY, clock, System.getLogger(RedisCache.class.getName()));
    }
}
