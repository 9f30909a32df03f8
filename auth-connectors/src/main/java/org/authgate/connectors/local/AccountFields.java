package org.authgate.connectors.local;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.authgate.core.account.AccountRefusal;

/**
 * The shape of the fields an administrator gives a local account, checked before anything is stored: every method
 * answers the clean value or throws {@link AccountRefusal} INVALID with a message the client can act on. Kept apart
 * from {@link AccountAdministration} so that the actions read as actions.
 */
final class AccountFields {
    // A colon would break HTTP Basic (Wazo's "user:password") and the otpauth label (issuer:account).
    private static final Pattern USERNAME = Pattern.compile("[^\\s:\\p{Cntrl}]{1,128}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@\\p{Cntrl}]{1,64}@[^\\s@\\p{Cntrl}]{1,189}");
    private static final Pattern ROLE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final int MAX_NAME = 128;
    private static final int MAX_ATTRIBUTE_VALUE = 1024;
    private static final int MAX_BAN_REASON = 512;

    private AccountFields() {
    }

    static String username(String username) {
        String trimmed = username == null ? "" : username.strip();
        if (!USERNAME.matcher(trimmed).matches()) {
            throw invalid("a username is 1-128 characters without spaces or ':'");
        }
        return trimmed;
    }

    /** Null for none (null or blank). */
    static String optionalEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        if (!EMAIL.matcher(trimmed).matches()) {
            throw invalid("not an email address");
        }
        return trimmed;
    }

    /** A first or last name; null for none (null or blank). */
    static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_NAME) {
            throw invalid(field + " is longer than " + MAX_NAME + " characters");
        }
        return trimmed;
    }

    /** Null for none (null or blank). */
    static String banReason(String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_BAN_REASON) {
            throw invalid("the ban reason is longer than " + MAX_BAN_REASON + " characters");
        }
        return why;
    }

    static Set<String> roles(Set<String> roles) {
        Set<String> clean = new LinkedHashSet<>();
        for (String role : roles) {
            String trimmed = role == null ? "" : role.strip();
            if (!ROLE.matcher(trimmed).matches()) {
                throw invalid("a role is 1-64 letters, digits, '_', '.', ':' or '-'");
            }
            clean.add(trimmed);
        }
        return clean;
    }

    static Map<String, String> attributes(Map<String, String> attributes) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey() == null || !ATTRIBUTE_NAME.matcher(e.getKey()).matches()) {
                throw invalid("an attribute name is 1-64 letters, digits, '_', '.' or '-'");
            }
            if (e.getValue() == null || e.getValue().length() > MAX_ATTRIBUTE_VALUE) {
                throw invalid("attribute " + e.getKey() + " needs a value of at most " + MAX_ATTRIBUTE_VALUE
                        + " characters");
            }
            clean.put(e.getKey(), e.getValue());
        }
        return clean;
    }

    static AccountRefusal invalid(String message) {
        return new AccountRefusal(AccountRefusal.Kind.INVALID, message);
    }

    static AccountRefusal notFound() {
        return new AccountRefusal(AccountRefusal.Kind.NOT_FOUND, "no such account");
    }
}
