package org.authgate.web.dialect.view365;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks 365View's resource, and binds {@link View365Switch} to it: the switch is enforced on the resource a
 * request was routed to, whatever its path looked like.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface View365Routes {
}
