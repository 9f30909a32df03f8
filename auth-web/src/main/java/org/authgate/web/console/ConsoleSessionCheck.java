package org.authgate.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.authgate.web.http.RequestContext;

/**
 * Every request of a signed-in console re-verifies the core session its sign-in opened ({@link ConsoleUser}): the
 * container keeps the authentication in the HTTP session, which would otherwise outlive a ban, a disable, a
 * demotion or a revocation of its administrator. When the core session is no longer valid or its owner no longer an
 * administrator (role, no ban, and the second factor the admin API also requires), the core session and the HTTP session end and the browser goes to the sign-in page. A check is
 * answered from the node's memory when nothing changed (no transaction, no database).
 */
@WebFilter(urlPatterns = "/admin/*")
public class ConsoleSessionCheck extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** Where an ended console goes; the page says why. */
    static final String ENDED_PAGE = ConsoleSecurity.LOGIN_PAGE + "?ended=true";

    @Inject
    transient ConsoleUser user;

    @Inject
    transient RequestContext requestContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Not signed in: the security constraint sends the browser to sign in. Static resources show nothing.
        if (request.getUserPrincipal() == null || path.startsWith("/admin/jakarta.faces.resource/")
                || user.isStillAdministrator()) {
            chain.doFilter(request, response);
            return;
        }
        user.end(requestContext.client("authgate-console"));
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        redirect(request, response, request.getContextPath() + ENDED_PAGE);
    }

    /** A Faces Ajax request gets its redirect as a partial response, which the page's script follows. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(url);
    }
}
