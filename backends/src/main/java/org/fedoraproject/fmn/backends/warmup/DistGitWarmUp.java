package org.fedoraproject.fmn.backends.warmup;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fedoraproject.fmn.backends.pagure.DistGitOwnership;
import org.fedoraproject.fmn.cache.services.CachingForge;
import org.fedoraproject.fmn.forge.ProjectAccess;
import org.fedoraproject.fmn.rule.ArtifactType;

/**
 * Fills the shared cache with the access list of every project of some dist-git namespaces,
 * from dist-git's published ownership files ({@link DistGitOwnership}): two requests for the
 * whole of dist-git, where a cold cache would otherwise ask once per project as messages about
 * them arrive. Projects the cache already has an answer for keep it. Progress and the outcome
 * go to the log; a failure is logged and leaves the cache as it was (lookups then ask the API
 * one project at a time, within the concurrency limit).
 */
public final class DistGitWarmUp implements Runnable {

    /** How many projects between two progress lines in the log. */
    static final int PROGRESS_EVERY = 5_000;

    private final DistGitOwnership ownership;
    private final CachingForge forge;
    private final Set<ArtifactType> namespaces;
    private final Clock clock;
    private final Logger log;

    public DistGitWarmUp(DistGitOwnership ownership, CachingForge forge, Set<ArtifactType> namespaces, Clock clock, Logger log) {
        this.ownership = ownership;
        this.forge = forge;
        this.namespaces = Set.copyOf(namespaces);
        this.clock = clock;
        this.log = log;
    }

    /** What a warm-up did. */
    public record Outcome(int projects, int kept, int alreadyCached, boolean failed) {
    }

    @Override
    public void run() {
        warmUp();
    }

    /** Reads the ownership and keeps what the cache lacks; never throws. */
    public Outcome warmUp() {
        Instant start = clock.instant();
        String names = namespaces.stream().map(ArtifactType::key).sorted().collect(Collectors.joining(", "));
        log.log(Level.INFO, () -> "Cache warm-up: reading who maintains every project of " + names + " from "
                + ownership.ownerAlias());
        List<ProjectAccess> projects;
        try {
            projects = ownership.projects(namespaces);
        } catch (RuntimeException e) {
            log.log(Level.WARNING, () -> "Cache warm-up: gave up, lookups will ask dist-git project by project: "
                    + e.getMessage());
            return new Outcome(0, 0, 0, true);
        }
        if (projects.isEmpty()) {
            log.log(Level.WARNING, () -> "Cache warm-up: dist-git publishes no ownership at " + ownership.ownerAlias()
                    + "; lookups will ask project by project");
            return new Outcome(0, 0, 0, false);
        }
        int kept = 0;
        int done = 0;
        for (ProjectAccess project : projects) {
            if (forge.prime(project)) {
                kept++;
            }
            done++;
            if (done % PROGRESS_EVERY == 0 && done < projects.size()) {
                int soFar = done;
                log.log(Level.INFO, () -> "Cache warm-up: " + soFar + " of " + projects.size() + " projects");
            }
        }
        int keptAll = kept;
        Duration took = Duration.between(start, clock.instant());
        log.log(Level.INFO, () -> "Cache warm-up: done in " + took.toMillis() + " ms: " + projects.size()
                + " projects, " + keptAll + " access lists kept, " + (projects.size() - keptAll) + " already cached");
        return new Outcome(projects.size(), kept, projects.size() - kept, false);
    }
}
