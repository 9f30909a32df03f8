package org.authgate.web.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A response as the load generator needs it: the status and the body text. */
record BenchReply(int status, String body) {
    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** A top-level or nested string field of a JSON body, without a JSON parser on the hot path. */
    String field(String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no \"" + name + "\" in the response (" + status + ")");
        }
        return m.group(1);
    }
}
