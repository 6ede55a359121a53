package org.fedoraproject.fmn.cache.invalidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.cache.spring.CacheConfiguration;
import org.fedoraproject.fmn.message.Message;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The {@link CacheInvalidation} a program's consumer is given drops, from the program's own
 * cache, what a real bus message makes stale; Pagure messages count only when they are about the
 * configured dist-git.
 */
class InvalidationWiringTest {

    private static final CacheKey ACCOUNT = new CacheKey("person", "dummy");
    private static final CacheKey PROJECT = new CacheKey("access", "rpms/fedocal-messages");

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CacheConfiguration.class);

    @Test
    void withDistGitConfiguredAProjectChangeOnItDropsTheProjectsAccessList() {
        context.withPropertyValues("fmn.distgit.url=https://src.fedoraproject.org").run(started -> {
            ServiceCache cache = started.getBean(ServiceCache.class);
            cache.put(PROJECT, "{}", Set.of("artifact:rpms/fedocal-messages"));

            started.getBean(CacheInvalidation.class).handle(BusInvalidationTest.inDistGit(
                    CorpusMessages.first("pagure.project.user.added")));

            assertThat(cache.get(PROJECT)).isEmpty();
        });
    }

    @Test
    void withoutDistGitAccountChangesStillDropTheAccountAndPagureMessagesDropNothing() {
        context.withPropertyValues("fmn.distgit.url=").run(started -> {
            ServiceCache cache = started.getBean(ServiceCache.class);
            cache.put(ACCOUNT, "{}", Set.of("user:dummy"));
            cache.put(PROJECT, "{}", Set.of("artifact:rpms/fedocal-messages"));
            CacheInvalidation invalidation = started.getBean(CacheInvalidation.class);

            Message pagure = BusInvalidationTest.inDistGit(CorpusMessages.first("pagure.project.user.added"));
            invalidation.handle(pagure);
            assertThat(cache.get(PROJECT)).isPresent();

            invalidation.handle(CorpusMessages.first("fas.user.update"));
            assertThat(cache.get(ACCOUNT)).isEmpty();
        });
    }
}
