package org.fedoraproject.fmn.message;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Measures the body of a serialized message in its bytes without building it, so that a line
 * far past {@link MessageLimits#MAX_BODY_BYTES} is refused for the cost of a scan rather than
 * of a tree several times its size. Only lines longer than the limit need measuring: a body
 * is no longer than the line that holds it.
 */
final class SerializedBody {

    /** The id (when a string) and the size in bytes of the largest body a line holds, as written there. */
    record Size(String id, long bytes) {
    }

    private SerializedBody() {
    }

    /**
     * The body's size in the line; {@code null} when the line is no JSON object, which the
     * full parse reports better. A repeated {@code body} key counts its largest value.
     */
    static Size measure(byte[] line) {
        try (JsonParser parser = Json.MAPPER.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String id = null;
            long largest = 0;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                long start = parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                if (key.equals("body")) {
                    largest = Math.max(largest, parser.currentLocation().getByteOffset() - start);
                } else if (key.equals("id") && value == JsonToken.VALUE_STRING) {
                    id = parser.getString();
                }
            }
            return new Size(id, largest);
        } catch (JacksonException e) {
            return null;
        }
    }
}
