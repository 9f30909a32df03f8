package org.authgate.web.dialect.kuzzle;

/**
 * The Kuzzle errors this dialect answers: id, numeric code, HTTP status and message, exactly as Kuzzle's
 * error catalogue (lib/kerror/codes) defines them. {@code %s} placeholders are filled from the props.
 */
enum KuzzleErrorId {
    WRONG_CREDENTIALS("plugin.strategy.missing_user", 67305492, 401, "wrong username or password"),
    UNKNOWN_STRATEGY("security.credentials.unknown_strategy", 117571585, 400,
            "Unknown authentication strategy \"%s\""),
    CREDENTIALS_REJECTED("security.credentials.rejected", 117571587, 400, "Credentials rejected: %s"),
    TOKEN_INVALID("security.token.invalid", 117506049, 401, "Invalid token."),
    TOKEN_EXPIRED("security.token.expired", 117506054, 401, "Token expired"),
    TTL_EXCEEDED("security.token.ttl_exceeded", 117506052, 400, "expiresIn value exceeds maximum allowed value"),
    UNAUTHORIZED("security.rights.unauthorized", 117637121, 401,
            "Unauthorized: authentication required to execute the action \"%s:%s\"."),
    FORBIDDEN("security.rights.forbidden", 117637122, 403,
            "Insufficient permissions to execute the action \"%s:%s\" (User \"%s\")."),
    INVALID_ARGUMENT("api.assert.invalid_argument", 33619970, 400, "Invalid argument \"%s\". Expected: %s"),
    MISSING_ARGUMENT("api.assert.missing_argument", 33619971, 400, "Missing argument \"%s\"."),
    TOO_MANY_LOGINS("api.process.too_many_logins_requests", 33685517, 429,
            "Rejected: Too many login attempts per second"),
    URL_NOT_FOUND("network.http.url_not_found", 50397191, 404, "API URL not found: %s."),
    UNSUPPORTED_CONTENT("network.http.unsupported_content", 50397192, 400,
            "Invalid request content-type. Expected \"application/json\", got: \"%s\"."),
    VOLATILE_PARSE_FAILED("network.http.volatile_parse_failed", 50397195, 400,
            "Unable to convert the \"x-kuzzle-volatile\" HTTP header to JSON: %s"),
    BODY_PARSE_FAILED("network.http.body_parse_failed", 50397196, 400, "Unable to convert the HTTP body to JSON: %s"),
    REQUEST_TOO_LARGE("network.http.request_too_large", 50397185, 413, "Maximum HTTP request size exceeded."),
    UNEXPECTED_ERROR("core.fatal.unexpected_error", 1, 500, "Caught an unexpected error: %s."),
    /** Kuzzle's catalogue files it under ExternalServiceError (a 500); authgate says 503 for a dependency down. */
    SERVICE_UNAVAILABLE("core.fatal.service_unavailable", 2, 503, "Service unavailable: %s.");

    private final String id;
    private final int code;
    private final int status;
    private final String template;

    KuzzleErrorId(String id, int code, int status, String template) {
        this.id = id;
        this.code = code;
        this.status = status;
        this.template = template;
    }

    String id() {
        return id;
    }

    int code() {
        return code;
    }

    int status() {
        return status;
    }

    String message(String... props) {
        return props.length == 0 ? template : String.format(template, (Object[]) props);
    }
}
