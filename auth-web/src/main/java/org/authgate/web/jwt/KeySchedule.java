package org.authgate.web.jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.authgate.core.token.SigningKey;

/**
 * When signing keys are added and removed, decided from the stored keys and the time alone (so every node
 * decides alike, and the database settles a tie):
 * <ul>
 * <li>with no key, the first one signs at once;</li>
 * <li>{@code lead} before the newest key has signed for {@code rotation}, a successor is added that signs
 *     from then on; until it signs it is only published (JWKS, the other nodes' memory), so no node and no
 *     resource server meets a token from a key it cannot know yet;</li>
 * <li>a key is removed once its successor has signed for {@code retention} (the longest a session, hence a
 *     token, can live) plus {@code lead} (a node whose clock is behind may sign a little late): by then no
 *     token it signed can still be valid, so JWKS stops publishing it.</li>
 * </ul>
 *
 * @param rotation  how long a key signs; zero means never rotate
 */
record KeySchedule(Duration rotation, Duration lead, Duration retention) {

    KeySchedule {
        if (!rotation.isZero() && rotation.compareTo(lead.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("authgate.jwt.key-rotation-days must be 0 (never) or at least twice "
                    + lead.toSeconds() + " seconds");
        }
    }

    /** A key to add: its generation and the time it signs from. */
    record Successor(long generation, Instant signsFrom) {
    }

    record Plan(Optional<Successor> add, List<String> remove) {
    }

    Plan plan(List<SigningKey> keys, Instant now) {
        if (keys.isEmpty()) {
            return new Plan(Optional.of(new Successor(1, now)), List.of());
        }
        List<SigningKey> byGeneration = keys.stream().sorted(Comparator.comparingLong(SigningKey::generation)).toList();
        SigningKey newest = byGeneration.get(byGeneration.size() - 1);
        Optional<Successor> add = Optional.empty();
        if (!rotation.isZero() && !newest.signsFrom().plus(rotation).minus(lead).isAfter(now)) {
            Instant due = newest.signsFrom().plus(rotation);
            Instant earliest = now.plus(lead);
            add = Optional.of(new Successor(newest.generation() + 1, due.isAfter(earliest) ? due : earliest));
        }
        List<String> remove = new ArrayList<>();
        for (int i = 0; i + 1 < byGeneration.size(); i++) {
            Instant successorSigns = byGeneration.get(i + 1).signsFrom();
            if (!successorSigns.plus(retention).plus(lead).isAfter(now)) {
                remove.add(byGeneration.get(i).keyId());
            }
        }
        return new Plan(add, remove);
    }

    /** The key that signs at {@code now}: the newest whose time has come (or, before any has, the oldest). */
    static <K> Optional<K> signer(List<K> keys, java.util.function.Function<K, Instant> signsFrom, Instant now) {
        return keys.stream().filter(k -> !signsFrom.apply(k).isAfter(now)).max(Comparator.comparing(signsFrom))
                .or(() -> keys.stream().min(Comparator.comparing(signsFrom)));
    }
}
