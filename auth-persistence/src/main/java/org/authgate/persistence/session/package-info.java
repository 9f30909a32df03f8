/** Sessions and refresh tokens in PostgreSQL: entities and the store/query adapters. */
package org.authgate.persistence.session;
