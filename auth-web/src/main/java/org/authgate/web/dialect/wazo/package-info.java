/**
 * The Wazo dialect: wazo-auth's {@code /api/auth/0.1} token API and the slice of wazo-confd
 * ({@code /api/confd/1.1}) that {@code @wazo/sdk}'s login reads. Thin resources over the
 * {@link org.authgate.web.core.Gateway}; may depend on the core and on {@code web.http}, nothing else.
 */
package org.authgate.web.dialect.wazo;
