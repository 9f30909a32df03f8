package org.authgate.core.account;

import java.util.Objects;

/** An administrator sets an account's password. */
public record PasswordReset(String password, NextLogin nextLogin) {
    public PasswordReset {
        Objects.requireNonNull(nextLogin, "nextLogin");
    }

    @Override
    public String toString() {
        return "PasswordReset[***, " + nextLogin + "]";
    }
}
