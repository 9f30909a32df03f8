package org.authgate.web.http;

/** Every problem the native API reports; the URN is part of the API contract and never changes. */
public enum ProblemType {
    BAD_REQUEST(400, "Bad request"),
    MALFORMED_JSON(400, "Malformed JSON"),
    MISSING_FIELD(400, "Missing or invalid field"),
    UNKNOWN_CONNECTOR(400, "Unknown connector"),
    LIFETIME_TOO_LONG(400, "Requested lifetime too long"),
    INVALID_LIFETIME(400, "Invalid lifetime"),
    INVALID_CREDENTIALS(401, "Invalid credentials"),
    INVALID_SECOND_FACTOR(401, "Invalid second factor"),
    INVALID_TOKEN(401, "Invalid or expired token"),
    INVALID_REFRESH_TOKEN(401, "Invalid refresh token"),
    INVALID_CLIENT(401, "Client authentication required"),
    ACCOUNT_BANNED(403, "Account banned"),
    ACCOUNT_DISABLED(403, "Account disabled"),
    PASSWORD_EXPIRED(403, "Password change required"),
    FORBIDDEN(403, "Forbidden"),
    SECOND_FACTOR_REQUIRED(403, "Second factor required"),
    WRONG_PASSWORD(403, "Former password is wrong"),
    WEAK_PASSWORD(400, "Password too weak"),
    NOT_SUPPORTED(400, "Not supported by this connector"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Internal error"),
    /** A dependency (the database) cannot be reached: retry later, the answer says when (Retry-After). */
    UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return "urn:authgate:problem:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
