package org.authgate.connectors.ldap;

import java.nio.charset.StandardCharsets;

/**
 * An LDAP search filter template with one {@code {0}} placeholder, filled with a value escaped per RFC 4515 so that
 * whatever a client types as its login name stays one assertion value: {@code *)(uid=*} cannot widen the search.
 */
record LdapFilter(String template) {
    static final String PLACEHOLDER = "{0}";

    LdapFilter {
        if (template == null || !template.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("an LDAP filter must contain the placeholder " + PLACEHOLDER);
        }
        String t = template.strip();
        if (!t.startsWith("(") || !t.endsWith(")") || depth(t) != 0) {
            throw new IllegalArgumentException("an LDAP filter must be one parenthesised filter, not '" + template + "'");
        }
        template = t;
    }

    /** The filter for {@code value}: every occurrence of the placeholder replaced by the escaped value. */
    String with(String value) {
        return template.replace(PLACEHOLDER, escape(value));
    }

    /**
     * RFC 4515 section 3: in an assertion value, {@code *}, {@code (}, {@code )}, {@code \} and NUL must be written
     * as a backslash and two hex digits. Non-ASCII characters may stay as UTF-8 (the JNDI provider encodes the filter
     * string in UTF-8), but escaping every byte outside printable ASCII as well keeps control characters out of
     * the directory's logs.
     */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        value.codePoints().forEach(cp -> {
            if (cp == '*' || cp == '(' || cp == ')' || cp == '\\' || cp < 0x20 || cp == 0x7f) {
                hex(out, (byte) cp);
            } else if (cp > 0x7f) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    hex(out, b);
                }
            } else {
                out.append((char) cp);
            }
        });
        return out.toString();
    }

    private static void hex(StringBuilder out, byte b) {
        out.append('\\').append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }

    private static int depth(String filter) {
        int depth = 0;
        for (int i = 0; i < filter.length(); i++) {
            char c = filter.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return -1;
            }
        }
        return depth;
    }
}
