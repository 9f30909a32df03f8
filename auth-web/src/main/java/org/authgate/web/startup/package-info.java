/**
 * What runs once when the application starts: schema migration, the signing key, the bootstrap
 * administrator. Depends on the core wiring and the persistence module.
 */
package org.authgate.web.startup;
