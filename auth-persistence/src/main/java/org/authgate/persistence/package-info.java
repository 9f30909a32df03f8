/**
 * JPA adapters for the core's ports, and the schema migrations. One sub-package per concept; each
 * store joins the caller's transaction (MANDATORY) and maps entities to domain values at its edge.
 */
package org.authgate.persistence;
