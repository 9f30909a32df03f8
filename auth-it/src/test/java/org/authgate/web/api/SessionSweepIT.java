package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/** The sweeper ends sessions nobody touches any more, audits each, and their tokens then read as expired. */
class SessionSweepIT extends ApiTest {

    @Test
    void anIdleSessionIsEndedAndAuditedWithoutAnyTokenCheck() {
        String user = NativeApi.uniqueName("sid");
        api.createUser(user, "correct horse battery");
        JsonObject login = api.loggedIn(user, "correct horse battery");
        String sessionId = login.getString("sessionId");
        JsonObject fresh = api.loggedIn(user, "correct horse battery");

        api.advanceClock(8 * 3600); // the idle timeout; the second session is used just before
        assertThat(api.get("/api/v1/session", "Authorization", bearer(fresh.getString("accessToken"))).status())
                .isIn(200, 401);
        assertThat(sweep()).isPositive();

        List<Map<String, String>> row = NativeApi.audit("SELECT state, end_reason FROM sessions WHERE id = ?::uuid",
                sessionId);
        assertThat(row).singleElement().satisfies(r -> {
            assertThat(r.get("state")).isEqualTo("EXPIRED");
            assertThat(r.get("end_reason")).isEqualTo("IDLE_EXPIRY");
        });
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE session_id = ?::uuid"
                + " AND event = 'SESSION_EXPIRED' AND reason = 'IDLE_EXPIRY' AND dialect = 'native'", sessionId))
                .isEqualTo(1);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(login.getString("accessToken"))).status())
                .isEqualTo(401);
        HttpTestClient.Response refresh = api.post("/api/v1/refresh",
                Json.createObjectBuilder().add("refreshToken", login.getString("refreshToken")).build().toString());
        assertThat(refresh.status()).isEqualTo(401);

        sweep();
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE session_id = ?::uuid"
                + " AND event = 'SESSION_EXPIRED'", sessionId)).as("nothing is ended twice").isEqualTo(1);
    }

    /** @return how many sessions the sweep ended (any test's, the database is shared) */
    private int sweep() {
        HttpTestClient.Response r = api.post("/test-support/sweep", "");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return Integer.parseInt(r.body().strip());
    }
}
