/**
 * The dialect kit, shared by the five platforms' login APIs (one sub-package each): {@link
 * org.authgate.web.dialect.DialectSwitch} (the on/off gate), {@link org.authgate.web.dialect.PrefixErrors} (the
 * paths whose errors a dialect renders) and {@link org.authgate.web.dialect.DialectRefusal} (an answer in the
 * platform's error format). Each dialect has the same parts under fixed suffixes: {@code *Config} (a record read
 * from {@code authgate.dialect.<name>.*} by its nested {@code Producer}, checked at start-up), {@code *Resource}
 * (the routes: parse, one call to a use case of {@code web.usecase}, render), {@code *Wire} (its JSON bodies),
 * {@code *Mapper} (core values to the wire), {@code *Errors} (its error format), {@code *Switch} and
 * {@code *Refusal}.
 */
package org.authgate.web.dialect;
