package org.authgate.core.connector;

import java.util.List;

/** The fields of a connector's login form, in display order. */
public record LoginForm(List<FormField> fields) {
    public LoginForm {
        fields = List.copyOf(fields);
    }

    /** The form most connectors need: a login and a password, an optional second-factor code. */
    public static LoginForm passwordWithOptionalCode() {
        return new LoginForm(List.of(
                new FormField("login", FormField.Type.TEXT, true, "Username or email"),
                new FormField("password", FormField.Type.PASSWORD, true, "Password"),
                new FormField("code", FormField.Type.OTP, false, "Authenticator code")));
    }
}
