/**
 * The connector SPI: what an identity backend implements. One required interface ({@link
 * org.authgate.core.connector.Connector}), optional capability interfaces, a sealed three-way result.
 * Depends on {@code identity} only.
 */
package org.authgate.core.connector;
