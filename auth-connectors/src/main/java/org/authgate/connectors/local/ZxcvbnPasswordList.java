package org.authgate.connectors.local;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * zxcvbn's password frequency list, loaded (about 2 MB of strings) when a password is first checked: the holder
 * idiom makes the JVM do it once, thread-safely, and only then.
 */
final class ZxcvbnPasswordList {
    static final CommonPasswords INSTANCE = load();

    private ZxcvbnPasswordList() {
    }

    private static CommonPasswords load() {
        try {
            return CommonPasswords.of(Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read zxcvbn's password list", e);
        }
    }
}
