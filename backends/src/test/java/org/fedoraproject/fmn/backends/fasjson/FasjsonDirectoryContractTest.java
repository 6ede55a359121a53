package org.fedoraproject.fmn.backends.fasjson;

import java.time.Duration;

import org.fedoraproject.fmn.backends.contract.DirectoryContract;
import org.fedoraproject.fmn.backends.http.ClientSettings;
import org.fedoraproject.fmn.backends.stub.FasjsonDouble;
import org.fedoraproject.fmn.backends.stub.StubServer;
import org.fedoraproject.fmn.backends.stub.Worlds;
import org.fedoraproject.fmn.directory.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

class FasjsonDirectoryContractTest implements DirectoryContract {

    static final ClientSettings SETTINGS = new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 0, 100);

    private final StubServer server = StubServer.start();
    private final FasjsonDouble fasjson = FasjsonDouble.serve(server, Worlds.DIRECTORY);
    private final FasjsonDirectory directory = FasjsonDirectory.connect(server.url(), SETTINGS);

    @Override
    public Directory directory() {
        return directory;
    }

    @AfterEach
    void stop() {
        directory.close();
        server.close();
    }

    /** The same answers when FASJSON pages every list by one item. */
    @Nested
    class OnePerPage implements DirectoryContract {

        OnePerPage() {
            fasjson.pageSize(1);
        }

        @Override
        public Directory directory() {
            return directory;
        }
    }
}
