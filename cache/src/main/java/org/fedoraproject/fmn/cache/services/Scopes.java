package org.fedoraproject.fmn.cache.services;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The scopes the caching directory, forge and catalog keep their answers in, and their default TTLs. */
public final class Scopes {

    /** An account, by user name; {@code exists} is answered from it too. */
    public static final String PERSON = "person";
    /** A group's members, by group name. */
    public static final String MEMBERS = "members";
    /** The user search, by fragment and limit. */
    public static final String SEARCH = "search";
    /** A dist-git project's access list, by artifact; who owns it is answered from it too. */
    public static final String ACCESS = "access";
    /** Projects by pattern, by user and by group. */
    public static final String PROJECTS = "projects";

    /** Every scope with its default TTL, in the order the documentation lists them. */
    public static final Map<String, Duration> DEFAULT_TTLS;

    static {
        Map<String, Duration> ttls = new LinkedHashMap<>();
        ttls.put(PERSON, Duration.ofHours(1));
        ttls.put(MEMBERS, Duration.ofHours(1));
        ttls.put(SEARCH, Duration.ofMinutes(10));
        ttls.put(ACCESS, Duration.ofHours(1));
        ttls.put(PROJECTS, Duration.ofMinutes(15));
        DEFAULT_TTLS = java.util.Collections.unmodifiableMap(ttls);
    }

    private Scopes() {
    }
}
