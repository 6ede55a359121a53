package org.fedoraproject.fmn.bench;

import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.rule.Artifact;
import org.fedoraproject.fmn.rule.ArtifactType;
import org.fedoraproject.fmn.schema.MessageFacts;

/** The artifacts a message stream names, in stream order, as the consumer looks their owners up. */
final class StreamArtifacts {

    private StreamArtifacts() {
    }

    static List<Artifact> of(List<MessageFacts> messages) {
        List<Artifact> artifacts = new ArrayList<>();
        for (MessageFacts message : messages) {
            message.packages().forEach(name -> artifacts.add(new Artifact(ArtifactType.RPMS, name)));
            message.containers().forEach(name -> artifacts.add(new Artifact(ArtifactType.CONTAINERS, name)));
            message.modules().forEach(name -> artifacts.add(new Artifact(ArtifactType.MODULES, name)));
            message.flatpaks().forEach(name -> artifacts.add(new Artifact(ArtifactType.FLATPAKS, name)));
        }
        return artifacts;
    }
}
