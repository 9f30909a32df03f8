package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The effective configuration: every {@code authgate.*} key of the defaults file and the system properties, with
 * the value that wins (an environment variable overrides both) and the source it comes from, and the
 * {@code AUTHGATE_*} environment variables that no such key stands for (the database's, the 365View key). Secrets are masked
 * by {@link SecretValues} before a value leaves this class.
 */
@ApplicationScoped
public class SettingsFacade {
    private static final String PREFIX = "authgate.";
    private static final String ENV_PREFIX = "AUTHGATE_";

    @Inject
    Config config;

    /** @param value already masked when the key names a secret */
    public record Setting(String name, String value, String source) {
    }

    public List<Setting> all() {
        Set<String> dotted = new TreeSet<>();
        Set<String> environment = new TreeSet<>();
        for (ConfigSource source : config.getConfigSources()) {
            boolean env = isEnvironment(source.getName());
            for (String name : source.getPropertyNames()) {
                if (env && envForm(name).startsWith(ENV_PREFIX)) {
                    // Servers differ in how they list variables (AUTHGATE_X_Y or authgate.x.y): one form for all.
                    environment.add(envForm(name));
                } else if (!env && name.startsWith(PREFIX)) {
                    dotted.add(name);
                }
            }
        }
        TreeMap<String, Setting> shown = new TreeMap<>();
        dotted.forEach(name -> shown.put(name, setting(name)));
        // A variable that overrides a dotted key shows as that key's source, not twice.
        dotted.forEach(name -> environment.remove(envForm(name)));
        environment.forEach(name -> shown.put(name, setting(name)));
        return new ArrayList<>(shown.values());
    }

    /** Where a key's value comes from, when any source sets it. */
    public Optional<String> sourceOf(String name) {
        ConfigValue value = config.getConfigValue(name);
        return value.getValue() == null ? Optional.empty() : Optional.of(sourceOf(value));
    }

    private Setting setting(String name) {
        ConfigValue value = config.getConfigValue(name);
        return new Setting(name, SecretValues.shown(name, value.getValue()), sourceOf(value));
    }

    /** Source names are often class names with an ordinal: keep what an operator recognises. */
    private static String sourceOf(ConfigValue value) {
        String source = value.getSourceName();
        if (source == null) {
            return "";
        }
        String lower = source.toLowerCase(Locale.ROOT);
        if (isEnvironment(source)) {
            return "environment";
        }
        if (lower.contains("sysprop") || lower.contains("system")) {
            return "system property";
        }
        if (lower.contains("microprofile-config.properties")) {
            return "defaults (microprofile-config.properties)";
        }
        return source;
    }

    private static boolean isEnvironment(String sourceName) {
        return sourceName != null && sourceName.toLowerCase(Locale.ROOT).contains("env");
    }

    /** MicroProfile Config's environment-variable form of a key: non-alphanumerics to '_', upper case. */
    static String envForm(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
