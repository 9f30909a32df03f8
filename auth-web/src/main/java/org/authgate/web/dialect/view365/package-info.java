/**
 * The 365View dialect ({@code /login}): 365View's connector login object with DES-encrypted passwords,
 * over the core. Depends on the core through {@link org.authgate.web.core.Gateway}.
 */
package org.authgate.web.dialect.view365;
