/** The start-up step that seals secrets stored in clear (before migration V6) or under an older secrets key. */
package org.authgate.persistence.secret;
