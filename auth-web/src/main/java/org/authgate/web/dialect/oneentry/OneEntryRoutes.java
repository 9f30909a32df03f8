package org.authgate.web.dialect.oneentry;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks OneEntry's resource, and binds {@link OneEntrySwitch} to it: the switch and the application token
 * are enforced on the resource a request was routed to, whatever its path looked like.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OneEntryRoutes {
}
