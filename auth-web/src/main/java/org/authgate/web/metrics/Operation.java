package org.authgate.web.metrics;

/** What the use cases time, each one histogram family labelled by dialect and outcome. */
public enum Operation {
    LOGIN("authgate_login_seconds", "Logins (the password step), by dialect and outcome."),
    SECOND_FACTOR("authgate_second_factor_seconds", "Second-factor steps of logins, by dialect and outcome."),
    REFRESH("authgate_refresh_seconds", "Refresh-token exchanges and renewals, by dialect and outcome."),
    TOKEN_CHECK("authgate_token_check_seconds", "Access-token checks, by dialect and outcome."),
    LOGOUT("authgate_logout_seconds", "Logouts, by dialect and outcome.");

    private final String metric;
    private final String help;

    Operation(String metric, String help) {
        this.metric = metric;
        this.help = help;
    }

    public String metric() {
        return metric;
    }

    public String help() {
        return help;
    }
}
