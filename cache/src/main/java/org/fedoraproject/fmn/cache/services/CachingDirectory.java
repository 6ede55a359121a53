package org.fedoraproject.fmn.cache.services;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fedoraproject.fmn.cache.CacheGeneration;
import org.fedoraproject.fmn.cache.CacheKey;
import org.fedoraproject.fmn.cache.Codec;
import org.fedoraproject.fmn.cache.Lookups;
import org.fedoraproject.fmn.cache.ServiceCache;
import org.fedoraproject.fmn.cache.Tags;
import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.directory.Person;

import tools.jackson.core.type.TypeReference;

/**
 * A directory answering from the shared cache, and from the account system behind it when the
 * cache has no answer. Entries and their tags: {@code person:<user>} under {@code user:<user>}
 * and {@code group:<g>} for each of their groups (an account that does not exist is kept as
 * such); {@code members:<group>} under {@code group:<group>}; {@code search:<limit>:<fragment>}
 * under no tag, kept for its short TTL.
 *
 * <p>{@link #generation()} moves on when the cache drops an entry, here or in another process,
 * and once every {@code person} TTL, so matching asks again whether rule owners exist after any
 * of those answers may have changed.
 */
public final class CachingDirectory implements Directory {

    private static final Codec<Optional<Person>> PERSON = JsonCodec.optional(JsonCodec.of(Person.class));
    private static final Codec<List<String>> NAMES = JsonCodec.of(new TypeReference<List<String>>() {
    });
    private static final Codec<Set<String>> NAME_SET = JsonCodec.of(new TypeReference<Set<String>>() {
    });

    private final Directory service;
    private final Lookups lookups;
    private final CacheGeneration generation;

    public CachingDirectory(Directory service, ServiceCache cache, Clock clock) {
        this.service = service;
        this.lookups = new Lookups(cache, clock);
        this.generation = new CacheGeneration(cache, clock, cache.policy().ttl(Scopes.PERSON));
    }

    @Override
    public Optional<Person> person(String username) {
        return lookups.get(new CacheKey(Scopes.PERSON, username), PERSON, person -> {
            Set<String> tags = new HashSet<>();
            tags.add(Tags.user(username));
            person.ifPresent(p -> p.groups().forEach(group -> tags.add(Tags.group(group))));
            return tags;
        }, () -> service.person(username));
    }

    @Override
    public List<String> search(String fragment, int limit) {
        return lookups.get(new CacheKey(Scopes.SEARCH, limit + ":" + fragment), NAMES, names -> Set.of(),
                () -> service.search(fragment, limit));
    }

    @Override
    public Set<String> members(String groupName) {
        return lookups.get(new CacheKey(Scopes.MEMBERS, groupName), NAME_SET, members -> Set.of(Tags.group(groupName)),
                () -> service.members(groupName));
    }

    @Override
    public long generation() {
        return generation.current();
    }
}
