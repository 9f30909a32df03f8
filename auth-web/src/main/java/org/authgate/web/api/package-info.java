/**
 * The native REST API under {@code /api/v1}: thin resources that validate a body, make one call to
 * the {@link org.authgate.web.core.Gateway} and render the answer; errors are problem documents.
 */
package org.authgate.web.api;
