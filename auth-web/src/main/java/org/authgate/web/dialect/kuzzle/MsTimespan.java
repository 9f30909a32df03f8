package org.authgate.web.dialect.kuzzle;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kuzzle's {@code expiresIn}: the grammar of the npm {@code ms} library 2.1.3, which Kuzzle parses it
 * with. A bare number is milliseconds; a number with a unit ({@code "12h"}, {@code "1.5 hours"},
 * {@code "10 minutes"}, {@code "1w"}, {@code "1y"}) is converted, units case-insensitive, a year being
 * 365.25 days; input longer than 100 characters, empty, or not matching is unparsable.
 */
final class MsTimespan {
    static final int MAX_LENGTH = 100;

    // The regular expression of ms 2.1.3's parse(), unchanged.
    private static final Pattern FORM = Pattern.compile(
            "^(-?(?:\\d+)?\\.?\\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d"
                    + "|weeks?|w|years?|yrs?|y)?$",
            Pattern.CASE_INSENSITIVE);

    private static final double SECOND = 1000;
    private static final double MINUTE = SECOND * 60;
    private static final double HOUR = MINUTE * 60;
    private static final double DAY = HOUR * 24;
    private static final double WEEK = DAY * 7;
    private static final double YEAR = DAY * 365.25;

    private MsTimespan() {
    }

    /** The milliseconds {@code text} stands for (possibly fractional or negative); empty when unparsable. */
    static OptionalDouble parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return OptionalDouble.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2).toLowerCase(Locale.ROOT);
        return OptionalDouble.of(n * factor(unit));
    }

    private static double factor(String unit) {
        switch (unit) {
            case "years": case "year": case "yrs": case "yr": case "y":
                return YEAR;
            case "weeks": case "week": case "w":
                return WEEK;
            case "days": case "day": case "d":
                return DAY;
            case "hours": case "hour": case "hrs": case "hr": case "h":
                return HOUR;
            case "minutes": case "minute": case "mins": case "min": case "m":
                return MINUTE;
            case "seconds": case "second": case "secs": case "sec": case "s":
                return SECOND;
            default:
                return 1;
        }
    }
}
