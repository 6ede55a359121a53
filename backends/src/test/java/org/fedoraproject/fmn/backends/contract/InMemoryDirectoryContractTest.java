package org.fedoraproject.fmn.backends.contract;

import org.fedoraproject.fmn.backends.stub.Worlds;
import org.fedoraproject.fmn.directory.Directory;
import org.fedoraproject.fmn.directory.InMemoryDirectory;
import org.fedoraproject.fmn.message.Json;

class InMemoryDirectoryContractTest implements DirectoryContract {

    private final InMemoryDirectory directory = InMemoryDirectory.fromJson(Json.parse(Worlds.DIRECTORY, "the world"));

    @Override
    public Directory directory() {
        return directory;
    }
}
