package org.fedoraproject.fmn.testing;

import java.io.IOException;
import java.net.Socket;

/**
 * The real services integration tests use on loopback (PostgreSQL 5432, RabbitMQ 5672, Redis
 * 6379): whether one is there, so that a test without its service skips, saying so.
 */
public final class LocalServices {

    public static final int POSTGRESQL = 5432;
    public static final int RABBITMQ = 5672;
    public static final int REDIS = 6379;

    private LocalServices() {
    }

    /** Whether something accepts connections on 127.0.0.1 at that port. */
    public static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
