package org.authgate.web.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * A Content-Type header that is not a media type ({@code garbage}, {@code application/}) counts as
 * {@code application/octet-stream}: a body of no known type, which each route then refuses in its own format
 * (415, or Kuzzle's unsupported content). RESTEasy parses the header before any JAX-RS filter or mapper runs and
 * answered such a request with the container's HTML 400, so the header is put right a step earlier, in a
 * servlet filter.
 */
@WebFilter(filterName = "authgate-malformed-content-type", urlPatterns = "/*")
public class MalformedContentType implements Filter {
    static final String UNKNOWN = "application/octet-stream";
    private static final String CONTENT_TYPE = "Content-Type";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getHeader(CONTENT_TYPE) != null
                && !MediaTypeHeaders.isMediaType(http.getHeader(CONTENT_TYPE))) {
            chain.doFilter(new Unknown(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class Unknown extends HttpServletRequestWrapper {
        Unknown(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return UNKNOWN;
        }

        @Override
        public String getHeader(String name) {
            return CONTENT_TYPE.equalsIgnoreCase(name) ? UNKNOWN : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return CONTENT_TYPE.equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(UNKNOWN))
                    : super.getHeaders(name);
        }
    }
}
