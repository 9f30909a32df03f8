package org.authgate.web.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Which other origins' pages may call one scope's paths from a browser (the Fetch standard's CORS protocol), read
 * from {@code authgate.cors.<scope>.*}. No origin is allowed unless listed. {@code *} allows every origin but never
 * with credentials: a page of any site could otherwise act with a user's cookies or HTTP authentication, so that
 * combination stops the deployment. An allowed origin is answered with its own name, never with {@code *}, and
 * with {@code Vary: Origin}, so that a cache keeps the answers to different origins apart.
 *
 * @param origins     allowed origins, each {@code scheme://host[:port]} in lower case; empty: none
 * @param anyOrigin   {@code *} was listed
 * @param credentials whether the browser may send cookies or HTTP authentication and read the answer
 * @param methods     what a preflight may ask for ({@code Access-Control-Allow-Methods})
 * @param headers     request headers a preflight may ask for ({@code Access-Control-Allow-Headers})
 * @param exposed     response headers a page may read beyond the safelisted ones
 * @param maxAgeSeconds how long a browser may keep a preflight's answer
 */
public record CorsPolicy(Set<String> origins, boolean anyOrigin, boolean credentials, List<String> methods,
                         List<String> headers, List<String> exposed, long maxAgeSeconds) {
    static final String PREFIX = "authgate.cors.";
    /** Listed alone, allows no origin; an empty value cannot override a default in every configuration source. */
    static final String NONE = "none";

    public CorsPolicy {
        origins = Set.copyOf(origins);
        methods = List.copyOf(methods);
        headers = List.copyOf(headers);
        exposed = List.copyOf(exposed);
    }

    /** True when a page of {@code origin} (the request's {@code Origin} header) may call. */
    public boolean allows(String origin) {
        return origin != null && (anyOrigin || origins.contains(origin.toLowerCase(Locale.ROOT)));
    }

    /** Whether any origin at all may call: otherwise the scope's answers need no CORS header. */
    public boolean allowsSome() {
        return anyOrigin || !origins.isEmpty();
    }

    /** The policy of scope {@code name}; a malformed setting fails with its key. */
    static CorsPolicy read(Config config, String name) {
        String key = PREFIX + name + ".";
        Set<String> origins = list(config, key + "allowed-origins").stream()
                .filter(o -> !o.equals(NONE)).map(o -> origin(key + "allowed-origins", o)).collect(Collectors.toSet());
        boolean any = origins.remove("*");
        boolean credentials = config.getOptionalValue(key + "allow-credentials", Boolean.class).orElse(false);
        if (any && credentials) {
            throw new IllegalStateException(key + "allow-credentials=true needs explicit origins in " + key
                    + "allowed-origins, not *");
        }
        long maxAge = config.getOptionalValue(key + "max-age-seconds", Long.class).orElse(600L);
        if (maxAge < 0) {
            throw new IllegalStateException(key + "max-age-seconds must not be negative, got " + maxAge);
        }
        return new CorsPolicy(origins, any, credentials,
                list(config, key + "allowed-methods").stream().map(m -> m.toUpperCase(Locale.ROOT)).toList(),
                list(config, key + "allowed-headers"), list(config, key + "exposed-headers"), maxAge);
    }

    private static List<String> list(Config config, String key) {
        return Arrays.stream(config.getOptionalValue(key, String.class).orElse("").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * An origin as browsers write it ({@code https://app.example:8443}, RFC 6454): a scheme, a host, perhaps a port,
     * nothing else. A trailing slash is forgiven; a path, a user or a wildcard inside a name is refused, as a
     * pattern that looked like it restricted something but matched nothing.
     */
    static String origin(String key, String value) {
        if (value.equals("*")) {
            return value;
        }
        String written = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        try {
            URI uri = new URI(written);
            if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null
                    || !uri.getRawPath().isEmpty() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalStateException(key + ": expected scheme://host[:port], got '" + value + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(key + ": expected scheme://host[:port], got '" + value + "'", e);
        }
        return written.toLowerCase(Locale.ROOT);
    }
}
