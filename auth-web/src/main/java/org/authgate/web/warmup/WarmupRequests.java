package org.authgate.web.warmup;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.authgate.web.metrics.Unmeasured;

/**
 * Recognises the node's own warm-up requests ({@link Warmup}) by the secret only this JVM knows, compared in constant
 * time, while the warm-up runs: they are acknowledged (so the warm-up knows it reached itself and not another server)
 * and left out of the metrics. Any other request, and every request once the warm-up is over, passes untouched: the
 * header then means nothing.
 */
@WebFilter(filterName = "authgate-warmup-requests", urlPatterns = "/*")
public class WarmupRequests implements Filter {

    @Inject
    Warmup warmup;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> secret = warmup.secret();
        if (secret.isPresent() && request instanceof HttpServletRequest http
                && response instanceof HttpServletResponse answer && matches(http.getHeader(Warmup.HEADER), secret.get())) {
            answer.setHeader(Warmup.HEADER, Warmup.ACCEPTED);
            Unmeasured.<ServletException>during(() -> chain.doFilter(request, response));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean matches(String presented, String secret) {
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }
}
