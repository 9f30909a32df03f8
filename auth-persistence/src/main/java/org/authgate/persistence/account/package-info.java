/** Local accounts (the {@code local} connector's users) with their roles and attributes. */
package org.authgate.persistence.account;
