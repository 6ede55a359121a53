package org.fedoraproject.fmn.backends.http;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.fedoraproject.fmn.message.Json;
import org.fedoraproject.fmn.text.Echo;

import tools.jackson.databind.JsonNode;

/**
 * Reads JSON from one web service by GET, as FMN's lookups need: within the configured
 * timeouts, trying again with a growing wait ({@link Backoff}) when the service answers 5xx,
 * cannot be reached or does not answer in time, never when it answers 4xx. At most
 * {@link ClientSettings#maxConcurrent()} requests are under way at once; further callers wait
 * their turn, in order (a caller waiting before a retry holds no turn). Redirects are
 * followed (but not from https to http). Thread-safe; close it to let its connections go.
 *
 * <p>What a call answers:
 * <ul>
 * <li>2xx: the answer's JSON;</li>
 * <li>404: empty, since every resource FMN asks for is named by a user, group or project that
 *     may not exist;</li>
 * <li>anything else, or no answer after the last try, or an answer that is not JSON or is
 *     longer than {@link #MAX_ANSWER_BYTES}: a {@link ServiceException}.</li>
 * </ul>
 */
public final class ServiceClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ServiceClient.class.getName());

    /** The longest answer read: 64 MiB, far more than a page of any list FMN reads. */
    public static final long MAX_ANSWER_BYTES = 64L << 20;

    private static final String USER_AGENT = "FMN (Fedora Messaging Notifications)";

    private final String service;
    private final ClientSettings settings;
    private final RequestAuthentication authentication;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final HttpClient http;
    private final Semaphore turns;
    private final AtomicLong sent = new AtomicLong();

    /**
     * @param service the service's name as people know it ({@code FASJSON}), for errors and logs
     */
    public ServiceClient(String service, ClientSettings settings, RequestAuthentication authentication, Backoff backoff,
            Sleeper sleeper) {
        this.service = service;
        this.settings = settings;
        this.authentication = authentication;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.turns = new Semaphore(settings.maxConcurrent(), true);
    }

    /** A client sending no credentials, waiting {@link Backoff#DEFAULT} between tries. */
    public static ServiceClient create(String service, ClientSettings settings) {
        return new ServiceClient(service, settings, RequestAuthentication.NONE, Backoff.DEFAULT, Sleeper.REAL);
    }

    public String service() {
        return service;
    }

    public ClientSettings settings() {
        return settings;
    }

    /**
     * The service's JSON answer at {@code uri}, or empty when it answers 404.
     *
     * @throws ServiceException when there is no answer FMN can use, after the retries
     */
    public Optional<Answer> get(URI uri) {
        int attempts = settings.retries() + 1;
        for (int attempt = 1;; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = send(uri);
            } catch (LimitedBody.TooLargeException e) {
                throw ServiceException.unexpected(service, uri, e.getMessage(), e);
            } catch (IOException e) {
                if (attempt < attempts) {
                    waitBeforeRetry(uri, attempt, attempts, ServiceException.reason(e));
                    continue;
                }
                throw ServiceException.unreachable(service, uri, e, attempt);
            }
            int status = response.statusCode();
            if (status == 404) {
                return Optional.empty();
            }
            if (status >= 500 && status <= 599 && attempt < attempts) {
                waitBeforeRetry(uri, attempt, attempts, "it answered HTTP " + status);
                continue;
            }
            if (status < 200 || status > 299) {
                throw ServiceException.status(service, uri, status, attempt);
            }
            return Optional.of(new Answer(service, uri, parse(uri, response.body())));
        }
    }

    private HttpResponse<byte[]> send(URI uri) throws IOException {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ServiceException.interrupted(service, uri, e);
        }
        try {
            sent.incrementAndGet();
            return exchange(uri);
        } finally {
            turns.release();
        }
    }

    /** How many requests this client sent (retries included), for metrics. */
    public long requests() {
        return sent.get();
    }

    /** How many callers wait for their turn to ask the service (for the log and metrics). */
    public int waiting() {
        return turns.getQueueLength();
    }

    private HttpResponse<byte[]> exchange(URI uri) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        authentication.authenticate(request, uri);
        CompletableFuture<HttpResponse<byte[]>> exchange =
                http.sendAsync(request.build(), info -> LimitedBody.of(info, MAX_ANSWER_BYTES));
        // The request timeout ends with the answer's headers; this bounds the body too.
        Duration deadline = settings.connectTimeout().plus(settings.requestTimeout());
        try {
            return exchange.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("no whole answer within " + deadline.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw ServiceException.interrupted(service, uri, e);
        }
    }

    private void waitBeforeRetry(URI uri, int attempt, int attempts, String why) {
        Duration wait = backoff.before(attempt);
        LOG.log(Level.INFO, () -> service + ": GET " + Echo.of(uri.toString()) + ": " + why + "; trying again in "
                + wait.toMillis() + " ms (attempt " + (attempt + 1) + " of " + attempts + ")");
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ServiceException.interrupted(service, uri, e);
        }
    }

    private JsonNode parse(URI uri, byte[] body) {
        try {
            return Json.parseUtf8(body, "the answer");
        } catch (RuntimeException e) {
            throw ServiceException.unexpected(service, uri, e.getMessage(), e);
        }
    }

    /** Stops the client's connections, aborting requests still under way. */
    @Override
    public void close() {
        http.shutdownNow();
    }
}
