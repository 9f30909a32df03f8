package org.authgate.core.account;

import java.util.Map;
import java.util.Set;

/**
 * Changes to an account's profile; a null field stays as it is, a blank text clears it. Changing the email without
 * saying whether it is verified makes it unverified: nobody verified the new address yet.
 */
public record AccountUpdate(
        String email,
        Boolean emailVerified,
        String firstName,
        String lastName,
        Set<String> roles,
        Map<String, String> attributes) {
}
