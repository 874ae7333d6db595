package io.qike.crm.integration.call;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;

/** Jayway JSONPath over already-parsed JSON (maps and lists); compiled paths are cached. */
public final class JsonPaths {
    private static final Configuration CONF = Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS);
    private static final Cache<String, JsonPath> COMPILED = Caffeine.newBuilder().maximumSize(10_000).build();

    private JsonPaths() {
    }

    /** True when Jayway accepts the path. */
    public static boolean isValid(String path) {
        if (path == null || path.isBlank()) return false;
        try {
            compile(path);
            return true;
        } catch (InvalidPathException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The value at the path, or null when it is absent. {@code json} is a parsed document (Map / List). */
    public static Object read(Object json, String path) {
        if (json == null || path == null || path.isBlank()) return null;
        return compile(path).read(json, CONF);
    }

    private static JsonPath compile(String path) {
        String p = path.trim();
        String full = p.startsWith("$") ? p : p.startsWith("[") ? "$" + p : "$." + p;
        return COMPILED.get(full, JsonPath::compile);
    }
}
