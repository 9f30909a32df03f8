package org.authgate.web.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every console response: the headers that keep it out of frames and sniffing, and the redirect of
 * {@code /admin} and {@code /admin/} to the dashboard (an empty view id would be a Faces error). Scripts
 * come only from the server and from the inline widget scripts PrimeFaces writes ('unsafe-inline'):
 * PrimeFaces' nonce mode (primefaces.CSP) refused postbacks on WildFly with "CSP nonce mismatch", so it
 * stays off until that is understood; no eval, no plugins, no framing, forms post only to the console.
 */
@WebFilter(urlPatterns = "/admin/*")
public class ConsoleFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", POLICY);
        // The path from the request URI, not getPathInfo(): a servlet mapped to an exact path under /admin
        // (the audit export) has no path info, and must not be taken for /admin itself.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("/admin".equals(path) || "/admin/".equals(path)) {
            response.sendRedirect(request.getContextPath() + ConsoleSecurity.HOME_PAGE);
            return;
        }
        if (!path.startsWith("/admin/jakarta.faces.resource/")) {
            // Pages show live data and an administrator's name: nothing of them stays in a cache.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
