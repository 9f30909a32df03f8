package org.authgate.web.api.imports;

import jakarta.json.stream.JsonParser;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import org.authgate.core.identity.TenantId;
import org.authgate.web.usecase.ImportRow;

/** The file formats {@code POST /api/v1/admin/imports?format=} takes, each with its streaming reader. */
public enum ImportFormat {
    KEYCLOAK {
        @Override
        public Iterator<ImportRow> rows(JsonParser parser, TenantId tenant) {
            return new KeycloakRows(parser, tenant);
        }
    },
    ACCOUNTS {
        @Override
        public Iterator<ImportRow> rows(JsonParser parser, TenantId tenant) {
            return new AccountsRows(parser, tenant);
        }
    };

    /** The rows of the body {@code parser} reads, parsed as the use case asks for them. */
    public abstract Iterator<ImportRow> rows(JsonParser parser, TenantId tenant);

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportFormat> of(String value) {
        for (ImportFormat format : values()) {
            if (format.value().equals(value)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
