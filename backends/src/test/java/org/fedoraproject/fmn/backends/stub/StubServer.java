package org.fedoraproject.fmn.backends.stub;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.backends.http.Uris;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web service on loopback for the clients to talk to: answers per path (exact, as sent,
 * encoded), successive answers for a path, a fallback for every other path, and a log of the
 * requests it was sent. An answer may wait before it is sent; closing the server ends the
 * waits.
 */
public final class StubServer implements AutoCloseable {

    /** One request as the server received it. */
    public record Request(String path, Map<String, String> query, Headers headers) {
    }

    /** One answer: a status, a JSON body (may be empty), extra headers, and a wait before it. */
    public record Reply(int status, String body, Map<String, String> headers, Duration delay) {

        public static Reply json(String body) {
            return new Reply(200, body, Map.of(), Duration.ZERO);
        }

        public static Reply status(int status) {
            return new Reply(status, "{\"error\": \"HTTP " + status + "\"}", Map.of(), Duration.ZERO);
        }

        public static Reply redirect(String location) {
            return new Reply(302, "", Map.of("Location", location), Duration.ZERO);
        }

        public Reply after(Duration wait) {
            return new Reply(status, body, headers, wait);
        }
    }

    /** What answers the requests of one path. */
    @FunctionalInterface
    public interface Route {
        Reply answer(Request request);
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Route fallback = request -> Reply.status(404);

    private StubServer(HttpServer server) {
        this.server = server;
    }

    /** A server listening on a free port of 127.0.0.1. */
    public static StubServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubServer stub = new StubServer(http);
            http.setExecutor(stub.executor);
            http.createContext("/", stub::handle);
            http.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a stub server", e);
        }
    }

    /** {@code http://127.0.0.1:<port>} */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public StubServer route(String rawPath, Route route) {
        routes.put(rawPath, route);
        return this;
    }

    /** Answers {@code rawPath} with each reply in turn, the last one again and again. */
    public StubServer replies(String rawPath, Reply... replies) {
        AtomicInteger next = new AtomicInteger();
        return route(rawPath, request -> replies[Math.min(next.getAndIncrement(), replies.length - 1)]);
    }

    /** What answers paths that have no route (404 by default). */
    public StubServer fallback(Route route) {
        this.fallback = route;
        return this;
    }

    /** The requests received so far, each as its raw path and query. */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String rawPath = uri.getRawPath();
        requests.add(uri.getRawQuery() == null ? rawPath : rawPath + "?" + uri.getRawQuery());
        Reply reply = routes.getOrDefault(rawPath, fallback)
                .answer(new Request(rawPath, Uris.query(uri), exchange.getRequestHeaders()));
        try {
            if (!reply.delay().isZero() && closed.await(reply.delay().toMillis(), TimeUnit.MILLISECONDS)) {
                exchange.close();
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // The client gave up waiting: nothing to do.
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
