package org.authgate.web.usecase;

import java.util.Objects;
import org.authgate.core.account.ImportedAccount;

/**
 * One row of an import file as its reader made it out: an account, or why the row could not be read (a missing
 * field, a Keycloak credential of an unsupported algorithm, a syntax error that ends the file).
 *
 * @param index the row's position in the file's array, from 0
 */
public record ImportRow(int index, ImportedAccount account, String failure) {
    public ImportRow {
        if ((account == null) == (failure == null)) {
            throw new IllegalArgumentException("a row is an account or a failure");
        }
    }

    public static ImportRow of(int index, ImportedAccount account) {
        return new ImportRow(index, Objects.requireNonNull(account), null);
    }

    public static ImportRow failed(int index, String reason) {
        return new ImportRow(index, null, Objects.requireNonNull(reason));
    }
}
