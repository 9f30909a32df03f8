package org.authgate.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LdapFilterTest {

    @Test
    void escapesTheFiveCharactersRfc4515Names() {
        assertThat(LdapFilter.escape("*")).isEqualTo("\\2a");
        assertThat(LdapFilter.escape("(")).isEqualTo("\\28");
        assertThat(LdapFilter.escape(")")).isEqualTo("\\29");
        assertThat(LdapFilter.escape("\\")).isEqualTo("\\5c");
        assertThat(LdapFilter.escape("\0")).isEqualTo("\\00");
    }

    @Test
    void anInjectionAttemptStaysOneAssertionValue() {
        LdapFilter filter = new LdapFilter("(&(objectClass=inetOrgPerson)(uid={0}))");
        assertThat(filter.with("*)(uid=*")).isEqualTo("(&(objectClass=inetOrgPerson)(uid=\\2a\\29\\28uid=\\2a))");
        assertThat(filter.with("admin\0")).isEqualTo("(&(objectClass=inetOrgPerson)(uid=admin\\00))");
    }

    @Test
    void leavesOrdinaryNamesAloneAndEncodesOthersAsUtf8() {
        assertThat(LdapFilter.escape("o'brien.jr-2 x@y")).isEqualTo("o'brien.jr-2 x@y");
        assertThat(LdapFilter.escape("zoë")).isEqualTo("zo\\c3\\ab");
        assertThat(LdapFilter.escape("a\nb")).isEqualTo("a\\0ab");
    }

    @Test
    void replacesEveryPlaceholder() {
        assertThat(new LdapFilter("(|(uid={0})(mail={0}))").with("a*")).isEqualTo("(|(uid=a\\2a)(mail=a\\2a))");
    }

    @Test
    void refusesATemplateWithoutPlaceholderOrUnbalanced() {
        assertThatThrownBy(() -> new LdapFilter("(uid=admin)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LdapFilter("(uid={0}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LdapFilter("uid={0}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LdapFilter("(uid={0}))(")).isInstanceOf(IllegalArgumentException.class);
    }
}
