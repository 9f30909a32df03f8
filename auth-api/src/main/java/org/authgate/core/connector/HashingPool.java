package org.authgate.core.connector;

/**
 * Capability: the connector hashes passwords in this JVM on a bounded pool, and says how busy it is (the metrics
 * endpoint's gauges). A queue that stays long means logins wait for the CPU: more cores, or a cheaper hash.
 */
public interface HashingPool {

    /** The pool as it is now. */
    Load hashingLoad();

    /**
     * @param capacity how many derivations may run at once
     * @param busy     how many run now
     * @param waiting  how many wait for a turn (an estimate, as {@link java.util.concurrent.Semaphore} gives it)
     */
    record Load(int capacity, int busy, int waiting) {
    }
}
