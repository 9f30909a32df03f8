package org.authgate.connectors.ldap;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS sockets that trust the configured trust store. The JNDI provider takes a socket factory by class name
 * ({@code java.naming.ldap.factory.socket}) and calls its static {@code getDefault()}, so the factory the connector
 * built is kept here; one trust store per server, as there is one {@code ldap} connector.
 */
public final class LdapTls extends SocketFactory {
    private static volatile SSLSocketFactory configured;

    private final SSLSocketFactory delegate;

    private LdapTls(SSLSocketFactory delegate) {
        this.delegate = delegate;
    }

    /** Called by the JNDI provider. */
    public static SocketFactory getDefault() {
        SSLSocketFactory f = configured;
        return new LdapTls(f != null ? f : (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** Builds the factory of {@code store} and makes it the one {@link #getDefault()} answers. */
    static SSLSocketFactory install(LdapConnectorConfig.TrustStore store) {
        try (InputStream in = Files.newInputStream(store.path())) {
            KeyStore keys = KeyStore.getInstance(store.type());
            keys.load(in, store.password().toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keys);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            configured = context.getSocketFactory();
            return configured;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(LdapConnectorConfig.TRUST_STORE_PATH + ": cannot load "
                    + store.path() + " as " + store.type() + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public Socket createSocket() throws IOException {
        return delegate.createSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return delegate.createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return delegate.createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return delegate.createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return delegate.createSocket(address, port, localAddress, localPort);
    }
}
