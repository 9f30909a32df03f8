/**
 * The admin console (Faces + PrimeFaces under /admin): sign-in through the core, one small view-scoped
 * bean per page, and {@link org.authgate.web.console.ConsoleFacade}, which alone calls the core and hands
 * the pages DTOs, never domain objects or entities.
 */
package org.authgate.web.console;
