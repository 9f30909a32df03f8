package org.authgate.web.bench;

/** Where a load thread connects: one node's HTTP or HTTPS listener. */
record BenchTarget(String host, int port, boolean tls) {
    static BenchTarget http(int port) {
        return new BenchTarget("127.0.0.1", port, false);
    }

    static BenchTarget https(int port) {
        return new BenchTarget("127.0.0.1", port, true);
    }
}
