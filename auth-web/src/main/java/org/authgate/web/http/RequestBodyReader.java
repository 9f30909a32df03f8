package org.authgate.web.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads every request body the JAX-RS runtime hands to a resource:
 * <ul>
 * <li>at most {@code authgate.http.max-body-bytes}, also for a chunked body that announced no length (413);</li>
 * <li>a JSON body is read whole first and checked against {@link JsonLimits} (depth, string and number length)
 * before JSON-B binds it or a dialect parses it as text with JSON-P: over a limit is malformed JSON (400);</li>
 * <li>a JSON body bound by JSON-B (not read as text) must also be well-formed: Yasson, skipping the value of an
 * unknown property in a truncated body such as <code>{"x":{"a":1</code>, loops forever in Parsson. A dialect that reads
 * its body as text reports a syntax error in its own way (Azuriom: no input, 422);</li>
 * <li>anything a reader fails on becomes {@link RequestBodyGuard.UnreadableBody}: RESTEasy would report it as a
 * BadRequestException carrying its own plain-text entity, past every exception mapper and dialect format.</li>
 * </ul>
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class RequestBodyReader implements ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "authgate.http.max-body-bytes")
    long maxBytes;

    @Inject
    JsonLimits jsonLimits;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new BoundedBody(context.getInputStream(), maxBytes, tooLarge()));
        try {
            if (isJson(context.getMediaType())) {
                checkJson(context);
            }
            return context.proceed();
        } catch (RequestBodyGuard.UnreadableBody e) {
            throw e;
        } catch (RequestBodyGuard.TooLarge e) {
            throw new RequestBodyGuard.UnreadableBody(ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
        } catch (RuntimeException | IOException e) {
            if (ErrorMappers.causedBy(e, RequestBodyGuard.TooLarge.class)) {
                throw new RequestBodyGuard.UnreadableBody(ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
            }
            throw malformed("the request body is not valid JSON for this operation");
        }
    }

    /** Checks the whole body, then hands the readers the same bytes. */
    private void checkJson(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        Charset charset;
        try {
            String name = context.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
            charset = name == null ? StandardCharsets.UTF_8 : Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw malformed("the request body's charset is unknown");
        }
        // decoded with the charset the text readers use, so the check sees what they parse
        String text = new String(body, charset);
        if (!text.isBlank()) {
            boolean wellFormed;
            try {
                wellFormed = jsonLimits.check(new StringReader(text));
            } catch (JsonLimits.Exceeded e) {
                throw malformed("the request body has " + e.getMessage());
            }
            if (!wellFormed && context.getType() != String.class) {
                throw malformed("the request body is not valid JSON for this operation");
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
    }

    private static boolean isJson(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    private static RequestBodyGuard.UnreadableBody malformed(String message) {
        return new RequestBodyGuard.UnreadableBody(ProblemType.MALFORMED_JSON, message);
    }

    private String tooLarge() {
        return "request bodies are limited to " + maxBytes + " bytes";
    }
}
