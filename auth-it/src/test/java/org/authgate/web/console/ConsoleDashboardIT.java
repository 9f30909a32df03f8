package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.authgate.web.api.NativeApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The dashboard in headless Chromium: the login charts and the breakdown by connector. */
class ConsoleDashboardIT extends ConsolePageTest {
    /** A bar's title: "2025-03-01 09:05 UTC: 3 logins, 1 failures". */
    private static final String BAR = "UTC: (\\d+) logins, \\d+ failures";
    private static final String FAILURE_BAR = "UTC: \\d+ logins, (\\d+) failures";

    @Test
    void theChartsAndTheConnectorBreakdownShowLoginsAndFailures() {
        NativeApi stranger = new NativeApi();
        assertThat(stranger.login(NativeApi.uniqueName("nobody"), "wrong password").status()).isEqualTo(401);

        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);
        browser.waitFor(By.id("chart-hour"));
        browser.shot("dashboard-charts");

        assertThat(browser.text(By.id("dashboard:by-connector"))).contains("local");
        String page = browser.pageSource();
        String hour = page.substring(page.indexOf("id=\"chart-hour\""), page.indexOf("id=\"chart-day\""));
        String day = page.substring(page.indexOf("id=\"chart-day\""));
        assertThat(count(hour, "class=\"bucket\"")).isEqualTo(12);
        assertThat(count(day, "class=\"bucket\"")).isEqualTo(24);
        // The administrator's own sign-in and the stranger's failure happened within the hour.
        assertThat(sum(hour, BAR)).isPositive();
        assertThat(sum(hour, FAILURE_BAR)).isPositive();
        assertThat(sum(day, BAR)).isGreaterThanOrEqualTo(sum(hour, BAR));
    }

    private static long sum(String html, String regex) {
        List<String> counts = java.util.regex.Pattern.compile(regex).matcher(html).results().map(r -> r.group(1))
                .toList();
        assertThat(counts).isNotEmpty();
        return counts.stream().mapToLong(Long::parseLong).sum();
    }

    private static int count(String html, String needle) {
        return html.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
