package org.authgate.connectors.ldap;

import static org.authgate.connectors.config.ConfigValues.integer;
import static org.authgate.connectors.config.ConfigValues.requireRange;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code ldap} connector's settings ({@code authgate.connector.ldap.*}), checked when built so that a typo stops
 * the deployment instead of refusing every login.
 *
 * @param urls              {@code ldap://} or {@code ldaps://} URLs, tried in order (fail-over)
 * @param startTls          upgrade every {@code ldap://} connection with StartTLS before its bind
 * @param trustStore        the trust store for {@code ldaps://} and StartTLS; empty: the JVM's default trust
 * @param bindDn            the service account that searches users
 * @param bindPassword      its password
 * @param baseDn            where users are searched (subtree)
 * @param userFilter        the filter that finds a user by login name, with {@code {0}}
 * @param attributes        which entry attribute gives the identity's id, username, email and names
 * @param groups            how a user's groups are found
 * @param roles             group name (the first RDN value of the group's DN, {@code cn} mostly) to authgate role
 * @param connectTimeoutMillis how long opening a connection may take
 * @param readTimeoutMillis how long the directory may take to answer one operation
 * @param poolMaxSize       pooled connections of the service account (the JVM-wide JNDI pool)
 */
public record LdapConnectorConfig(
        List<URI> urls,
        boolean startTls,
        Optional<TrustStore> trustStore,
        String bindDn,
        String bindPassword,
        LdapName baseDn,
        LdapFilter userFilter,
        Attributes attributes,
        Groups groups,
        Map<String, String> roles,
        int connectTimeoutMillis,
        int readTimeoutMillis,
        int poolMaxSize) {

    public static final String PREFIX = "authgate.connector.ldap.";
    public static final String URLS = PREFIX + "urls";
    public static final String START_TLS = PREFIX + "start-tls";
    public static final String TRUST_STORE_PATH = PREFIX + "trust-store.path";
    public static final String TRUST_STORE_PASSWORD = PREFIX + "trust-store.password";
    public static final String TRUST_STORE_TYPE = PREFIX + "trust-store.type";
    public static final String BIND_DN = PREFIX + "bind-dn";
    public static final String BIND_PASSWORD = PREFIX + "bind-password";
    public static final String BASE_DN = PREFIX + "base-dn";
    public static final String USER_FILTER = PREFIX + "user-filter";
    public static final String ATTRIBUTE_ID = PREFIX + "attribute.id";
    public static final String ATTRIBUTE_USERNAME = PREFIX + "attribute.username";
    public static final String ATTRIBUTE_EMAIL = PREFIX + "attribute.email";
    public static final String ATTRIBUTE_FIRST_NAME = PREFIX + "attribute.first-name";
    public static final String ATTRIBUTE_LAST_NAME = PREFIX + "attribute.last-name";
    public static final String GROUPS_MODE = PREFIX + "groups.mode";
    public static final String GROUPS_MEMBER_OF_ATTRIBUTE = PREFIX + "groups.member-of-attribute";
    public static final String GROUPS_BASE_DN = PREFIX + "groups.base-dn";
    public static final String GROUPS_FILTER = PREFIX + "groups.filter";
    public static final String ROLES = PREFIX + "roles";
    public static final String CONNECT_TIMEOUT_MILLIS = PREFIX + "connect-timeout-millis";
    public static final String READ_TIMEOUT_MILLIS = PREFIX + "read-timeout-millis";
    public static final String POOL_MAX_SIZE = PREFIX + "pool.max-size";

    public static final String DEFAULT_USER_FILTER = "(&(objectClass=inetOrgPerson)(uid={0}))";
    public static final String DEFAULT_GROUPS_FILTER = "(&(objectClass=groupOfNames)(member={0}))";
    public static final int DEFAULT_CONNECT_TIMEOUT_MILLIS = 3000;
    public static final int DEFAULT_READ_TIMEOUT_MILLIS = 5000;
    public static final int DEFAULT_POOL_MAX_SIZE = 10;

    /** Attribute names of the user entry. */
    public record Attributes(String id, String username, String email, String firstName, String lastName) {
        public Attributes {
            for (String name : new String[] {id, username, email, firstName, lastName}) {
                requireAttributeName(name);
            }
        }
    }

    /** Where groups come from: the user entry's {@code memberOf} values, or a search for groups naming the user. */
    public record Groups(Mode mode, String memberOfAttribute, LdapName baseDn, LdapFilter filter) {
        public enum Mode { MEMBER_OF, SEARCH }

        public Groups {
            requireAttributeName(memberOfAttribute);
        }
    }

    /**
     * A trust store file: PKCS12 or JKS (its password may be empty for a store of public certificates), or PEM (one
     * or more certificates, no password). Loaded when built, so that start-up says what is wrong with it.
     */
    public record TrustStore(Path path, String password, String type) {
        public TrustStore {
            if (!Files.isReadable(path)) {
                throw new IllegalArgumentException(TRUST_STORE_PATH + ": cannot read " + path);
            }
            password = password == null ? "" : password;
            LdapTls.load(path, password, type);
        }
    }

    public LdapConnectorConfig {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException(URLS + " must name at least one ldap:// or ldaps:// URL");
        }
        for (URI url : urls) {
            if (!"ldap".equals(url.getScheme()) && !"ldaps".equals(url.getScheme()) || url.getHost() == null) {
                throw new IllegalArgumentException(URLS + ": '" + url + "' is not an ldap:// or ldaps:// URL with a host");
            }
            if (url.getPath() != null && !url.getPath().isEmpty() && !"/".equals(url.getPath())) {
                throw new IllegalArgumentException(URLS + ": put the DN in " + BASE_DN + ", not in the URL " + url);
            }
        }
        // One socket factory serves every URL of a JNDI context: all ldaps:// or all ldap://.
        if (urls.stream().map(URI::getScheme).distinct().count() > 1) {
            throw new IllegalArgumentException(URLS + ": all ldaps:// or all ldap://, not both");
        }
        if (startTls && ldaps(urls)) {
            throw new IllegalArgumentException(START_TLS + "=true upgrades ldap:// connections: with ldaps:// URLs,"
                    + " leave it false");
        }
        trustStore = trustStore == null ? Optional.empty() : trustStore;
        requireText(BIND_DN, bindDn);
        // An empty password is an anonymous bind, which most directories accept: it would prove nothing.
        requireText(BIND_PASSWORD, bindPassword);
        roles = Map.copyOf(roles);
        requireRange(CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis, 100, 60_000);
        requireRange(READ_TIMEOUT_MILLIS, readTimeoutMillis, 100, 120_000);
        requireRange(POOL_MAX_SIZE, poolMaxSize, 1, 500);
    }

    /** The settings in effect, by key, for the admin console (which masks the password by its key). */
    public Map<String, String> asMap() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put(URLS, String.join(" ", urls.stream().map(URI::toString).toList()));
        keys.put(START_TLS, Boolean.toString(startTls));
        keys.put(TRUST_STORE_PATH, trustStore.map(t -> t.path().toString()).orElse(""));
        keys.put(TRUST_STORE_TYPE, trustStore.map(TrustStore::type).orElse(""));
        keys.put(BIND_DN, bindDn);
        keys.put(BIND_PASSWORD, bindPassword);
        keys.put(BASE_DN, baseDn.toString());
        keys.put(USER_FILTER, userFilter.template());
        keys.put(ATTRIBUTE_ID, attributes.id());
        keys.put(ATTRIBUTE_USERNAME, attributes.username());
        keys.put(ATTRIBUTE_EMAIL, attributes.email());
        keys.put(ATTRIBUTE_FIRST_NAME, attributes.firstName());
        keys.put(ATTRIBUTE_LAST_NAME, attributes.lastName());
        keys.put(GROUPS_MODE, groups.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        keys.put(GROUPS_MEMBER_OF_ATTRIBUTE, groups.memberOfAttribute());
        keys.put(GROUPS_BASE_DN, groups.baseDn().toString());
        keys.put(GROUPS_FILTER, groups.filter().template());
        keys.put(ROLES, String.join(",", roles.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        keys.put(CONNECT_TIMEOUT_MILLIS, Integer.toString(connectTimeoutMillis));
        keys.put(READ_TIMEOUT_MILLIS, Integer.toString(readTimeoutMillis));
        keys.put(POOL_MAX_SIZE, Integer.toString(poolMaxSize));
        return keys;
    }

    /** True when the connections are TLS from their first byte. */
    boolean ldaps() {
        return ldaps(urls);
    }

    private static boolean ldaps(List<URI> urls) {
        return "ldaps".equals(urls.get(0).getScheme());
    }

    /** The JNDI provider URL: the URLs separated by spaces, which it tries in order. */
    String providerUrl() {
        return String.join(" ", urls.stream().map(URI::toString).toList());
    }

    /** Reads the {@code authgate.connector.ldap.*} keys; the URL, bind DN, password and base DN have no default. */
    public static LdapConnectorConfig from(Config config) {
        return read(key -> config.getOptionalValue(key, String.class));
    }

    /** As {@link #from(Config)}, for tests and tools that have no MicroProfile Config. */
    public static LdapConnectorConfig fromMap(Map<String, String> values) {
        return read(key -> Optional.ofNullable(values.get(key)));
    }

    private static LdapConnectorConfig read(Function<String, Optional<String>> raw) {
        Function<String, Optional<String>> source = key -> raw.apply(key).map(String::strip).filter(s -> !s.isEmpty());
        List<URI> urls = Arrays.stream(source.apply(URLS).orElse("").split("[,\\s]+")).filter(s -> !s.isEmpty())
                .map(s -> uri(s)).toList();
        Optional<TrustStore> trustStore = source.apply(TRUST_STORE_PATH).map(path -> new TrustStore(Path.of(path),
                raw.apply(TRUST_STORE_PASSWORD).orElse(""), source.apply(TRUST_STORE_TYPE).orElse("PKCS12")));
        LdapName baseDn = dn(BASE_DN, source.apply(BASE_DN).orElseThrow(() -> missing(BASE_DN)));
        Groups.Mode mode = switch (source.apply(GROUPS_MODE).orElse("member-of").toLowerCase(Locale.ROOT)) {
            case "member-of" -> Groups.Mode.MEMBER_OF;
            case "search" -> Groups.Mode.SEARCH;
            default -> throw new IllegalArgumentException(GROUPS_MODE + " must be member-of or search");
        };
        return new LdapConnectorConfig(urls,
                bool(source, START_TLS),
                trustStore,
                source.apply(BIND_DN).orElseThrow(() -> missing(BIND_DN)),
                raw.apply(BIND_PASSWORD).orElseThrow(() -> missing(BIND_PASSWORD)),
                baseDn,
                new LdapFilter(source.apply(USER_FILTER).orElse(DEFAULT_USER_FILTER)),
                new Attributes(source.apply(ATTRIBUTE_ID).orElse("entryUUID"),
                        source.apply(ATTRIBUTE_USERNAME).orElse("uid"),
                        source.apply(ATTRIBUTE_EMAIL).orElse("mail"),
                        source.apply(ATTRIBUTE_FIRST_NAME).orElse("givenName"),
                        source.apply(ATTRIBUTE_LAST_NAME).orElse("sn")),
                new Groups(mode, source.apply(GROUPS_MEMBER_OF_ATTRIBUTE).orElse("memberOf"),
                        source.apply(GROUPS_BASE_DN).map(d -> dn(GROUPS_BASE_DN, d)).orElse(baseDn),
                        new LdapFilter(source.apply(GROUPS_FILTER).orElse(DEFAULT_GROUPS_FILTER))),
                roles(source.apply(ROLES).orElse("")),
                integer(source, CONNECT_TIMEOUT_MILLIS, DEFAULT_CONNECT_TIMEOUT_MILLIS),
                integer(source, READ_TIMEOUT_MILLIS, DEFAULT_READ_TIMEOUT_MILLIS),
                integer(source, POOL_MAX_SIZE, DEFAULT_POOL_MAX_SIZE));
    }

    /** {@code group=role} pairs separated by commas; one group may give several roles in several pairs. */
    private static Map<String, String> roles(String text) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException(ROLES + ": expected group=role pairs, got '" + pair + "'");
            }
            roles.merge(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip(), (a, b) -> a + " " + b);
        }
        return roles;
    }

    private static URI uri(String text) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(URLS + ": '" + text + "' is not a URL");
        }
    }

    private static LdapName dn(String key, String text) {
        try {
            return new LdapName(text);
        } catch (InvalidNameException e) {
            throw new IllegalArgumentException(key + ": '" + text + "' is not a DN");
        }
    }

    private static void requireAttributeName(String name) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9-]*|[0-9]+(\\.[0-9]+)+")) {
            throw new IllegalArgumentException("'" + name + "' is not an LDAP attribute name");
        }
    }

    private static void requireText(String key, String value) {
        if (value == null || value.isBlank()) {
            throw missing(key);
        }
    }

    private static IllegalArgumentException missing(String key) {
        return new IllegalArgumentException(key + " must be set when the ldap connector is enabled");
    }

    private static boolean bool(Function<String, Optional<String>> source, String key) {
        String text = source.apply(key).orElse("false").toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, not '" + text + "'");
        }
        return Boolean.parseBoolean(text);
    }
}
