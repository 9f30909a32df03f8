package org.authgate.web.bench;

/** One line of issue 5's budget as this run measured it. */
record BudgetLine(String line, String measured, String limit, boolean met) {

    /** {@code value >= min}, both ratios shown as percentages. */
    static BudgetLine atLeast(String line, double value, double min) {
        return new BudgetLine(line, percent(value), ">= " + percent(min), value >= min);
    }

    static BudgetLine below(String line, double value, double max, String unit) {
        return new BudgetLine(line, String.format("%.1f %s", value, unit), String.format("< %.0f %s", max, unit),
                value < max);
    }

    /** A relative change between two measurements of the same thing, in either direction. */
    static BudgetLine change(String line, double before, double after, double max) {
        double change = (after - before) / before;
        return new BudgetLine(line, String.format("%+.1f %%", change * 100), "< " + percent(max) + " either way",
                Math.abs(change) < max);
    }

    private static String percent(double ratio) {
        return String.format("%.0f %%", ratio * 100);
    }
}
