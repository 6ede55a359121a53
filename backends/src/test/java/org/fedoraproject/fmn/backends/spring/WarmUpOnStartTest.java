package org.fedoraproject.fmn.backends.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.fedoraproject.fmn.backends.http.ClientSettings;
import org.fedoraproject.fmn.backends.pagure.PagureForge;
import org.fedoraproject.fmn.backends.stub.StubServer;
import org.fedoraproject.fmn.backends.stub.StubServer.Reply;
import org.fedoraproject.fmn.backends.warmup.DistGitWarmUp;
import org.fedoraproject.fmn.cache.CachePolicy;
import org.fedoraproject.fmn.cache.inprocess.InProcessCache;
import org.fedoraproject.fmn.cache.services.CachingForge;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;

class WarmUpOnStartTest {

    @Test
    void theWarmUpRunsInTheBackgroundOnceTheProgramIsReady() {
        CountDownLatch answer = new CountDownLatch(1);
        try (StubServer distgit = StubServer.start();
                PagureForge pagure = PagureForge.connect(distgit.url(), ClientSettings.DEFAULTS);
                InProcessCache cache = new InProcessCache(CachePolicy.of(Duration.ofHours(1), Duration.ZERO,
                        Duration.ofMinutes(1)), Clock.systemUTC(), 100)) {
            distgit.route("/extras/pagure_owner_alias.json", request -> {
                try {
                    answer.await(10, TimeUnit.SECONDS); // dist-git takes its time
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Reply.json("{\"rpms\": {\"kernel\": [\"jforbes\"]}}");
            });
            CachingForge forge = new CachingForge(pagure, cache, Clock.systemUTC());
            WarmUpOnStart onStart = new WarmUpOnStart(new DistGitWarmUp(pagure.ownership(), forge,
                    EnumSet.of(ArtifactType.RPMS), Clock.systemUTC(), System.getLogger(DistGitWarmUp.class.getName())));

            onStart.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], null, Duration.ZERO));

            // the program goes on while dist-git has not answered yet
            await().until(() -> distgit.requests().contains("/extras/pagure_owner_alias.json"));
            assertThat(cache.entries(null)).isEmpty();
            answer.countDown();
            await().until(() -> cache.entries(null).size() == 1);
        }
    }
}
