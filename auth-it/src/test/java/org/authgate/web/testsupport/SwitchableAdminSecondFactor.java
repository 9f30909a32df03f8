package org.authgate.web.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.concurrent.atomic.AtomicReference;
import org.authgate.web.core.AdminSecondFactor;

/**
 * Test-only: {@link AdminSecondFactor} whose switch {@link TestAdminSecondFactorResource} can turn, so that
 * AdminSecondFactorIT proves the production default on the shared IT server, which runs with it off (see
 * auth-it/pom.xml). Null means "as configured".
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class SwitchableAdminSecondFactor extends AdminSecondFactor {
    private static final AtomicReference<Boolean> OVERRIDE = new AtomicReference<>();

    static void set(Boolean required) {
        OVERRIDE.set(required);
    }

    @Override
    public boolean required() {
        Boolean forced = OVERRIDE.get();
        return forced == null ? super.required() : forced;
    }
}
