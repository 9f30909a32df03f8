/**
 * The node's metrics, served in Prometheus' text format by {@code web.api.MetricsResource}: a small registry of
 * {@link java.util.concurrent.atomic.LongAdder} counters and fixed-bucket histograms ({@link Metrics}), written by
 * the use cases where an outcome is known, and its exposition ({@link PrometheusText}).
 *
 * <p>Why not a metrics API of the servers: WildFly 39 no longer serves MicroProfile Metrics (its subsystem is
 * admin-only since Micrometer replaced it) and its Micrometer subsystem exports through Micrometer's own API, pushed
 * over OTLP or served on the management interface; Payara 6 serves MicroProfile Metrics 5 on {@code /metrics} but has
 * no Micrometer. No metrics API is served by both, and the WAR uses Jakarta EE and MicroProfile APIs only, so it
 * writes the exposition format (0.0.4) itself. Every label value comes from a closed set ({@link DialectLabel},
 * outcome enums): nothing a client sends becomes a label.
 */
package org.authgate.web.metrics;
