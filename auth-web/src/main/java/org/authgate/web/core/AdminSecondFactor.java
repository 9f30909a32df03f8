package org.authgate.web.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.web.usecase.BrowseAccounts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rule that administrators have a second factor ({@value #KEY}, default true). It looks at the account as it
 * is now, not at how a session began: once an account has TOTP, every login needs a code, and enrolling ends the
 * account's other sessions (those opened with the password alone), so the session that enrolled is the only one
 * that never gave a code, and it proved the code by enrolling.
 *
 * <p>Only a connector with {@code SecondFactorManagement} (the local one) keeps a second factor; an administrator of
 * another connector does not satisfy the rule while it is on.
 */
@ApplicationScoped
public class AdminSecondFactor {
    public static final String KEY = "authgate.admin.require-second-factor";

    @Inject
    @ConfigProperty(name = KEY, defaultValue = "true")
    boolean required;

    @Inject
    BrowseAccounts accounts;

    public boolean required() {
        return required;
    }

    /** True when the rule is off, or the account has TOTP on. Reads the account in its own unit of work. */
    public boolean satisfiedBy(ConnectorId connector, SubjectId subject) {
        if (!required()) {
            return true;
        }
        return accounts.hasSecondFactor(connector, subject);
    }
}
