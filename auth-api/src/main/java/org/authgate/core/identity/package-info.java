/**
 * Who a user is, as a connector reports it: identifiers and the identity every dialect renders.
 * Depends on nothing else in the core.
 */
package org.authgate.core.identity;
