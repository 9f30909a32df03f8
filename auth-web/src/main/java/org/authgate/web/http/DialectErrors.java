package org.authgate.web.http;

import jakarta.ws.rs.core.Response;

/**
 * A dialect's error format. Failures that no resource handled itself (unknown route, wrong method or
 * media type, unreadable JSON, a bug) are rendered by the dialect owning the request path, so a
 * Kuzzle client never sees a problem document and a native client never sees Kuzzle's envelope.
 * Implementations are application-scoped CDI beans, one per dialect.
 */
public interface DialectErrors {

    /** True when {@code path} (starting with '/', without the context root) belongs to this dialect. */
    boolean owns(String path);

    /** The dialect's response for a failure that a problem document of {@code type} would describe. */
    Response render(ProblemType type, String detail);
}
