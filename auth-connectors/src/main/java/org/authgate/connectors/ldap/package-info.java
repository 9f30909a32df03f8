/**
 * The {@code ldap} connector: users kept in an LDAP directory (OpenLDAP, 389, Active Directory), found with a
 * service account and checked by a bind as their own entry. Uses the JDK's JNDI LDAP provider only (its connection
 * pool and timeouts), MicroProfile Config and CDI. No account administration: the directory team owns the entries.
 */
package org.authgate.connectors.ldap;
