package org.authgate.web.dialect.wazo;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Wazo's ACL patterns, as wazo-auth matches them: dot-separated words where {@code *} is one word,
 * {@code #} any number of words, and the word {@code me} also stands for the token owner's uuid.
 */
final class WazoAcl {
    private WazoAcl() {
    }

    /** True when one of {@code acl} grants {@code required} to the user {@code userUuid}. */
    static boolean grants(List<String> acl, String required, String userUuid) {
        if (required == null || required.isEmpty()) {
            return true;
        }
        for (String pattern : acl) {
            if (regex(pattern, userUuid).matcher(required).matches()) {
                return true;
            }
        }
        return false;
    }

    static Pattern regex(String pattern, String userUuid) {
        StringBuilder regex = new StringBuilder();
        String[] words = pattern.split("\\.", -1);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("\\.");
            }
            switch (words[i]) {
                case "*" -> regex.append("[^.]*");
                case "#" -> regex.append(".*");
                case "me" -> regex.append("(?:me|").append(Pattern.quote(userUuid)).append(')');
                default -> regex.append(Pattern.quote(words[i]));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
