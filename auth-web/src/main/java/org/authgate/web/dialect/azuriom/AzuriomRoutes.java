package org.authgate.web.dialect.azuriom;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks Azuriom's resource, and binds {@link AzuriomSwitch} to it: the switch is enforced on the resource a request
 * was routed to, whatever its path looked like.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AzuriomRoutes {
}
