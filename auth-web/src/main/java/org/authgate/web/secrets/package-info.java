/**
 * Where the keys that seal secrets at rest come from: the configuration (a key file, a list of keys, one
 * key), never the database. The sealing itself is {@link org.authgate.core.secret.SecretKeyRing}.
 */
package org.authgate.web.secrets;
