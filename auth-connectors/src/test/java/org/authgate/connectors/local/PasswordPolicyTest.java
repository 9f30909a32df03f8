package org.authgate.connectors.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aPasswordOnTheListIsRefusedWhateverItsCaseAndLengthStillCounts() {
        PasswordPolicy policy = new PasswordPolicy(8, CommonPasswords.of(Set.of("trustno1!", "longenough")));

        assertThat(policy.judge("LongEnough")).isEqualTo(PasswordPolicy.Verdict.COMMON);
        assertThat(policy.judge("trustno1!")).isEqualTo(PasswordPolicy.Verdict.COMMON);
        assertThat(policy.judge("short")).isEqualTo(PasswordPolicy.Verdict.LENGTH);
        assertThat(policy.judge("x".repeat(1025))).isEqualTo(PasswordPolicy.Verdict.LENGTH);
        assertThat(policy.judge("a long unusual phrase")).isEqualTo(PasswordPolicy.Verdict.ACCEPTED);
        assertThat(policy.explain(PasswordPolicy.Verdict.COMMON)).contains("most common passwords");
        assertThat(policy.explain(PasswordPolicy.Verdict.LENGTH)).contains("8 to 1024 characters");
    }

    @Test
    void theMinimumLengthStaysConfigurable() {
        PasswordPolicy policy = new PasswordPolicy(12, CommonPasswords.NONE);

        assertThat(policy.accepts("elevenchars")).isFalse();
        assertThat(policy.accepts("twelve chars")).isTrue();
    }

    @Test
    void zxcvbnsFrequencyListHoldsTheUsualSuspectsAndNotAPassphrase() {
        CommonPasswords list = CommonPasswords.frequencyList();

        assertThat(list.contains("password")).isTrue();
        assertThat(list.contains("Password1")).isTrue();
        assertThat(list.contains("qwertyuiop")).isTrue();
        assertThat(list.contains("1q2w3e4r5t")).isTrue();
        assertThat(list.contains("correct horse battery")).isFalse();
        assertThat(list.contains(null)).isFalse();
    }
}
