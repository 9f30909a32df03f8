/** JWT signing keys shared by every node. */
package org.authgate.persistence.token;
