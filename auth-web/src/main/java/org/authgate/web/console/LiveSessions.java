package org.authgate.web.console;

import java.io.Serializable;
import java.util.Map;

/**
 * The live sessions of the accounts a page shows, counted when it rendered, and the sentence a confirmation (ban,
 * disable, revoke-all, password reset) uses to say how many of them the action ends. The action's own message then
 * says how many it did end: a login between the two is not hidden.
 */
final class LiveSessions implements Serializable {
    private static final long serialVersionUID = 1L;
    static final LiveSessions NONE = new LiveSessions(Map.of());

    private final Map<String, Count> bySubject;

    LiveSessions(Map<String, Count> bySubject) {
        this.bySubject = Map.copyOf(bySubject);
    }

    /** What ending every live session of {@code subject} ends, as a sentence. */
    String end(String subject) {
        return sentence(bySubject.getOrDefault(subject, new Count(0, false)));
    }

    static String sentence(Count live) {
        if (live.value() == 0) {
            return "The account has no live session.";
        }
        return live.value() == 1 && !live.capped() ? "The account's 1 live session ends."
                : "The account's " + live + " live sessions end.";
    }
}
