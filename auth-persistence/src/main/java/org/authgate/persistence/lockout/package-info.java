/** Login throttle counters shared by every node. */
package org.authgate.persistence.lockout;
