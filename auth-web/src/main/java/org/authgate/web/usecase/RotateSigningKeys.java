package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.authgate.core.token.SigningKey;
import org.authgate.core.token.SigningKeyStore;

/**
 * Adds and removes the signing keys a schedule says are due, in one unit of work. Two nodes adding the next key at
 * once both try its generation; the database's unique key lets one win, and the loser's retry reads the winner's key
 * and adds none. Removing a key another node removed already does nothing.
 */
@ApplicationScoped
public class RotateSigningKeys {

    @Inject
    UnitOfWork work;

    @Inject
    SigningKeyStore store;

    /** What a rotation changed: the key it added, if any, and the ids of the keys it removed. */
    public record Changes(Optional<SigningKey> added, List<String> removed) {
    }

    /**
     * @param due decides from the stored keys what to add and remove; asked again when the unit runs again after a
     *            lost race, so it must decide from what it is given alone
     */
    public Changes rotate(Function<List<SigningKey>, Changes> due) {
        return work.run(() -> {
            Changes changes = due.apply(store.all());
            changes.added().ifPresent(store::insert);
            changes.removed().forEach(store::delete);
            return changes;
        });
    }
}
