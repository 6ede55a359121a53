package org.fedoraproject.fmn.cache;

import org.fedoraproject.fmn.rule.Artifact;

/**
 * The tags entries are put under, named for what an answer was made from, so that the message
 * saying one of them changed can drop every answer made from it with
 * {@link ServiceCache#dropTag}.
 */
public final class Tags {

    private Tags() {
    }

    /** Answers about an account, or naming it (an access list it is on, its projects). */
    public static String user(String username) {
        return "user:" + username;
    }

    /** Answers about a group, or naming it. */
    public static String group(String groupName) {
        return "group:" + groupName;
    }

    /** Answers about one dist-git project. */
    public static String artifact(Artifact artifact) {
        return "artifact:" + artifact;
    }
}
