package org.authgate.core.testing;

/** What the in-memory stores throw when an update carries a version another writer already replaced. */
public final class StaleVersionException extends RuntimeException {
    public StaleVersionException(String what, long presented, long stored) {
        super(what + ": presented version " + presented + " but the store holds " + stored);
    }
}
