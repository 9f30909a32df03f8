/**
 * Readers of the account import's file formats: each streams the request body with JSON-P's {@code JsonParser} and
 * yields one {@link org.authgate.web.usecase.ImportRow} per account, holding one account's JSON at a time, while the
 * use case {@link org.authgate.web.usecase.ImportAccounts} consumes and commits them in batches.
 */
package org.authgate.web.api.imports;
