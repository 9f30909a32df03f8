package org.authgate.core.account;

/**
 * What the user must do at their next login after an administrator set their password: a password an administrator
 * chose (and so knows) is usually replaced by the user's own.
 */
public enum NextLogin {
    /** The password may be used as it is. */
    KEEP_PASSWORD,
    /** The login succeeds only with a new password chosen by the user. */
    CHANGE_PASSWORD;

    public static NextLogin changeIf(boolean mustChange) {
        return mustChange ? CHANGE_PASSWORD : KEEP_PASSWORD;
    }
}
