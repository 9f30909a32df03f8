/**
 * The authentication core: domain types, the connector SPI and the service that logs users in.
 * Plain Java over small ports; it depends on nothing but the JDK.
 */
package org.authgate.core;
