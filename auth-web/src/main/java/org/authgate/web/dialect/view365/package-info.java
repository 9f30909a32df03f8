/**
 * The 365View dialect ({@code /login}): 365View's connector login object with DES-encrypted passwords,
 * over the core. Calls the core only through the use cases of {@code web.usecase}.
 */
package org.authgate.web.dialect.view365;
