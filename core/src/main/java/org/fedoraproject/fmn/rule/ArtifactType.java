package org.fedoraproject.fmn.rule;

/**
 * The dist-git namespaces FMN tracks, by the name rules and dist-git use for them, and the
 * message fact that names artifacts of that kind.
 */
public enum ArtifactType {
    RPMS("rpms"),
    CONTAINERS("containers"),
    MODULES("modules"),
    FLATPAKS("flatpaks");

    private final String key;

    ArtifactType(String key) {
        this.key = key;
    }

    /** The name in rules and in dist-git ({@code rpms}, {@code containers}, ...). */
    public String key() {
        return key;
    }

    /** The type of a rule's or dist-git's name for it, or {@code null} when unknown. */
    public static ArtifactType ofKey(String key) {
        for (ArtifactType type : values()) {
            if (type.key.equals(key)) {
                return type;
            }
        }
        return null;
    }
}
