package org.authgate.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/login", "/api/auth/0.1/token/3f2c8a1e-0000-4000-8000-000000000001",
            "/_login/local", "/login/en_US", "/api/v1/admin/accounts/%C3%A9l%C3%A8ve", "/api/v1/x%20y", "/a/b/"})
    void routesAsWrittenAreCanonical(String path) {
        assertThat(CanonicalPath.isCanonical(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api;x/content/users-auth-providers", "/api/v1/login;jsessionid=1", "/api//v1/login",
            "/api/./v1/login", "/api/x/../v1/login", "/api/v1/..", "/api/v1/.", "/api%2Fv1/login", "/api%2fv1/login",
            "/api/%63ontent/users-auth-providers", "/api/v1/%2e%2e/admin", "/api%5Cv1", "/api\\v1", "/api%3Bx/v1",
            "/api/v1/login%00", "/api/v1/%25", "/api/v1/%zz", "/api/v1/%4", "/api/v1/login%09", "/api/v1/%7E"})
    void tricksAreNot(String path) {
        assertThat(CanonicalPath.isCanonical(path)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "/api;x/content/users-auth-providers/marker/email/users/auth, /api/content/users-auth-providers/marker/email/users/auth",
            "/api/auth/0.1;a=b/token, /api/auth/0.1/token",
            "/api//auth/./0.1/x/../token, /api/auth/0.1/token",
            "/api%2Fauth%2F0.1%2Ftoken, /api/auth/0.1/token",
            "/api%252Fauth/0.1/token, /api/auth/0.1/token",
            "/api/%63ontent/users-auth-providers, /api/content/users-auth-providers",
            "/../../login, /login",
            "/api\\v1\\login, /api/v1/login"})
    void theOwnerOfATrickIsThePathRoutingWouldSee(String trick, String owner) {
        assertThat(CanonicalPath.ownerPath(trick)).isEqualTo(owner);
    }
}
