/**
 * Brute-force protection: failure counters per account and per source address, exponential backoff,
 * and a hard hourly cap. Depends on {@code identity} and {@code connector}.
 */
package org.authgate.core.lockout;
