package org.fedoraproject.fmn.app.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.fedoraproject.fmn.message.Json;

import tools.jackson.databind.JsonNode;

/**
 * Every {@code fmn.*} setting FMN has, with its type, default and description: read from the
 * configuration metadata each module carries ({@code META-INF/spring-configuration-metadata.json},
 * written at build time from the settings classes and from each module's additional metadata),
 * so the list cannot drift from the code.
 */
public final class KnownSettings {

    /** A setting as its module describes it. */
    public record Setting(String name, String type, String defaultValue, String description) {

        /** Whether the setting is a map: any key below its name is one of its entries. */
        boolean isMap() {
            return type != null && type.startsWith("java.util.Map");
        }
    }

    private final Map<String, Setting> byName;

    private KnownSettings(Map<String, Setting> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The settings described by every module on the class path. */
    public static KnownSettings fromClassPath(ClassLoader loader) {
        Map<String, Setting> settings = new TreeMap<>();
        try {
            for (URL resource : Collections.list(loader.getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream in = resource.openStream()) {
                    for (JsonNode property : Json.parseUtf8(in.readAllBytes(), resource.toString()).path("properties")) {
                        String name = property.path("name").asString("");
                        if (name.startsWith("fmn.")) {
                            settings.put(name, new Setting(name, property.path("type").asString(null),
                                    property.path("defaultValue").isMissingNode() ? null : property.path("defaultValue").asString(),
                                    property.path("description").asString(null)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read FMN's configuration metadata", e);
        }
        return new KnownSettings(settings);
    }

    /** The settings by name, sorted. */
    public Map<String, Setting> all() {
        return byName;
    }

    /**
     * Whether a name, as given in any form Spring accepts (a file's {@code fmn.data-dir} or
     * {@code fmn.dataDir}, the environment's {@code FMN_DATA_DIR}, a list's {@code [0]}), is a
     * known setting or an entry of a known map.
     */
    public boolean knows(String name) {
        String key = squashed(name.replaceAll("\\[[^]]*]", ""));
        for (Setting setting : byName.values()) {
            String known = squashed(setting.name());
            if (key.equals(known) || setting.isMap() && key.startsWith(known)) {
                return true;
            }
        }
        return false;
    }

    /** The known setting nearest in spelling, for "did you mean", or {@code null} when none is near. */
    public String nearest(String name) {
        String key = squashed(name);
        String best = null;
        int bestDistance = 4; // beyond three edits it is not a typo
        for (String known : byName.keySet()) {
            int distance = distance(key, squashed(known));
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A name without case, dots, dashes and underscores: how relaxed binding tells names apart. */
    private static String squashed(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[._-]", "");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
