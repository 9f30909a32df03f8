package org.authgate.web.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards request bodies. Refuses bodies above {@code authgate.http.max-body-bytes} with 413: early
 * from Content-Length, and while reading for chunked bodies, so a client cannot make the server
 * buffer megabytes of JSON. And turns a body the JSON provider cannot read into {@link
 * UnreadableBody}: RESTEasy reports it as a BadRequestException that carries its own plain-text
 * entity, which JAX-RS would send as it is, past every exception mapper and every dialect's format.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyGuard implements ContainerRequestFilter, ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "authgate.http.max-body-bytes")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            // UnreadableBody, not a ProblemException: the 413 is rendered by the dialect owning the path.
            throw new UnreadableBody(ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Bounded(context.getInputStream(), maxBytes, tooLarge()));
        try {
            return context.proceed();
        } catch (TooLarge e) {
            throw new UnreadableBody(ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
        } catch (RuntimeException | IOException e) {
            if (ErrorMappers.causedBy(e, TooLarge.class)) {
                throw new UnreadableBody(ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
            }
            throw new UnreadableBody(ProblemType.MALFORMED_JSON, "the request body is not valid JSON for this operation");
        }
    }

    /** A body that could not be read; mapped in the format of the dialect that owns the path. */
    public static final class UnreadableBody extends RuntimeException {
        private final ProblemType type;

        UnreadableBody(ProblemType type, String message) {
            super(message, null, false, false);
            this.type = type;
        }

        public ProblemType type() {
            return type;
        }
    }

    private String tooLarge() {
        return "request bodies are limited to " + maxBytes + " bytes";
    }

    /** Thrown from inside a read; the mappers find it in the cause chain. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private static final class Bounded extends FilterInputStream {
        private final long max;
        private final String message;
        private long count;

        Bounded(InputStream in, long max, String message) {
            super(in);
            this.max = max;
            this.message = message;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > max) {
                throw new TooLarge(message);
            }
        }
    }
}
