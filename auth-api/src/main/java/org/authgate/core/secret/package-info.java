/**
 * Secrets at rest: the key ring that encrypts what must be stored but must not be readable from the
 * database alone (JWT signing private keys, TOTP secrets). AES-256-GCM from the JDK; the keys come from
 * the configuration, never from the database. Depends on nothing else in the core.
 */
package org.authgate.core.secret;
