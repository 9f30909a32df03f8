/**
 * The admin console (Faces + PrimeFaces under /admin): sign-in through the core, one small view-scoped
 * bean per page, and one facade per page ({@code DashboardFacade}, {@code SessionsFacade}, {@code AuditFacade},
 * {@code AccountsFacade}), which alone call the core and hand
 * the pages DTOs, never domain objects or entities.
 */
package org.authgate.web.console;
