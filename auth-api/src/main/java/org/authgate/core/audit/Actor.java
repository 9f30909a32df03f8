package org.authgate.core.audit;

import java.util.Objects;
import java.util.Optional;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.Dialect;

/**
 * Who performs an administrative change: the audit record's {@code actor}, and what the self-lockout rule compares
 * with the target account. A value rather than a string so that nobody passes a target's username where the actor's
 * was meant, and so that "is this the actor's own account?" has one answer.
 *
 * @param name    what the audit record names as actor (an administrator's username, {@code bootstrap}, a dialect)
 * @param subject the actor's own account, when the actor is an account; the console knows its administrator by
 *                username only, which {@link #owns} then compares instead
 */
public record Actor(Kind kind, String name, Optional<SubjectId> subject) {

    /** The actor named in the audit record of the first administrator's creation: no administrator exists yet. */
    public static final Actor BOOTSTRAP = new Actor(Kind.BOOTSTRAP, "bootstrap", Optional.empty());

    public enum Kind {
        /** An administrator, through the admin API or the console. */
        ADMINISTRATOR,
        /** The account's own user (removing their own second factor, password in hand). */
        OWNER,
        /** The server creating its first administrator from its configuration. */
        BOOTSTRAP,
        /** A platform's login API acting on the user's request (365View's "reset" flag). */
        DIALECT
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an administrative action needs an actor");
        }
    }

    /** An administrator whose account id is known (the admin API's caller). */
    public static Actor administrator(SubjectId subject, String username) {
        return new Actor(Kind.ADMINISTRATOR, username, Optional.of(Objects.requireNonNull(subject)));
    }

    /** An administrator known by the username they signed in to the console with (default tenant). */
    public static Actor administrator(String username) {
        return new Actor(Kind.ADMINISTRATOR, username, Optional.empty());
    }

    /** The user acting on their own account. */
    public static Actor owner(SubjectId subject, String username) {
        return new Actor(Kind.OWNER, username, Optional.of(Objects.requireNonNull(subject)));
    }

    public static Actor dialect(Dialect dialect) {
        return new Actor(Kind.DIALECT, dialect.value(), Optional.empty());
    }

    /**
     * True when {@code account} (its id, tenant and username) is the actor's own: by id when the actor's id is known,
     * else by username in the default tenant, case-insensitively as logins match. Only accounts can own one.
     */
    public boolean owns(SubjectId account, TenantId tenant, String username) {
        if (kind != Kind.ADMINISTRATOR && kind != Kind.OWNER) {
            return false;
        }
        if (subject.isPresent()) {
            return subject.get().equals(account);
        }
        return TenantId.DEFAULT.equals(tenant) && name.equalsIgnoreCase(username);
    }

    @Override
    public String toString() {
        return kind + ":" + name;
    }
}
