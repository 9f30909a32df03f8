/**
 * The native REST API under {@code /api/v1}: thin resources that validate a body, make one call to
 * a use case ({@link org.authgate.web.usecase}) and render the answer; errors are problem documents.
 */
package org.authgate.web.api;
