/**
 * The Azuriom AzAuth dialect ({@code POST /api/auth/authenticate|verify|logout}): wire DTOs, mapper, errors.
 * Depends on the core through {@code web.core.Gateway} and on {@code web.http}; holds no business rule.
 */
package org.authgate.web.dialect.azuriom;
