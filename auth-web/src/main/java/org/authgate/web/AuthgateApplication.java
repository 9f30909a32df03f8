package org.authgate.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * JAX-RS owns "/" because Kuzzle's SDK builds URLs from host and port only and Wazo's from host
 * only; every dialect lives under its platform's own prefix below it. The Faces servlet takes
 * {@code /admin/*} (web.xml).
 */
@ApplicationPath("/")
public class AuthgateApplication extends Application {
}
