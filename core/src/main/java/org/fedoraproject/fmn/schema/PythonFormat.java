package org.fedoraproject.fmn.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Renders JSON values the way Python does, because Fedora's schemas build their summaries and
 * texts with Python's {@code json.dumps}, {@code str()} and {@code repr()}, and FMN must show
 * people the same text.
 */
public final class PythonFormat {

    /** How Python orders strings: by code point, which is not Java's UTF-16 order above U+FFFF. */
    public static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private PythonFormat() {
    }

    /**
     * {@code json.dumps(value, sort_keys=True, indent=4, separators=(",", ": "))} with
     * {@code ensure_ascii} on, as fedora-messaging's default message text uses it.
     */
    public static String jsonDumpsIndented(JsonNode value) {
        StringBuilder out = new StringBuilder();
        writeJson(value, out, 0);
        return out.toString();
    }

    private static void writeJson(JsonNode value, StringBuilder out, int depth) {
        if (value.isObject()) {
            if (value.isEmpty()) {
                out.append("{}");
                return;
            }
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(value.properties());
            entries.sort(Map.Entry.comparingByKey(CODE_POINT_ORDER));
            out.append('{');
            String separator = "\n";
            for (Map.Entry<String, JsonNode> entry : entries) {
                out.append(separator);
                indent(out, depth + 1);
                jsonString(entry.getKey(), out);
                out.append(": ");
                writeJson(entry.getValue(), out, depth + 1);
                separator = ",\n";
            }
            out.append('\n');
            indent(out, depth);
            out.append('}');
        } else if (value.isArray()) {
            if (value.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            String separator = "\n";
            for (JsonNode item : value) {
                out.append(separator);
                indent(out, depth + 1);
                writeJson(item, out, depth + 1);
                separator = ",\n";
            }
            out.append('\n');
            indent(out, depth);
            out.append(']');
        } else {
            writeJsonScalar(value, out);
        }
    }

    private static void indent(StringBuilder out, int depth) {
        out.repeat(' ', depth * 4);
    }

    private static void writeJsonScalar(JsonNode value, StringBuilder out) {
        if (value.isString()) {
            jsonString(value.stringValue(), out);
        } else if (value.isNull() || value.isMissingNode()) {
            out.append("null");
        } else if (value.isBoolean()) {
            out.append(value.booleanValue() ? "true" : "false");
        } else if (value.isIntegralNumber()) {
            out.append(value.bigIntegerValue());
        } else if (value.isNumber()) {
            out.append(floatRepr(value.doubleValue()));
        } else {
            jsonString(value.asString(), out);
        }
    }

    /** A JSON string literal with every non-ASCII character escaped, as Python's {@code ensure_ascii}. */
    static void jsonString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append("\\u").append(String.format("%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Python's {@code str()} of a JSON value: strings as they are, anything else as {@link #repr}. */
    public static String str(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "None";
        }
        return value.isString() ? value.stringValue() : repr(value);
    }

    /** Python's {@code repr()} of the value a JSON document decodes to (dicts keep their order). */
    public static String repr(JsonNode value) {
        StringBuilder out = new StringBuilder();
        writeRepr(value, out);
        return out.toString();
    }

    private static void writeRepr(JsonNode value, StringBuilder out) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            out.append("None");
        } else if (value.isString()) {
            out.append(reprString(value.stringValue()));
        } else if (value.isBoolean()) {
            out.append(value.booleanValue() ? "True" : "False");
        } else if (value.isIntegralNumber()) {
            out.append(value.bigIntegerValue());
        } else if (value.isNumber()) {
            out.append(floatRepr(value.doubleValue()));
        } else if (value.isArray()) {
            out.append('[');
            String separator = "";
            for (JsonNode item : value) {
                out.append(separator);
                writeRepr(item, out);
                separator = ", ";
            }
            out.append(']');
        } else if (value.isObject()) {
            out.append('{');
            String separator = "";
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                out.append(separator).append(reprString(entry.getKey())).append(": ");
                writeRepr(entry.getValue(), out);
                separator = ", ";
            }
            out.append('}');
        } else {
            out.append(reprString(value.asString()));
        }
    }

    /** Python's {@code repr()} of a str: single quotes unless only double quotes avoid escaping. */
    public static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp > 0x7f && !isPrintable(cp)) {
                out.append(cp <= 0xff ? String.format("\\x%02x", cp)
                        : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(quote).toString();
    }

    // Python's str.isprintable(): everything but "Other" and "Separator" categories, space excepted.
    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }

    /**
     * Python's {@code repr()} of a float: the shortest digits that read back to the same value,
     * in positional notation for exponents from -4 to 15 and scientific notation otherwise.
     */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        // Since JDK 19 Double.toString gives the shortest digits that round-trip, as Python does.
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int pointPosition = digits.length() - exact.scale(); // value = 0.<digits> * 10^pointPosition
        StringBuilder out = new StringBuilder();
        if (d < 0) {
            out.append('-');
        }
        if (pointPosition > 16 || pointPosition < -3) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exponent = pointPosition - 1;
            out.append('e').append(exponent < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exponent));
            out.append(e.length() < 2 ? "0" + e : e);
        } else if (pointPosition <= 0) {
            out.append("0.").repeat('0', -pointPosition).append(digits);
        } else if (pointPosition >= digits.length()) {
            out.append(digits).repeat('0', pointPosition - digits.length()).append(".0");
        } else {
            out.append(digits, 0, pointPosition).append('.').append(digits, pointPosition, digits.length());
        }
        return out.toString();
    }
}
