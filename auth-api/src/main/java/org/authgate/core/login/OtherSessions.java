package org.authgate.core.login;

/** What a password change does to the owner's other sessions (the one it was made from always stays). */
public enum OtherSessions {
    /** Log them out: whoever knew the former password is out. */
    END,
    KEEP;

    public static OtherSessions endIf(boolean end) {
        return end ? END : KEEP;
    }
}
