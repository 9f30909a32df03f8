package org.authgate.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.authgate.web.core.ServerMode;

/**
 * Production mode's rules for the transport, on every request (web.xml maps it first, before any other filter):
 * <ul>
 * <li>every response over HTTPS carries {@value #HSTS_VALUE} as Strict-Transport-Security (console and APIs alike),
 * so a browser that reached the server once over HTTPS never uses plain HTTP for it again; never over HTTP, where
 * RFC 6797 §7.2 forbids it and browsers ignore it;</li>
 * <li>the console ({@code /admin}) over plain HTTP is refused with 403 and a line saying HTTPS, never redirected: the
 * redirect would need the public HTTPS port and host (a proxy may change both), and what a plain-HTTP request carried
 * (a password, a session cookie) has crossed the network in clear already; refusing it means the sign-in form is
 * never processed, nor any console action.</li>
 * </ul>
 * "Over HTTPS" is {@link HttpServletRequest#isSecure()}: behind a proxy that ends TLS, the server's listener is told
 * the original scheme (WildFly: {@code proxy-address-forwarding}, Payara: {@code scheme-mapping}); authgate reads no
 * forwarded scheme itself ({@code authgate.http.trusted-proxies} covers the client address only). In development
 * mode this filter does nothing (an HSTS header on localhost would pin every local development server to HTTPS).
 */
public class TransportSecurity extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** One year, the value the HSTS preload list asks for; no includeSubDomains: other hosts of the domain are not ours. */
    static final String HSTS_VALUE = "max-age=31536000";

    private boolean production;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        production = ServerMode.configured().production();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (production) {
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", HSTS_VALUE);
            } else if (console(request)) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setHeader("Cache-Control", "no-store");
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream().write(
                        "The authgate console is served over HTTPS only.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Under /admin as the request was written or as the container maps it (decoded, normalised: {@code /%61dmin/}
     * and {@code /x/../admin/} reach the Faces servlet too).
     */
    static boolean console(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return underAdmin(request.getRequestURI().substring(request.getContextPath().length()))
                || underAdmin(request.getServletPath() + (pathInfo == null ? "" : pathInfo));
    }

    private static boolean underAdmin(String path) {
        return path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/admin;");
    }
}
