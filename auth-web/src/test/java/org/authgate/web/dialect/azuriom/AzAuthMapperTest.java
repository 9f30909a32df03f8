package org.authgate.web.dialect.azuriom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.junit.jupiter.api.Test;

/** The parts of Azuriom's user JSON that are computed rather than copied. */
class AzAuthMapperTest {

    @Test
    void theIntegerIdIsAStablePositiveFunctionOfTheUuid() {
        UUID a = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        UUID b = UUID.fromString("123e4567-e89b-12d3-a456-426614174001");

        assertThat(AzAuthMapper.azuriomId(a)).isPositive().isEqualTo(AzAuthMapper.azuriomId(a));
        assertThat(AzAuthMapper.azuriomId(b)).isPositive().isNotEqualTo(AzAuthMapper.azuriomId(a));
    }

    @Test
    void datesAreIso8601WithANumericOffsetLikeCarbon() {
        assertThat(AzAuthMapper.ISO_WITH_OFFSET.format(Instant.parse("2020-06-29T17:39:12.345Z")))
                .isEqualTo("2020-06-29T17:39:12+00:00");
    }

    @Test
    void moneyIsTheAttributeOrZero() {
        assertThat(AzAuthMapper.money(identity(Map.of("money", "100")))).isEqualTo(100.0);
        assertThat(AzAuthMapper.money(identity(Map.of("money", " 12.50 ")))).isEqualTo(12.5);
        assertThat(AzAuthMapper.money(identity(Map.of("money", "lots")))).isZero();
        assertThat(AzAuthMapper.money(identity(Map.of()))).isZero();
    }

    @Test
    void rolesParseAndRefuseColorsThatAreNotRrggbb() {
        assertThat(AzuriomConfig.AzuriomRole.parse("2:Admin:#2196F3"))
                .isEqualTo(new AzuriomConfig.AzuriomRole(2, "Admin", "#2196f3"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AzuriomConfig.AzuriomRole.parse("2:Admin:red"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Identity identity(Map<String, String> attributes) {
        return Identity.of(SubjectId.random(), TenantId.DEFAULT, ConnectorId.LOCAL, "steve").createdAt(Instant.EPOCH)
                .attributes(attributes).build();
    }
}
