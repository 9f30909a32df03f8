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
 * {@code /admin} and {@code /admin/} to the dashboard (an empty view id would be a Faces error). A page's
 * Content-Security-Policy is written by PrimeFaces (web.xml: primefaces.CSP), because only it knows the
 * nonce of the scripts it renders; everything else under /admin (redirects, downloads, errors) gets
 * {@link #POLICY}, which allows nothing to run.
 */
@WebFilter(urlPatterns = "/admin/*")
public class ConsoleFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        // The path from the request URI, not getPathInfo(): a servlet mapped to an exact path under /admin
        // (the audit export) has no path info, and must not be taken for /admin itself.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.endsWith(".xhtml")) {
            response.setHeader("Content-Security-Policy", POLICY);
        }
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
