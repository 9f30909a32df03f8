package org.authgate.web.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.authgate.web.testing.HttpTestClient;

/**
 * Requests sent at one instant: each on its own thread, all held at a latch until every thread is ready, then
 * released together, so they reach the server as one burst rather than one after the other. The answers come back
 * in the order of their index.
 */
final class Burst {
    /** At least this many requests per burst: the floor for "parallel". */
    static final int SIZE = 16;

    private Burst() {
    }

    /** Sends {@code count} requests at once ({@code request} gets the request's index); none may answer a 5xx. */
    static List<HttpTestClient.Response> of(int count, IntFunction<HttpTestClient.Response> request) {
        List<HttpTestClient.Response> responses = unchecked(count, request);
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isLessThan(500));
        return responses;
    }

    /**
     * As {@link #of}, for a dialect whose documented refusal is a 500 (365View's wrong password): a 5xx is allowed
     * only as that 500 with exactly {@code documentedBody}, never an incident.
     */
    static List<HttpTestClient.Response> withDocumented500s(int count, IntFunction<HttpTestClient.Response> request,
                                                           String documentedBody) {
        List<HttpTestClient.Response> responses = unchecked(count, request);
        assertThat(responses).filteredOn(r -> r.status() >= 500).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(500);
            assertThat(r.body()).as(r.toString()).isEqualTo(documentedBody);
        });
        return responses;
    }

    private static List<HttpTestClient.Response> unchecked(int count, IntFunction<HttpTestClient.Response> request) {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpTestClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(index);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all %d threads ready", count).isTrue();
            go.countDown();
            List<HttpTestClient.Response> responses = new ArrayList<>();
            for (Future<HttpTestClient.Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } catch (Exception e) {
            throw new AssertionError("burst of " + count + " failed", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** How many answers had each status. */
    static Map<Integer, Long> statuses(List<HttpTestClient.Response> responses) {
        Map<Integer, Long> counts = new TreeMap<>();
        responses.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return counts;
    }

    static long count(List<HttpTestClient.Response> responses, int status) {
        return responses.stream().filter(r -> r.status() == status).count();
    }
}
