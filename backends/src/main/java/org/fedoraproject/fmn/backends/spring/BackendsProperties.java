package org.fedoraproject.fmn.backends.spring;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fedoraproject.fmn.backends.http.ClientSettings;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How FMN talks to the account system and dist-git ({@code fmn.backends.*}), both alike.
 *
 * @param connectTimeout how long to wait for a connection (default 5 s)
 * @param requestTimeout how long to wait for a whole answer (default 30 s)
 * @param retries how many times a request that failed with a 5xx status, a connection error or
 *        a timeout is tried again, waiting 0.5 s, 1 s, 2 s … in between (default 3; a 4xx
 *        status is never retried)
 * @param maxPages how many pages of one list are read at most (default 1,000): a longer list,
 *        or one whose pages go round, is read that far with a warning in the log
 * @param maxConcurrent how many requests are under way to each service (FASJSON, dist-git) at
 *        once, at most (default 8); further lookups wait their turn instead of failing, so a cold
 *        cache's first minutes, or a warm-up, never hammer the services
 * @param warmUp whether, once started, FMN fills the shared cache with every dist-git project's
 *        maintainers from dist-git's published ownership file, in the background (default
 *        false; only with {@code fmn.distgit.url})
 * @param warmUpNamespaces the dist-git namespaces a warm-up covers (default all FMN tracks:
 *        rpms, containers, modules, flatpaks)
 */
@ConfigurationProperties("fmn.backends")
public record BackendsProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration requestTimeout,
        @DefaultValue("3") int retries, @DefaultValue("1000") int maxPages,
        @DefaultValue("8") int maxConcurrent, @DefaultValue("false") boolean warmUp,
        @DefaultValue({"rpms", "containers", "modules", "flatpaks"}) List<String> warmUpNamespaces) {

    public BackendsProperties {
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("fmn.backends.connect-timeout must be longer than 0, not " + connectTimeout);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("fmn.backends.request-timeout must be longer than 0, not " + requestTimeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("fmn.backends.retries must be 0 or more, not " + retries);
        }
        warmUpNamespaces = List.copyOf(warmUpNamespaces);
        for (String namespace : warmUpNamespaces) {
            if (ArtifactType.ofKey(namespace) == null) {
                throw new IllegalArgumentException("fmn.backends.warm-up-namespaces: no dist-git namespace FMN tracks is called "
                        + namespace + "; they are rpms, containers, modules, flatpaks");
            }
        }
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("fmn.backends.max-concurrent must be 1 or more, not " + maxConcurrent);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("fmn.backends.max-pages must be 1 or more, not " + maxPages);
        }
    }

    public ClientSettings settings() {
        return new ClientSettings(connectTimeout, requestTimeout, retries, maxPages, maxConcurrent);
    }

    /** The namespaces a warm-up covers. */
    public Set<ArtifactType> warmUpTypes() {
        Set<ArtifactType> types = EnumSet.noneOf(ArtifactType.class);
        warmUpNamespaces.forEach(namespace -> types.add(ArtifactType.ofKey(namespace)));
        return types;
    }
}
