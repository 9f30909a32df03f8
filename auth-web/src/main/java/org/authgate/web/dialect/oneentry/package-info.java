/**
 * The OneEntry dialect ({@code /api/content/users-auth-providers}): OneEntry's AuthProvider API over the
 * core, for the {@code oneentry} SDK. Depends on the core through {@link org.authgate.web.core.Gateway} only.
 */
package org.authgate.web.dialect.oneentry;
