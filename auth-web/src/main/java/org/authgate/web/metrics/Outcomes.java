package org.authgate.web.metrics;

import org.authgate.core.login.LoginOutcome;
import org.authgate.core.session.AccessTokenRenewal;
import org.authgate.core.session.IdentifiedVerification;
import org.authgate.core.session.RefreshOutcome;
import org.authgate.core.session.VerifyOutcome;

/** The outcome labels of the core's answers: fixed words and the core's own refusal enums, nothing else. */
public final class Outcomes {
    private Outcomes() {
    }

    /** {@code success}, {@code second_factor_required}, or the refusal ({@code invalid_credentials}, {@code banned}...). */
    public static String login(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.Refused refused) {
            return Metrics.outcome(refused.refusal());
        }
        return outcome instanceof LoginOutcome.SecondFactorPending ? "second_factor_required" : "success";
    }

    /** {@code success}, or why not ({@code unknown}, {@code expired}, {@code ended}, {@code reused}). */
    public static String refresh(RefreshOutcome outcome) {
        return outcome instanceof RefreshOutcome.Refused refused ? Metrics.outcome(refused.why()) : "success";
    }

    /** Kuzzle's renewal of a live session's access token counts as a refresh. */
    public static String renewal(AccessTokenRenewal.Outcome outcome) {
        return outcome instanceof AccessTokenRenewal.Refused refused ? Metrics.outcome(refused.why()) : "success";
    }

    /** {@code valid}, or why not ({@code unknown}, {@code expired}, {@code ended}). */
    public static String check(VerifyOutcome outcome) {
        return outcome instanceof VerifyOutcome.Invalid invalid ? Metrics.outcome(invalid.why()) : "valid";
    }

    /** Like {@link #check(VerifyOutcome)}, and {@code banned} for a live session of a banned owner. */
    public static String check(IdentifiedVerification.Result result) {
        if (result instanceof IdentifiedVerification.Invalid invalid) {
            return Metrics.outcome(invalid.why());
        }
        return result instanceof IdentifiedVerification.Banned ? "banned" : "valid";
    }

    /** {@code ended} when the logout ended a live session, else {@code not_live}. */
    public static String logout(boolean ended) {
        return ended ? "ended" : "not_live";
    }
}
