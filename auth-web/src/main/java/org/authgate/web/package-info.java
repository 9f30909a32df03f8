/**
 * The WAR: CDI wiring of the core, transactions, the native API, the dialects and the admin console.
 * May depend on every other module; nothing depends on it.
 */
package org.authgate.web;
