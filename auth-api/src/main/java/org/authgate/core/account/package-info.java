/**
 * Accounts kept by authgate itself (the {@code local} connector's users) and their store port.
 * Depends on {@code identity}.
 */
package org.authgate.core.account;
