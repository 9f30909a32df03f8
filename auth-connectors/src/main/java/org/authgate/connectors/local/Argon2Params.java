package org.authgate.connectors.local;

/** The cost of one Argon2id hash: memory in KiB, passes over it, lanes. */
record Argon2Params(int memoryKib, int iterations, int parallelism) {
    Argon2Params {
        // Argon2 itself needs 8 KiB per lane; anything less is a corrupt value, not a weak one.
        if (parallelism < 1 || iterations < 1 || memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("invalid Argon2 parameters m=" + memoryKib + ",t=" + iterations
                    + ",p=" + parallelism);
        }
    }
}
