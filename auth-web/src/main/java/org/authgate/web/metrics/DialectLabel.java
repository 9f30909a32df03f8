package org.authgate.web.metrics;

import java.util.Set;
import org.authgate.core.session.Dialect;

/**
 * The dialect as a label value: one of the names authgate's own code gives ({@code native}, the five platforms,
 * {@code admin}), anything else {@code other}. A dialect is never taken from a request today, but a label value that
 * could be would let a client grow the registry (and Prometheus' storage) without bound.
 */
public final class DialectLabel {
    static final String OTHER = "other";
    private static final Set<String> KNOWN = Set.of("native", "wazo", "kuzzle", "azuriom", "oneentry", "365view",
            "admin");

    private DialectLabel() {
    }

    public static String of(Dialect dialect) {
        return dialect != null && KNOWN.contains(dialect.value()) ? dialect.value() : OTHER;
    }
}
