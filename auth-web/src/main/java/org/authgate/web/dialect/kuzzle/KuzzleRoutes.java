package org.authgate.web.dialect.kuzzle;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the resources of Kuzzle's controllers, and binds {@link KuzzleSwitch} to them: the switch is enforced on the
 * resource a request was routed to, whatever its path looked like.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KuzzleRoutes {
}
