/** What the connectors' typed settings share: reading and checking values of MicroProfile Config keys. */
package org.authgate.connectors.config;
