package org.authgate.web.api.imports;

import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import org.authgate.core.account.ImportedAccount;
import org.authgate.core.identity.TenantId;
import org.authgate.web.usecase.ImportRow;

/**
 * Format {@code accounts}: a JSON array of {@code {"username", "email", "passwordHash", "roles"?, "tenant"?}}, the
 * hash in a format authgate verifies (Argon2id PHC, bcrypt {@code $2a$/$2b$/$2y$}, PHC PBKDF2). A row without a
 * tenant goes to the import's tenant.
 */
final class AccountsRows extends StreamedRows {
    AccountsRows(JsonParser parser, TenantId tenant) {
        super(parser, tenant);
    }

    @Override
    String open(JsonParser parser) {
        return parser.hasNext() && parser.next() == JsonParser.Event.START_ARRAY ? null
                : "the accounts format is a JSON array of accounts";
    }

    @Override
    ImportRow row(int index, JsonObject object) {
        String rowTenant = text(object, "tenant");
        if (rowTenant != null && !TenantId.isValid(rowTenant)) {
            return ImportRow.failed(index, "tenant is malformed");
        }
        return ImportRow.of(index, new ImportedAccount(rowTenant == null ? tenant : new TenantId(rowTenant),
                text(object, "username"), text(object, "email"), text(object, "passwordHash"),
                texts(object, "roles")));
    }
}
