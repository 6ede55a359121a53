package org.fedoraproject.fmn.backends.pagure;

import java.time.Duration;

import org.fedoraproject.fmn.backends.contract.ForgeContract;
import org.fedoraproject.fmn.backends.http.ClientSettings;
import org.fedoraproject.fmn.backends.stub.PagureDouble;
import org.fedoraproject.fmn.backends.stub.StubServer;
import org.fedoraproject.fmn.backends.stub.Worlds;
import org.fedoraproject.fmn.forge.Forge;
import org.fedoraproject.fmn.forge.ProjectCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

class PagureForgeContractTest implements ForgeContract {

    static final ClientSettings SETTINGS = new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 0, 100);

    private final StubServer server = StubServer.start();
    private final PagureDouble pagure = PagureDouble.serve(server, Worlds.DISTGIT);
    private final PagureForge forge = PagureForge.connect(server.url(), SETTINGS);

    @Override
    public Forge forge() {
        return forge;
    }

    @Override
    public ProjectCatalog catalog() {
        return forge;
    }

    @AfterEach
    void stop() {
        forge.close();
        server.close();
    }

    /** The same answers when Pagure pages every list by one project. */
    @Nested
    class OnePerPage implements ForgeContract {

        OnePerPage() {
            pagure.maxPerPage(1);
        }

        @Override
        public Forge forge() {
            return forge;
        }

        @Override
        public ProjectCatalog catalog() {
            return forge;
        }
    }
}
