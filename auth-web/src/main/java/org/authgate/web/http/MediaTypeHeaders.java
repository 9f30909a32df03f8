package org.authgate.web.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An Accept header that cannot be read, before routing reads it: RESTEasy failed on {@code *}{@code /*;q=x}
 * outside every exception mapper (a 500). It states no preference (RFC 9110 lets a server ignore it), so it
 * counts as {@code *}{@code /*}. The media-type syntax is also {@link MalformedContentType}'s.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 150)
public class MediaTypeHeaders implements ContainerRequestFilter {
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN
            + "(\\s*;\\s*(" + TOKEN + "\\s*=\\s*(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))?)*\\s*");
    private static final Pattern QUALITY_PARAMETER = Pattern.compile(";\\s*[qQ]\\s*=\\s*([^;\\s]*)");
    private static final Pattern QUALITY = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && !accept.stream().allMatch(a -> isAcceptable(a) && Arrays.stream(a.split(","))
                .allMatch(range -> range.isBlank() || readable(range)))) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.WILDCARD);
        }
    }

    /** A media type (RFC 9110 §8.3.1). */
    static boolean isMediaType(String value) {
        return isWellFormed(value);
    }

    /** Media ranges, each with a quality of at most three decimals if any. */
    static boolean isAcceptable(String header) {
        for (String range : header.split(",")) {
            if (range.isBlank()) {
                continue;
            }
            if (!isWellFormed(range)) {
                return false;
            }
            var q = QUALITY_PARAMETER.matcher(range);
            while (q.find()) {
                if (!QUALITY.matcher(q.group(1)).matches()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The syntax: {@code type/subtype} and parameters (empty ones tolerated: {@code application/json;}). */
    static boolean isWellFormed(String value) {
        return MEDIA_TYPE.matcher(value).matches();
    }

    /** The runtime's own parser (RESTEasy's, Payara's) must read it too. */
    private static boolean readable(String value) {
        try {
            MediaType.valueOf(value.strip());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
