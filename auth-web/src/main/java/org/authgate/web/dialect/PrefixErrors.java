package org.authgate.web.dialect;

import java.util.List;
import org.authgate.web.http.DialectErrors;

/**
 * "This path prefix is mine": the {@link DialectErrors} of a dialect whose routes all live under a few fixed
 * prefixes, minus the prefixes of another dialect nested inside them (wazo-auth's {@code /api/auth/0.1} lies under
 * Azuriom's {@code /api/auth}). A prefix owns itself and everything below a '/' after it, never a longer word
 * ({@code /loginx} is not 365View's {@code /login}).
 */
public abstract class PrefixErrors implements DialectErrors {
    private final List<String> prefixes;
    private final List<String> notMine;

    protected PrefixErrors(List<String> prefixes, List<String> notMine) {
        this.prefixes = List.copyOf(prefixes);
        this.notMine = List.copyOf(notMine);
    }

    protected PrefixErrors(String... prefixes) {
        this(List.of(prefixes), List.of());
    }

    @Override
    public boolean owns(String path) {
        return prefixes.stream().anyMatch(p -> under(path, p)) && notMine.stream().noneMatch(p -> under(path, p));
    }

    /** True when {@code path} is {@code prefix} or lies below it. */
    public static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
