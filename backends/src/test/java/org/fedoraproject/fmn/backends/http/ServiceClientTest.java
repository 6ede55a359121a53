package org.fedoraproject.fmn.backends.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.backends.stub.StubServer;
import org.fedoraproject.fmn.backends.stub.StubServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceClientTest {

    private final StubServer server = StubServer.start();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private ServiceClient client = client(new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 3, 10));

    private ServiceClient client(ClientSettings settings) {
        return client(settings, RequestAuthentication.NONE);
    }

    private ServiceClient client(ClientSettings settings, RequestAuthentication authentication) {
        return new ServiceClient("FASJSON", settings, authentication, Backoff.DEFAULT, waits::add);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private URI at(String path) {
        return URI.create(server.url() + path);
    }

    @Test
    void readsTheJsonOfASuccessfulAnswer() {
        server.replies("/v1/users/mira/", Reply.json("{\"result\": {\"username\": \"mira\"}}"));

        Answer answer = client.get(at("/v1/users/mira/")).orElseThrow();

        assertThat(answer.body().get("result").get("username").stringValue()).isEqualTo("mira");
        assertThat(answer.uri()).isEqualTo(at("/v1/users/mira/"));
        assertThat(server.requests()).containsExactly("/v1/users/mira/");
    }

    @Test
    void callersBeyondTheLimitWaitTheirTurnInsteadOfFailingAndTheServiceNeverSeesMoreAtOnce() throws Exception {
        client.close();
        client = client(new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 0, 10, 2));
        AtomicInteger underWay = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        server.fallback(request -> {
            most.accumulateAndGet(underWay.incrementAndGet(), Math::max);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            underWay.decrementAndGet();
            return Reply.json("{\"result\": {}}");
        });

        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<java.util.Optional<Answer>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String path = "/v1/users/u" + i + "/";
                answers.add(callers.submit(() -> client.get(at(path))));
            }
            await().until(() -> underWay.get() == 2 && client.waiting() == 4);
            release.countDown();
            for (Future<java.util.Optional<Answer>> answer : answers) {
                assertThat(answer.get()).isPresent();
            }
        }
        assertThat(most.get()).isEqualTo(2);
        assertThat(server.requests()).hasSize(6);
        assertThat(client.requests()).isEqualTo(6);
        assertThat(client.waiting()).isZero();
    }

    @Test
    void notFoundIsNoAnswerRatherThanAnError() {
        assertThat(client.get(at("/v1/users/nobody/"))).isEmpty();
        assertThat(server.requests()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void serverErrorsAreTriedAgainWithGrowingWaits() {
        server.replies("/v1/users/mira/", Reply.status(500), Reply.status(503), Reply.json("{\"result\": {}}"));

        assertThat(client.get(at("/v1/users/mira/"))).isPresent();

        assertThat(server.requests()).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void serverErrorsOnEveryTryFailNamingTheServiceTheUrlAndTheStatus() {
        server.replies("/v1/users/mira/", new Reply(502, "<html>Bad gateway: the whole error page</html>",
                java.util.Map.of(), Duration.ZERO));

        assertThatExceptionOfType(ServiceException.class).isThrownBy(() -> client.get(at("/v1/users/mira/")))
                .satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo("FASJSON answered GET " + at("/v1/users/mira/")
                            + " with HTTP 502 (4 attempts)");
                    assertThat(e.service()).isEqualTo("FASJSON");
                    assertThat(e.uri()).isEqualTo(at("/v1/users/mira/"));
                    assertThat(e.status()).isEqualTo(502);
                });
        assertThat(server.requests()).hasSize(4);
        assertThat(waits).hasSize(3);
    }

    @Test
    void clientErrorsAreNotTriedAgain() {
        server.replies("/v1/search/users/", Reply.status(400));

        assertThatExceptionOfType(ServiceException.class).isThrownBy(() -> client.get(at("/v1/search/users/?username=ab")))
                .withMessage("FASJSON answered GET " + at("/v1/search/users/?username=ab") + " with HTTP 400")
                .satisfies(e -> assertThat(e.status()).isEqualTo(400));
        assertThat(server.requests()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsTriedAgainThenFails() {
        client = client(new ClientSettings(Duration.ofSeconds(5), Duration.ofMillis(200), 1, 10));
        server.replies("/v1/users/mira/", Reply.json("{}").after(Duration.ofMinutes(1)));

        assertThatExceptionOfType(ServiceException.class).isThrownBy(() -> client.get(at("/v1/users/mira/")))
                .withMessage("FASJSON did not answer GET " + at("/v1/users/mira/")
                        + ": no answer within the request timeout (2 attempts)")
                .satisfies(e -> assertThat(e.status()).isZero());
        assertThat(waits).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void aRefusedConnectionIsTriedAgainThenFails() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + closedPort + "/v1/users/mira/");

        assertThatExceptionOfType(ServiceException.class).isThrownBy(() -> client.get(uri))
                .withMessage("FASJSON did not answer GET " + uri + ": connection refused (4 attempts)");
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void redirectsAreFollowed() {
        server.replies("/v1/users/mira", Reply.redirect(server.url() + "/v1/users/mira/"));
        server.replies("/v1/users/mira/", Reply.json("{\"result\": {\"username\": \"mira\"}}"));

        assertThat(client.get(at("/v1/users/mira"))).isPresent();
        assertThat(server.requests()).containsExactly("/v1/users/mira", "/v1/users/mira/");
    }

    @Test
    void anAnswerThatIsNotJsonFailsWithoutRepeatingItsControlCharacters() {
        server.replies("/v1/users/mira/", Reply.json("\u001b[31mnot json\n"));

        assertThatExceptionOfType(ServiceException.class).isThrownBy(() -> client.get(at("/v1/users/mira/")))
                .withMessageStartingWith("FASJSON's answer to GET " + at("/v1/users/mira/")
                        + " is not what FMN reads: the answer is not valid JSON")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b", "\n"));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void everyTryCarriesTheCredentialsAndFmnsName() {
        client = client(new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 1, 10),
                (request, uri) -> request.header("Authorization", "Negotiate dG9rZW4="));
        List<String> seen = new CopyOnWriteArrayList<>();
        server.route("/v1/users/mira/", request -> {
            seen.add(request.headers().getFirst("Authorization") + " / " + request.headers().getFirst("User-Agent"));
            return seen.size() == 1 ? Reply.status(500) : Reply.json("{}");
        });

        assertThat(client.get(at("/v1/users/mira/"))).isPresent();
        assertThat(seen).containsExactly("Negotiate dG9rZW4= / FMN (Fedora Messaging Notifications)",
                "Negotiate dG9rZW4= / FMN (Fedora Messaging Notifications)");
    }
}
