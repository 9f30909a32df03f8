package org.authgate.web.http;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.authgate.core.session.ClientInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Who is calling: address, user agent and bearer token of the current request. */
@RequestScoped
public class RequestContext {

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "authgate.http.trusted-proxies")
    int trustedProxies;

    public ClientInfo client(String clientId) {
        return client(clientId, null);
    }

    public ClientInfo client(String clientId, String deviceInfo) {
        return ClientInfo.of(clientId, remoteAddress(), request.getHeader(HttpHeaders.USER_AGENT), deviceInfo);
    }

    /** The client's address: see {@link ForwardedAddress} for what of X-Forwarded-For is believed. */
    public String remoteAddress() {
        return ForwardedAddress.of(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"), trustedProxies);
    }

    /** The token of an {@code Authorization: Bearer} header, if any. */
    public Optional<String> bearerToken() {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    public String header(String name) {
        return request.getHeader(name);
    }
}
