package org.fedoraproject.fmn.backend.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.database.Database;
import org.fedoraproject.fmn.database.outbox.Backoff;
import org.fedoraproject.fmn.database.outbox.Outbox;
import org.fedoraproject.fmn.database.outbox.OutboxEntry;
import org.fedoraproject.fmn.database.outbox.OutboxMessage;
import org.fedoraproject.fmn.message.Message;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The relay over the real outbox (embedded database) and a bus that a test can make fail. */
class OutboxRelayTest {

    private final MovingClock clock = new MovingClock();
    private final List<Message> published = new ArrayList<>();
    private boolean busDown;
    private Outbox outbox;
    private OutboxRelay relay;

    @BeforeEach
    void setUp() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:relay-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Database database = Database.over(h2, new DataSourceTransactionManager(h2), clock);
        database.migrations().migrate();
        outbox = database.outbox();
        BusPublisher bus = message -> {
            if (busDown) {
                throw new BusPublisher.BusException("connection refused");
            }
            published.add(message);
        };
        relay = new OutboxRelay(outbox, bus, new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5)), 100,
                Duration.ofMinutes(1), new SimpleMeterRegistry());
    }

    private OutboxEntry append(String id) {
        return outbox.append(new OutboxMessage(id, "fmn.rule.update.v1",
                "{\"fedora_messaging_schema\":\"fmn.rule.update.v1\",\"fedora_messaging_severity\":20}",
                "{\"rule\":{\"id\":4},\"user\":{\"name\":\"mira\"}}"));
    }

    @Test
    void publishesWhatIsDueAsStoredAndMarksItSent() {
        OutboxEntry entry = append("6b4c1a2e-0000-4000-8000-000000000001");

        assertThat(relay.relayDue()).isEqualTo(1);

        assertThat(published).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo("6b4c1a2e-0000-4000-8000-000000000001");
            assertThat(message.topic()).isEqualTo("fmn.rule.update.v1");
            assertThat(message.body().get("user").get("name").asString()).isEqualTo("mira");
        });
        assertThat(outbox.find(entry.id()).orElseThrow().sent()).isTrue();
        assertThat(relay.relayDue()).as("sent once").isZero();
    }

    @Test
    void whileTheBusIsDownMessagesWaitWithAGrowingDelayAndGoOutOnceItIsBack() {
        OutboxEntry entry = append("6b4c1a2e-0000-4000-8000-000000000002");
        busDown = true;

        assertThat(relay.relayDue()).isZero();
        assertThat(outbox.find(entry.id()).orElseThrow().lastError()).contains("connection refused");
        assertThat(relay.relayDue()).as("not due again before its wait").isZero();

        busDown = false;
        clock.advance(Duration.ofSeconds(2));
        assertThat(relay.relayDue()).isEqualTo(1);
        assertThat(published).extracting(Message::id).containsExactly("6b4c1a2e-0000-4000-8000-000000000002");
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void sentMessagesAreForgottenAfterTheirRetentionAndUnsentOnesNever() {
        OutboxEntry sentLongAgo = append("6b4c1a2e-0000-4000-8000-000000000003");
        relay.relayDue();
        clock.advance(Duration.ofDays(8));
        busDown = true;
        OutboxEntry waiting = append("6b4c1a2e-0000-4000-8000-000000000004");
        relay.relayDue();

        assertThat(relay.forgetSentBefore(clock.instant().minus(Duration.ofDays(7)))).isEqualTo(1);

        assertThat(outbox.find(sentLongAgo.id())).isEmpty();
        assertThat(outbox.find(waiting.id())).isPresent();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
