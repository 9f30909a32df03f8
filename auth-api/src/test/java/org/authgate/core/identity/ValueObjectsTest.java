package org.authgate.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.authgate.core.connector.ConnectorId;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.SessionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Local", "1ldap", "has space", "x/../y", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void badConnectorIdsAreRefused(String text) {
        assertThat(ConnectorId.isValid(text)).isFalse();
        assertThatThrownBy(() -> new ConnectorId(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "ldap", "wazo_user", "ad-2"})
    void goodConnectorIdsAreKept(String text) {
        assertThat(ConnectorId.isValid(text)).isTrue();
        assertThat(new ConnectorId(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " acme", "acme;drop", ".hidden", "-x"})
    void badTenantIdsAreRefused(String text) {
        assertThat(TenantId.isValid(text)).isFalse();
        assertThatThrownBy(() -> new TenantId(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "acme", "2b7c9a52-0f5e-4d1a-9c3e-1b2d3e4f5a6b", "example.com"})
    void tenantsAreUuidsOrSlugs(String text) {
        assertThat(new TenantId(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "admin", "wazo", "kuzzle", "azuriom", "oneentry", "view365"})
    void dialectNamesAreLowerCaseWords(String text) {
        assertThat(new Dialect(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Native", "-view", "wazo_auth"})
    void otherDialectNamesAreRefused(String text) {
        assertThatThrownBy(() -> new Dialect(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsRoundTripThroughText() {
        SubjectId subject = SubjectId.random();
        SessionId session = SessionId.random();

        assertThat(SubjectId.parse(subject.toString())).isEqualTo(subject);
        assertThat(SessionId.parse(session.toString())).isEqualTo(session);
        assertThatThrownBy(() -> SessionId.parse("not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
    }
}
