/**
 * HTTP plumbing shared by the native API and the dialects: RFC 9457 problem documents, exception
 * mappers that never leak a stack trace, the request-body size limit, and client information.
 */
package org.authgate.web.http;
