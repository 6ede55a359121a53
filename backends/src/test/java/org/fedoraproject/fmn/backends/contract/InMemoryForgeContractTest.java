package org.fedoraproject.fmn.backends.contract;

import org.fedoraproject.fmn.backends.stub.Worlds;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.forge.InMemoryForge;
import org.fedoraproject.fmn.forge.ProjectCatalog;
import org.fedoraproject.fmn.message.Json;

class InMemoryForgeContractTest implements ForgeContract {

    private final InMemoryForge forge = InMemoryForge.fromJson(Json.parse(Worlds.DISTGIT, "the world"));

    @Override
    public Forge forge() {
        return forge;
    }

    @Override
    public ProjectCatalog catalog() {
        return forge;
    }
}
