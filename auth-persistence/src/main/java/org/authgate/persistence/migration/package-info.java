/** Versioned schema migrations (Flyway) run once at start-up, before anything touches the tables. */
package org.authgate.persistence.migration;
