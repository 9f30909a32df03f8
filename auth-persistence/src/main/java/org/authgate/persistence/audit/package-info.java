/** The append-only audit table: the log adapter and the admin search. */
package org.authgate.persistence.audit;
