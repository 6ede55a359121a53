package org.fedoraproject.fmn.backends.http;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.fedoraproject.fmn.text.Echo;

/**
 * The URLs of a service's resources, built from names that anyone may have chosen (a user
 * name from a bus message, a pattern typed in the web frontend): each name is one path
 * segment, encoded, and query values are encoded, so that no name can reach another resource
 * than the one it names.
 */
public final class Uris {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Uris() {
    }

    /**
     * A service's URL as configured ({@code https://fasjson.example.org}), checked: an absolute
     * {@code http} or {@code https} URL with a host, and without query or fragment.
     *
     * @param key the configuration key it was given under, for the error
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static URI serviceUrl(String key, String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(key + " is not a URL: " + Echo.of(value));
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(key + " must be an http or https URL with a host and without query,"
                    + " such as https://fasjson.fedoraproject.org, not " + Echo.of(value));
        }
        return uri;
    }

    /**
     * The API root under a service's URL: the URL with {@code suffix} ({@code /v1},
     * {@code /api/0}) appended, unless it already ends with it, and without a trailing slash.
     */
    public static URI apiRoot(URI serviceUrl, String suffix) {
        String base = serviceUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base.endsWith(suffix) ? base : base + suffix);
    }

    /**
     * {@code root} followed by each of {@code segments} as one encoded path segment, then a
     * slash when {@code trailingSlash}, then the query.
     *
     * @return the URL, or {@code null} when a segment cannot name a resource: empty,
     *         {@code .} or {@code ..} (which a server would read as a step up the path)
     */
    public static URI resource(URI root, boolean trailingSlash, Map<String, String> query, String... segments) {
        StringBuilder path = new StringBuilder(root.toString());
        for (String segment : segments) {
            if (segment == null || segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return null;
            }
            path.append('/').append(encodeSegment(segment));
        }
        if (trailingSlash) {
            path.append('/');
        }
        return URI.create(path + queryString(query));
    }

    /** {@code uri} with its query replaced by {@code query} (in that order). */
    public static URI withQuery(URI uri, Map<String, String> query) {
        String raw = uri.toString();
        int cut = raw.indexOf('?');
        return URI.create((cut < 0 ? raw : raw.substring(0, cut)) + queryString(query));
    }

    /** The query parameters of {@code uri}, decoded, in their order (the last of a repeated key wins). */
    public static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(decode(key), decode(value));
        }
        return query;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String queryString(Map<String, String> query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringJoiner joined = new StringJoiner("&", "?", "");
        query.forEach((key, value) -> joined.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    /** Percent-encodes every byte of the UTF-8 form but RFC 3986's unreserved characters. */
    static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder(segment.length() + 8);
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
