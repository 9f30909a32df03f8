/**
 * The use cases: the only door from the web (native API, dialects, console) into the core. Each bean is one thing a
 * client or an administrator can do ({@link org.authgate.web.usecase.Login}, {@link org.authgate.web.usecase.Refresh},
 * {@link org.authgate.web.usecase.CallerSession} ...); a resource parses its request, makes one call here and renders
 * the answer. Every state change runs in a {@link org.authgate.web.usecase.UnitOfWork} (one transaction with its
 * audit record, retried on a lost write race), which nothing outside this package may start.
 */
package org.authgate.web.usecase;
