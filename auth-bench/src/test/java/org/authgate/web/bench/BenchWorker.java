package org.authgate.web.bench;

import java.io.IOException;

/**
 * What one connection of a load phase sends, request after request. One instance per connection, so a worker may
 * keep state between requests: the refresh phase chains each single-use refresh token into the next request.
 */
@FunctionalInterface
interface BenchWorker {
    BenchReply step(BenchConnection connection) throws IOException;
}
