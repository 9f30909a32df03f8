/**
 * The {@code local} connector: accounts kept by authgate itself (Argon2id passwords, TOTP) and their administration.
 * Depends on the core's ports and SPI, Jakarta CDI / Transactions, MicroProfile Config and Bouncy Castle only.
 */
package org.authgate.connectors.local;
