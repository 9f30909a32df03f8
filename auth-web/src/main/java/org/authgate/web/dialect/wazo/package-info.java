/**
 * The Wazo dialect: wazo-auth's {@code /api/auth/0.1} token API and the slice of wazo-confd
 * ({@code /api/confd/1.1}) that {@code @wazo/sdk}'s login reads. Thin resources over the use cases of
 * {@code web.usecase}; may depend on the core, {@code web.http} and the dialect kit, nothing else.
 */
package org.authgate.web.dialect.wazo;
