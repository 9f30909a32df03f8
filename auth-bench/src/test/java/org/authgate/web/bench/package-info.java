/**
 * The benchmark harness of issue 5 (test sources, never in the WAR): starts authgate on private copies of the
 * built WildFly against PostgreSQL, seeds accounts and sessions, drives the APIs with its own keep-alive load
 * generator and reports rates, p50/p99 latencies and the budget's ratios. {@code HarnessBench} is its entry point.
 */
package org.authgate.web.bench;
