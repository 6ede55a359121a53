package org.fedoraproject.fmn.message;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

import org.fedoraproject.fmn.message.InvalidMessageException.Problem;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper every reader and writer of bus messages shares, and strict text decoding. */
public final class Json {

    /** Thread-safe and immutable once built. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

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
        int bad = Utf8.firstInvalid(utf8);
        if (bad >= 0 && utf8[bad] == 0) {
            throw new InvalidMessageException(Problem.NOT_UTF8, what + " is not UTF-8 JSON: it holds a NUL byte at offset "
                    + bad + " (as UTF-16 or UTF-32 text would)");
        }
        if (bad >= 0) {
            throw new InvalidMessageException(Problem.NOT_UTF8,
                    what + " is not valid UTF-8: malformed byte sequence at offset " + bad);
        }
        try {
            return MAPPER.readTree(utf8);
        } catch (JacksonException e) {
            throw new InvalidMessageException(Problem.NOT_JSON,
                    what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses a JSON document, naming {@code what} in the error when it is not JSON. */
    public static JsonNode parse(String text, String what) {
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidMessageException(Problem.NOT_JSON,
                    what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
