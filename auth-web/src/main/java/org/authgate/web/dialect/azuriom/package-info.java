/**
 * The Azuriom AzAuth dialect ({@code POST /api/auth/authenticate|verify|logout}): wire DTOs, mapper, errors.
 * Calls the core only through the use cases of {@code web.usecase}; holds no business rule.
 */
package org.authgate.web.dialect.azuriom;
