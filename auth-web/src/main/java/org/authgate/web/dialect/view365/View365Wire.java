package org.authgate.web.dialect.view365;

/** 365View's login object, named after the wire so it is not mistaken for a domain type. */
public final class View365Wire {
    private View365Wire() {
    }

    /**
     * @param title the username
     * @param path  the user's place in the connector's directory ("Users/Administrator"); wire
     *              compatibility only, authgate finds users by name
     */
    public record LoginObject(String kind, String title, String path, PasswordObject password) {
        @Override
        public String toString() {
            return "LoginObject[" + title + "]";
        }
    }

    /**
     * @param value  the password, DES-encrypted hex
     * @param former the current password (DES-encrypted hex) when {@code value} replaces it
     * @param reset  the password is to be changed at the next login
     */
    public record PasswordObject(String value, String former, Boolean reset) {
        @Override
        public String toString() {
            return "PasswordObject[***]";
        }
    }
}
