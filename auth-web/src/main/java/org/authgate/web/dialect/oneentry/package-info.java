/**
 * The OneEntry dialect ({@code /api/content/users-auth-providers}): OneEntry's AuthProvider API over the
 * core, for the {@code oneentry} SDK. Calls the core only through the use cases of {@code web.usecase}.
 */
package org.authgate.web.dialect.oneentry;
