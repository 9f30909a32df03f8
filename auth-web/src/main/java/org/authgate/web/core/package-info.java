/**
 * Wires the plain-Java core into CDI: configuration, producers, the connector registry, the JWT
 * codec. The transactions around core calls belong to the use cases ({@link org.authgate.web.usecase}).
 */
package org.authgate.web.core;
