/**
 * Sessions the core opens after authentication, their refresh tokens, and the store ports that keep
 * them. Depends on {@code identity}, {@code connector} and {@code token}.
 */
package org.authgate.core.session;
