package org.authgate.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.authgate.web.http.RequestContext;

/**
 * {@code GET /admin/audit.csv?event=…&address=…}: the audit rows matching the audit page's filters as CSV,
 * written while they are read in keyset chunks, so no export is ever held in memory. Under /admin, so
 * web.xml's constraint lets only the console role in (it checks the role again, for a mapping changed one
 * day). A read, so a GET, but one that writes its own ADMIN_ACTION record: a request a browser marks as
 * sent by another site ({@code Sec-Fetch-Site: cross-site}) is refused.
 */
@WebServlet(urlPatterns = AuditExportServlet.PATH)
public class AuditExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AuditExportServlet.class.getName());

    static final String PATH = "/admin/audit.csv";
    /** The same path, relative to a console page. */
    static final String PATH_IN_CONSOLE = "audit.csv";
    static final List<String> HEADER = List.of("id", "at", "event", "outcome", "tenant", "connector", "dialect", "username",
            "session", "client_id", "address", "user_agent", "reason", "actor", "target");

    /**
     * The cookie PrimeFaces.monitorDownload waits for (audit.xhtml's export link, console.js): PrimeFaces' name for
     * view /audit.xhtml and monitor key "export", value "true", on the context path, readable by the page's script.
     */
    static final String DOWNLOAD_COOKIE = "primefaces.download_audit_export";

    @Inject
    transient AuditFacade facade;

    @Inject
    transient ConsoleUser user;

    @Inject
    transient RequestContext requestContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(ConsoleSecurity.CONSOLE_ROLE) || !user.isSignedIn()) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, "The audit export needs a signed-in administrator.");
            return;
        }
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            // A GET can be sent by any page (an image, a link): another site must not make an administrator's
            // browser export, which would also write an audit record in their name.
            plain(response, HttpServletResponse.SC_FORBIDDEN, "The audit export is opened from the console only.");
            return;
        }
        AuditFacade.AuditCriteria criteria;
        try {
            criteria = criteria(request);
            facade.validate(criteria);
        } catch (InvalidCriteria e) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, "Cannot export: " + e.getMessage());
            return;
        }
        downloadStarted(request, response);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"authgate-audit.csv\"");
        Writer out = response.getWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(HEADER);
        try {
            // The export's audit record is written before the first row is read, and before anything is sent.
            facade.export(criteria, user.username(), requestContext.client(SessionActions.CLIENT_ID), rows -> {
                try {
                    for (AuditFacade.AuditRow r : rows) {
                        csv.row(Arrays.asList(r.id(), r.at().toString(), r.event(), r.outcome(), r.tenant(), r.connector(),
                                r.dialect(), r.username(), r.sessionId(), r.clientId(), r.remoteAddress(),
                                r.userAgent(), r.reason(), r.actor(), r.target()));
                    }
                    // Each chunk goes out before the next is read: the response is streamed, not buffered whole.
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            LOG.fine(() -> "audit export stopped: the client went away (" + e.getCause().getMessage() + ")");
        }
    }

    /** The query string ({@code ?…}, or empty) of an export with these filters; the inverse of {@link #criteria}. */
    static String query(AuditFacade.AuditCriteria c) {
        Map<String, String> values = c.values();
        return values.isEmpty() ? "" : values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    static AuditFacade.AuditCriteria criteria(HttpServletRequest request) {
        Instant from = CriteriaValues.instant("from", request.getParameter("from"));
        Instant to = CriteriaValues.instant("to", request.getParameter("to"));
        return new AuditFacade.AuditCriteria(request.getParameter("event"), request.getParameter("outcome"),
                request.getParameter("username"), request.getParameter("actor"), request.getParameter("dialect"),
                request.getParameter("connector"), request.getParameter("address"), from, to);
    }

    /**
     * Tells the page's download monitor that the export's answer is here, so the busy indicator goes. It says
     * nothing secret, and the page's script must read it: not HttpOnly.
     */
    private static void downloadStarted(HttpServletRequest request, HttpServletResponse response) {
        Cookie done = new Cookie(DOWNLOAD_COOKIE, "true");
        done.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        done.setSecure(request.isSecure());
        done.setAttribute("SameSite", "Strict");
        response.addCookie(done);
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(message);
    }
}
