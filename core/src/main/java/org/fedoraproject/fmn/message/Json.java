package org.fedoraproject.fmn.message;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.fedoraproject.fmn.message.InvalidMessageException.Problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper every reader and writer of bus messages shares, and strict text decoding. */
public final class Json {

    /**
     * The mapper for documents: serialized messages, rules, facts. Thread-safe and immutable
     * once built. It reads within {@link MessageLimits}, counting that a document's top-level
     * object holds the body one level down.
     */
    public static final JsonMapper MAPPER = mapper(ReadConstraints.forDocuments());

    /** The mapper for a body read on its own, whose top level is the body's. */
    private static final JsonMapper BODY_MAPPER = mapper(ReadConstraints.forBodies());

    private static JsonMapper mapper(ReadConstraints constraints) {
        // Whatever was read can be written back: a serialized message holds its body one level down.
        StreamWriteConstraints writing = StreamWriteConstraints.builder()
                .maxNestingDepth(MessageLimits.MAX_NESTING + 1)
                .build();
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(constraints)
                        .streamWriteConstraints(writing)
                        .build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    private Json() {
    }

    /** Decodes bytes, refusing malformed input instead of substituting replacement characters. */
    public static String decode(byte[] bytes, Charset charset, String what) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidMessageException(Problem.NOT_UTF8,
                    what + " is not valid " + charset.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a JSON document from its UTF-8 bytes, refusing bytes that are not UTF-8 as a
     * strict decoder does (Jackson's own parser lets some invalid sequences through) and bytes
     * holding a NUL, which no JSON text does (Jackson would take them for UTF-16 or UTF-32
     * and decode them by its guess). Parsing the bytes directly saves decoding them to a
     * string first.
     */
    public static JsonNode parseUtf8(byte[] utf8, String what) {
        return parseUtf8(MAPPER, utf8, what);
    }

    /**
     * Parses a JSON document held in a string (a web answer, a stored message), through
     * {@link #parseUtf8} so that the same checks and limits apply. A string holding a lone
     * surrogate is refused as not UTF-8.
     */
    public static JsonNode parse(String text, String what) {
        java.nio.ByteBuffer utf8;
        try {
            utf8 = java.nio.charset.StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidMessageException(Problem.NOT_UTF8, what + " is not valid Unicode: it holds a lone surrogate", e);
        }
        byte[] bytes = new byte[utf8.remaining()];
        utf8.get(bytes);
        return parseUtf8(bytes, what);
    }

    /** Parses a message body on its own from its UTF-8 bytes, as {@link #parseUtf8} does a document. */
    static JsonNode parseBodyUtf8(byte[] utf8, String what) {
        return parseUtf8(BODY_MAPPER, utf8, what);
    }

    private static JsonNode parseUtf8(JsonMapper mapper, byte[] utf8, String what) {
        int bad = Utf8.firstInvalid(utf8);
        if (bad >= 0 && utf8[bad] == 0) {
            throw new InvalidMessageException(Problem.NOT_UTF8,
                    what + " is not UTF-8 JSON: it holds a NUL byte at offset " + bad + " (as UTF-16 or UTF-32 text would)");
        }
        if (bad >= 0) {
            throw new InvalidMessageException(Problem.NOT_UTF8,
                    what + " is not valid UTF-8: malformed byte sequence at offset " + bad);
        }
        try {
            return mapper.readTree(utf8);
        } catch (StreamConstraintsException e) {
            throw new InvalidMessageException(Problem.OVER_LIMIT,
                    what + " is beyond what FMN reads: " + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw new InvalidMessageException(Problem.NOT_JSON,
                    what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The error for a body larger than {@link MessageLimits#MAX_BODY_BYTES}; {@code what} names the message. */
    static InvalidMessageException bodyTooLarge(String what, long bytes) {
        return new InvalidMessageException(Problem.OVER_LIMIT, String.format(Locale.ROOT,
                "%s: body is %,d bytes, over the limit of %,d bytes (%d MiB)", what, bytes,
                MessageLimits.MAX_BODY_BYTES, MessageLimits.MAX_BODY_BYTES >> 20));
    }

    /**
     * Encodes text as UTF-8, refusing text that has no UTF-8 form (a lone surrogate) instead of
     * substituting {@code ?}. Text is parsed as its UTF-8 bytes, so that every limit reads the
     * same whatever form a document came in.
     */
    static byte[] encodeUtf8(String text, String what) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return Arrays.copyOf(bytes.array(), bytes.limit());
        } catch (CharacterCodingException e) {
            throw new InvalidMessageException(Problem.NOT_UTF8, what + " is not valid Unicode: " + e.getMessage(), e);
        }
    }
}
