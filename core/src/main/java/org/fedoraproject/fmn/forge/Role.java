package org.fedoraproject.fmn.forge;

/** Access levels of a dist-git project, as Pagure names them. */
public enum Role {
    OWNER("owner"),
    ADMIN("admin"),
    COMMIT("commit"),
    COLLABORATOR("collaborator"),
    TICKET("ticket");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /**
     * Whether the role makes its holder an owner of the artifact for FMN's
     * {@code artifacts-owned} and {@code artifacts-group-owned} rules: every role but
     * {@code ticket}, which only lets people handle issues.
     */
    public boolean owns() {
        return this != TICKET;
    }
}
