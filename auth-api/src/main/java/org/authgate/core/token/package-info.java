/**
 * Token material: generation from {@code SecureRandom}, SHA-256 hashes (only hashes are stored),
 * constant-time comparison, and the JWT port. Depends on nothing else in the core.
 */
package org.authgate.core.token;
