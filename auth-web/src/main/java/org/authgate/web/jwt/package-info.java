/**
 * JWT access tokens with Nimbus JOSE+JWT: ES256 keys kept in the database (so every node signs and
 * verifies alike), the {@link org.authgate.core.token.JwtCodec} adapter and the JWKS document.
 */
package org.authgate.web.jwt;
