/**
 * Logging in: the login use case (connector check, lockout, second factor, session opening) and
 * password change. Depends on every other core package; nothing depends on it.
 */
package org.authgate.core.login;
