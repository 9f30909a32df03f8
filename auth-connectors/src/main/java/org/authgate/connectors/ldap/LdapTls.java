package org.authgate.connectors.ldap;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Locale;
import javax.naming.NamingException;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS sockets that trust one trust store and check the directory's host name in every handshake (endpoint
 * identification {@code LDAPS}: the certificate must name the host of the URL). Used for {@code ldaps://} and for
 * StartTLS; never a trust-all.
 *
 * <p>The JNDI provider takes an {@code ldaps://} socket factory by class name ({@code java.naming.ldap.factory.socket})
 * and calls its static {@link #getDefault()} on the thread that opens the connection. So that several connector
 * configurations (several deployments, a configuration read again) never use each other's trust, the factory is
 * not a JVM-wide static: {@link LdapDirectory} names the one of its configuration for the duration of one
 * connection opening ({@link #connecting}), and {@code getDefault()} outside of that fails instead of falling back
 * to some other trust.
 */
public final class LdapTls extends SSLSocketFactory {
    private static final ThreadLocal<LdapTls> CONNECTING = new ThreadLocal<>();

    private final SSLSocketFactory delegate;

    private LdapTls(SSLSocketFactory delegate) {
        this.delegate = delegate;
    }

    /** Called by the JNDI provider while {@link #connecting} runs on this thread. */
    public static SocketFactory getDefault() {
        LdapTls tls = CONNECTING.get();
        if (tls == null) {
            throw new IllegalStateException("LdapTls used outside of a connection opened by the ldap connector");
        }
        return tls;
    }

    /** The factory that trusts {@code store} only; a store that cannot be read is an IllegalArgumentException. */
    static LdapTls of(LdapConnectorConfig.TrustStore store) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(store.path(), store.password(), store.type()));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return new LdapTls(context.getSocketFactory());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(LdapConnectorConfig.TRUST_STORE_PATH + ": cannot use " + store.path()
                    + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The JVM's trust ({@code javax.net.ssl.trustStore}, else the JDK's cacerts), with the host name check. */
    static LdapTls jvmDefault() {
        return new LdapTls((SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /**
     * The certificates of {@code store}: a PKCS12 or JKS key store, or a PEM file of one or more certificates.
     * Checked at start-up (the configuration's constructor), so that a wrong path, password or type stops the
     * deployment with this message instead of failing every login.
     */
    static KeyStore load(Path path, String password, String storeType) {
        String type = storeType.toUpperCase(Locale.ROOT);
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore keys;
            if ("PEM".equals(type)) {
                keys = KeyStore.getInstance("PKCS12");
                keys.load(null, null);
                int i = 0;
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    keys.setCertificateEntry("ca-" + i++, certificate);
                }
            } else {
                keys = KeyStore.getInstance(type);
                keys.load(in, password.toCharArray());
            }
            if (keys.size() == 0) {
                throw new IllegalArgumentException(LdapConnectorConfig.TRUST_STORE_PATH + ": " + path
                        + " holds no certificate: it would trust no directory");
            }
            return keys;
        } catch (IOException | GeneralSecurityException e) {
            // IOException: unreadable, or a wrong password / not a store of that type (the JDK cannot tell them apart)
            throw new IllegalArgumentException(LdapConnectorConfig.TRUST_STORE_PATH + ": cannot read " + path
                    + " as " + type + " (" + e.getClass().getSimpleName() + ": wrong path, type or "
                    + LdapConnectorConfig.TRUST_STORE_PASSWORD + "?)", e);
        }
    }

    /** Runs {@code open} with this factory as the one {@link #getDefault()} answers on this thread. */
    <T> T connecting(Opening<T> open) throws NamingException {
        LdapTls before = CONNECTING.get();
        CONNECTING.set(this);
        try {
            return open.open();
        } finally {
            if (before == null) {
                CONNECTING.remove();
            } else {
                CONNECTING.set(before);
            }
        }
    }

    /** A JNDI call that opens a connection. */
    @FunctionalInterface
    interface Opening<T> {
        T open() throws NamingException;
    }

    /** The handshake checks the host name: JNDI does so for ldaps:// too, this holds whatever the JDK's settings. */
    private static Socket verifyingHost(Socket socket) {
        if (socket instanceof SSLSocket ssl) {
            SSLParameters parameters = ssl.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("LDAPS");
            ssl.setSSLParameters(parameters);
        }
        return socket;
    }

    @Override
    public Socket createSocket() throws IOException {
        return verifyingHost(delegate.createSocket());
    }

    @Override
    public Socket createSocket(Socket layered, String host, int port, boolean autoClose) throws IOException {
        return verifyingHost(delegate.createSocket(layered, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return verifyingHost(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return verifyingHost(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return verifyingHost(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return verifyingHost(delegate.createSocket(address, port, localAddress, localPort));
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }
}
