package org.fedoraproject.fmn.match;

import org.fedoraproject.fmn.directory.Directory;

/**
 * Whether a rule owner's account exists, as last asked of the directory, shared by all that
 * owner's rules: matching asks the directory again only when its generation has moved on, so
 * the per-candidate test is a field read instead of a directory lookup.
 */
final class OwnerStatus {

    private final String owner;
    /** The generation the answer was taken at, shifted left, with the answer in bit 0; -1 for none. */
    private volatile long known = -1;

    OwnerStatus(String owner) {
        this.owner = owner;
    }

    boolean exists(Directory directory) {
        long generation = directory.generation();
        if (generation < 0) {
            return directory.exists(owner);
        }
        long answer = known;
        if (answer >= 0 && answer >>> 1 == generation) {
            return (answer & 1) == 1;
        }
        boolean exists = directory.exists(owner);
        // One write of one long: no thread can see an answer paired with another generation.
        known = generation << 1 | (exists ? 1 : 0);
        return exists;
    }
}
