/** The retention purge's and the account erasure's JPA adapters: bulk statements over the other packages' tables. */
package org.authgate.persistence.retention;
