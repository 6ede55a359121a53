package org.fedoraproject.fmn.match;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.forge.Owners;
import org.fedoraproject.fmn.rule.Artifact;

/**
 * The candidate rules of each artifact, remembered: the rules following it and its owning
 * users' and groups' ownership rules. Finding them takes a forge lookup and a posting-list
 * lookup per owner; a busy package's builds and updates name it again and again, and one
 * lookup here replaces them all. An answer is kept while neither the index's tables nor the
 * forge have changed since it was made (each says so by a number it moves on after a change),
 * and the memory is emptied when it holds more artifacts than {@link #LIMIT}.
 */
final class ArtifactCandidates {

    static final int LIMIT = 1 << 17;

    /** Rule slots, possibly repeated, with the numbers they were found at. */
    private record Entry(int[] slots, long indexChanges, long forgeGeneration) {
    }

    private final ConcurrentHashMap<Artifact, Entry> remembered = new ConcurrentHashMap<>();

    int[] of(Artifact artifact, RuleIndex.Tables tables, Forge forge) {
        // Both numbers are read before the answer is made: a change made meanwhile moves one
        // on, and the answer is not used again.
        long indexChanges = tables.changes();
        long forgeGeneration = forge.generation();
        if (forgeGeneration < 0) { // the forge keeps no generation: nothing can be kept
            return find(artifact, tables, forge);
        }
        Entry entry = remembered.get(artifact);
        if (entry != null && entry.indexChanges() == indexChanges && entry.forgeGeneration() == forgeGeneration) {
            return entry.slots();
        }
        int[] slots = find(artifact, tables, forge);
        if (remembered.size() >= LIMIT) {
            remembered.clear();
        }
        remembered.put(artifact, new Entry(slots, indexChanges, forgeGeneration));
        return slots;
    }

    private static int[] find(Artifact artifact, RuleIndex.Tables tables, Forge forge) {
        int[] slots = tables.byFollowedArtifact.get(artifact);
        Owners owners = forge.owners(artifact);
        for (String user : owners.users()) {
            slots = concat(slots, tables.byOwningUser.get(user));
        }
        for (String group : owners.groups()) {
            slots = concat(slots, tables.byOwningGroup.get(group));
        }
        return slots;
    }

    private static int[] concat(int[] some, int[] more) {
        if (more.length == 0) {
            return some;
        }
        if (some.length == 0) {
            return more;
        }
        int[] all = Arrays.copyOf(some, some.length + more.length);
        System.arraycopy(more, 0, all, some.length, more.length);
        return all;
    }
}
