/**
 * Wires the plain-Java core into CDI: configuration, producers, the connector registry, the JWT
 * codec, and the {@link org.authgate.web.core.Gateway} that runs each core call in one transaction.
 */
package org.authgate.web.core;
