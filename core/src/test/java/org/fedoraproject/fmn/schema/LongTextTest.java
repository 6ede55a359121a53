package org.fedoraproject.fmn.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.fedoraproject.fmn.message.Message;
import org.fedoraproject.fmn.message.MessageLimits;
import org.fedoraproject.fmn.message.SerializedMessageCodec;
import org.junit.jupiter.api.Test;

/** A message's long text (an email's body) costs only when it is used. */
class LongTextTest {

    private static Message message(String body) {
        return SerializedMessageCodec.read("{\"id\": \"m1\", \"topic\": \"a.b\", "
                + "\"headers\": {\"fedora_messaging_schema\": \"test.v1\"}, \"body\": " + body + "}");
    }

    @Test
    void theTextIsMadeWhenFirstAskedForAndOnce() {
        AtomicInteger made = new AtomicInteger();
        Schema schema = SchemaDefinition.template().named("test.v1")
                .text(m -> "text number " + made.incrementAndGet());

        MessageFacts facts = schema.derive(message("{}"));

        assertThat(made).hasValue(0);
        assertThat(facts.text()).isEqualTo("text number 1");
        assertThat(facts.text()).isEqualTo("text number 1");
        assertThat(made).hasValue(1);
    }

    @Test
    void aTextItsSchemaCannotMakeIsUnknownWhenAskedFor() {
        Schema schema = SchemaDefinition.template().named("test.v1")
                .summary(m -> "fine")
                .text(m -> {
                    throw new IllegalArgumentException("KeyError: comment");
                });

        MessageFacts facts = schema.derive(message("{}"));

        assertThat(facts.summary()).isEqualTo("fine");
        assertThat(facts.text()).isNull();
    }

    /** The bytes the calling thread allocated while running {@code action}. */
    private static long allocatedBy(Runnable action) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        action.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void derivingTheFactsOfALargeUnknownSchemaBodyDoesNotWriteTheBodyOut() {
        StringBuilder body = new StringBuilder("{\"a\": [1");
        while (body.length() < MessageLimits.MAX_BODY_BYTES - 10) {
            body.append(",1");
        }
        Message message = message(body.append("]}").toString());
        SchemaRegistry registry = SchemaRegistry.standard();

        MessageFacts[] facts = new MessageFacts[1];
        long allocated = allocatedBy(() -> facts[0] = registry.derive(message));

        // fedora-messaging's default text is the body written out indented: 40 MB here.
        assertThat(allocated).isLessThan(1 << 20);
        assertThat(facts[0].summary()).isEqualTo("a.b");
        assertThat(facts[0].text()).startsWith("Id: m1\nTopic: a.b\n").hasSizeGreaterThan(MessageLimits.MAX_BODY_BYTES);
    }
}
