package org.authgate.connectors.local;

/** The audit reason of each administrative action on a local account (the ADMIN_ACTION record's reason). */
public enum AdminAction {
    CREATE_ACCOUNT,
    BOOTSTRAP_ADMIN,
    UPDATE_ACCOUNT,
    DISABLE_ACCOUNT,
    ENABLE_ACCOUNT,
    BAN,
    UNBAN,
    RESET_PASSWORD,
    FORCE_PASSWORD_CHANGE,
    RESET_TOTP,
    UNLOCK,
    /** An account taken over from another system with its foreign password hash (one record per account). */
    IMPORT_ACCOUNT,
    /** The account, its credentials and second factor removed (the record keeps its id, no personal field). */
    DELETE_ACCOUNT
}
