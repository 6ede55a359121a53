package org.fedoraproject.fmn.rule;

import java.util.Objects;

/** A dist-git project: a name within a namespace ({@code rpms/kernel}). */
public record Artifact(ArtifactType type, String name) {

    public Artifact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return type.key() + "/" + name;
    }
}
