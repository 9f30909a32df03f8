package org.authgate.connectors.ldap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.BasicAttribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InvalidAttributeValueException;
import javax.naming.directory.ModificationItem;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;
import javax.net.ssl.SSLException;

/**
 * The directory as the connector uses it, over the JDK's JNDI LDAP provider: searches as the service account (pooled
 * connections, see {@link #connect}), binds as a user (a connection of its own, closed at once: a user's credentials
 * never sit in a pool).
 * Every operation is bounded by the connect and read timeouts; a directory that is down or hangs surfaces as an
 * {@link LdapUnavailable}, never as a wrong password.
 */
final class LdapDirectory {
    private static final Logger LOG = Logger.getLogger(LdapDirectory.class.getName());
    private static final String POOL_MAX_SIZE = "com.sun.jndi.ldap.connect.pool.maxsize";
    private static final String POOL_PROTOCOL = "com.sun.jndi.ldap.connect.pool.protocol";
    private static final String POOL_IDLE_TIMEOUT = "com.sun.jndi.ldap.connect.pool.timeout";

    /** An entry found: its DN and the values of the attributes asked for, by lower-case attribute name. */
    record Entry(LdapName dn, Map<String, List<String>> values) {
        Optional<String> first(String attribute) {
            return values.getOrDefault(attribute.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }

        List<String> all(String attribute) {
            return values.getOrDefault(attribute.toLowerCase(Locale.ROOT), List.of());
        }
    }

    private final LdapConnectorConfig config;
    /** The TLS of this configuration (its trust store, else the JVM's): StartTLS, and ldaps:// with a trust store. */
    private final LdapTls tls;

    LdapDirectory(LdapConnectorConfig config) {
        this.config = config;
        this.tls = config.trustStore().map(LdapTls::of).orElseGet(LdapTls::jvmDefault);
        // The JNDI pool is the JVM's and reads its sizes once, from system properties; an operator's own -D wins.
        setIfAbsent(POOL_MAX_SIZE, Integer.toString(config.poolMaxSize()));
        setIfAbsent(POOL_PROTOCOL, "plain ssl");
        setIfAbsent(POOL_IDLE_TIMEOUT, "300000");
    }

    /** The one entry the user filter finds for {@code login}; empty for none, and for several (ambiguous). */
    Optional<Entry> findUser(String login) {
        return searchOne(config.userFilter().with(login), "user filter");
    }

    /** The entry whose id attribute is {@code id}. */
    Optional<Entry> findById(String id) {
        return searchOne("(" + config.attributes().id() + "=" + LdapFilter.escape(id) + ")", "id attribute");
    }

    /**
     * True when {@code password} binds as {@code dn}, false when the directory says the credentials are wrong.
     * Never called with an empty password: that would be an anonymous bind, which succeeds.
     */
    boolean bind(String dn, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        try {
            connect(dn, password, false).close();
            return true;
        } catch (AuthenticationException e) {
            return false;
        } catch (NamingException e) {
            throw unavailable("bind", e);
        }
    }

    /** The group names (first RDN value of each group DN, lower case) of {@code user}. */
    Set<String> groups(Entry user) {
        List<String> dns = switch (config.groups().mode()) {
            case MEMBER_OF -> user.all(config.groups().memberOfAttribute());
            case SEARCH -> searchGroups(user.dn());
        };
        Set<String> names = new HashSet<>();
        for (String dn : dns) {
            try {
                LdapName name = new LdapName(dn);
                if (!name.isEmpty()) {
                    names.add(String.valueOf(name.getRdn(name.size() - 1).getValue()).toLowerCase(Locale.ROOT));
                }
            } catch (NamingException e) {
                LOG.fine(() -> "group DN not understood, ignored: " + dn);
            }
        }
        return names;
    }

    /** Replaces the password of {@code dn}, bound as that entry with {@code former}. */
    PasswordChange changePassword(String dn, String former, String replacement) {
        if (former == null || former.isEmpty()) {
            return PasswordChange.WRONG_FORMER;
        }
        DirContext ctx;
        try {
            ctx = connect(dn, former, false);
        } catch (AuthenticationException e) {
            return PasswordChange.WRONG_FORMER;
        } catch (NamingException e) {
            throw unavailable("bind", e);
        }
        try {
            ctx.modifyAttributes(new LdapName(dn), new ModificationItem[] {
                new ModificationItem(DirContext.REPLACE_ATTRIBUTE, new BasicAttribute("userPassword", replacement))});
            return PasswordChange.CHANGED;
        } catch (InvalidAttributeValueException | javax.naming.directory.InvalidAttributesException e) {
            return PasswordChange.REFUSED; // a password policy said no (constraint violation, quality check)
        } catch (javax.naming.NoPermissionException e) {
            throw new LdapUnavailable("the directory does not let users change their own password (ACL on userPassword)");
        } catch (NamingException e) {
            throw unavailable("modify", e);
        } finally {
            close(ctx);
        }
    }

    enum PasswordChange { CHANGED, WRONG_FORMER, REFUSED }

    /** A cheap read of the base entry as the service account: proves the URL, TLS, the account and the base DN. */
    void ping() {
        LdapContext ctx = serviceContext();
        try {
            SearchControls controls = new SearchControls(SearchControls.OBJECT_SCOPE, 1, config.readTimeoutMillis(),
                    new String[] {"1.1"}, false, false);
            close(ctx.search(config.baseDn(), "(objectClass=*)", controls));
        } catch (NamingException e) {
            throw unavailable("read of the base DN", e);
        } finally {
            close(ctx);
        }
    }

    private List<String> searchGroups(LdapName userDn) {
        LdapContext ctx = serviceContext();
        try {
            SearchControls controls = new SearchControls(SearchControls.SUBTREE_SCOPE, 1000,
                    config.readTimeoutMillis(), new String[] {"1.1"}, false, false);
            List<String> dns = new ArrayList<>();
            NamingEnumeration<SearchResult> found =
                    ctx.search(config.groups().baseDn(), config.groups().filter().with(userDn.toString()), controls);
            try {
                while (found.hasMore()) {
                    dns.add(found.next().getNameInNamespace());
                }
            } finally {
                close(found);
            }
            return dns;
        } catch (NamingException e) {
            throw unavailable("group search", e);
        } finally {
            close(ctx);
        }
    }

    private Optional<Entry> searchOne(String filter, String what) {
        LdapConnectorConfig.Attributes a = config.attributes();
        List<String> wanted = new ArrayList<>(List.of(a.id(), a.username(), a.email(), a.firstName(), a.lastName()));
        if (config.groups().mode() == LdapConnectorConfig.Groups.Mode.MEMBER_OF) {
            wanted.add(config.groups().memberOfAttribute());
        }
        // Count limit 2: one is the user, two says the filter is ambiguous, more is not worth reading.
        SearchControls controls = new SearchControls(SearchControls.SUBTREE_SCOPE, 2, config.readTimeoutMillis(),
                wanted.toArray(String[]::new), false, false);
        LdapContext ctx = serviceContext();
        try {
            List<Entry> entries = new ArrayList<>();
            NamingEnumeration<SearchResult> found = ctx.search(config.baseDn(), filter, controls);
            try {
                while (entries.size() < 2 && found.hasMore()) {
                    entries.add(entry(found.next()));
                }
            } catch (javax.naming.SizeLimitExceededException e) {
                // more than the count limit: ambiguous, as two
            } finally {
                close(found);
            }
            if (entries.size() > 1) {
                LOG.warning("the LDAP " + what + " matches several entries; nobody is logged in with it: " + filter);
                return Optional.empty();
            }
            return entries.stream().findFirst();
        } catch (NamingException e) {
            throw unavailable("search", e);
        } finally {
            close(ctx);
        }
    }

    private static Entry entry(SearchResult result) throws NamingException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        NamingEnumeration<? extends Attribute> attributes = result.getAttributes().getAll();
        while (attributes.hasMore()) {
            Attribute attribute = attributes.next();
            List<String> list = new ArrayList<>();
            for (int i = 0; i < attribute.size(); i++) {
                Object v = attribute.get(i);
                if (v instanceof String s) {
                    list.add(s);
                }
            }
            values.put(attribute.getID().toLowerCase(Locale.ROOT), List.copyOf(list));
        }
        return new Entry(new LdapName(result.getNameInNamespace()), values);
    }

    private LdapContext serviceContext() {
        try {
            return connect(config.bindDn(), config.bindPassword(), true);
        } catch (AuthenticationException e) {
            throw new LdapUnavailable("the directory refused the service account " + config.bindDn());
        } catch (NamingException e) {
            throw unavailable("bind of the service account", e);
        }
    }

    /**
     * A context bound as {@code dn}, over TLS when the configuration says so, the bind always after the handshake.
     *
     * <p>Pooled only for the service account over plain {@code ldap://} or over {@code ldaps://} with the JVM's trust:
     * JNDI's pool tells a custom socket factory apart by its class name only, so it would hand a connection checked
     * against one configuration's trust store to another's; and a StartTLS connection is never pooled (JNDI pools
     * connections as they were bound, not as they were upgraded). Those open a connection per operation.
     */
    private LdapContext connect(String dn, String password, boolean pooled) throws NamingException {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, config.providerUrl());
        env.put(Context.REFERRAL, "ignore");
        env.put("com.sun.jndi.ldap.connect.timeout", Integer.toString(config.connectTimeoutMillis()));
        env.put("com.sun.jndi.ldap.read.timeout", Integer.toString(config.readTimeoutMillis()));
        boolean ownSocketFactory = config.ldaps() && config.trustStore().isPresent();
        env.put("com.sun.jndi.ldap.connect.pool", Boolean.toString(pooled && !config.startTls() && !ownSocketFactory));
        if (ownSocketFactory) {
            env.put("java.naming.ldap.factory.socket", LdapTls.class.getName());
        }
        if (config.startTls()) {
            return tls.connecting(() -> startTls(env, dn, password));
        }
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, dn);
        env.put(Context.SECURITY_CREDENTIALS, password);
        return tls.connecting(() -> new InitialLdapContext(env, null));
    }

    /**
     * Opens the connection without credentials, upgrades it (the handshake checks the certificate and the host name),
     * then binds on that same connection: {@code reconnect} re-authenticates the context's connection, which the
     * StartTLS response has just turned into TLS. Should JNDI ever open a new connection instead, the JDK refuses to
     * send the password on it unencrypted: {@code jdk.jndi.ldap.mechsAllowedToSendCredentials} allows no mechanism.
     */
    private LdapContext startTls(Hashtable<String, Object> env, String dn, String password) throws NamingException {
        env.put(Context.SECURITY_AUTHENTICATION, "none");
        env.put("jdk.jndi.ldap.mechsAllowedToSendCredentials", "none");
        LdapContext ctx = new InitialLdapContext(env, null);
        try {
            StartTlsResponse upgrade = (StartTlsResponse) ctx.extendedOperation(new StartTlsRequest());
            upgrade.negotiate(tls);
            ctx.addToEnvironment(Context.SECURITY_AUTHENTICATION, "simple");
            ctx.addToEnvironment(Context.SECURITY_PRINCIPAL, dn);
            ctx.addToEnvironment(Context.SECURITY_CREDENTIALS, password);
            ctx.reconnect(null);
            return ctx;
        } catch (IOException e) {
            close(ctx);
            CommunicationException refused = new CommunicationException("StartTLS handshake refused: "
                    + e.getClass().getSimpleName());
            refused.setRootCause(e);
            throw refused;
        } catch (NamingException | RuntimeException e) {
            close(ctx);
            throw e;
        }
    }

    private static LdapUnavailable unavailable(String operation, NamingException e) {
        // The explanation may name hosts but never credentials; the root cause says timeout or refused connection.
        // A TLS refusal says why (an untrusted certificate, a host name it does not name): the operator's first question.
        Throwable root = e.getRootCause() != null ? e.getRootCause() : e;
        return new LdapUnavailable("LDAP " + operation + " failed: " + e.getClass().getSimpleName()
                + (root != e ? " (" + root.getClass().getSimpleName() + ")" : "") + ": " + e.getExplanation()
                + (root instanceof SSLException ? ": " + root.getMessage() : ""));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void close(Object closable) {
        try {
            if (closable instanceof Context c) {
                c.close();
            } else if (closable instanceof NamingEnumeration<?> n) {
                n.close();
            }
        } catch (NamingException e) {
            // nothing left to do with it
        }
    }
}
