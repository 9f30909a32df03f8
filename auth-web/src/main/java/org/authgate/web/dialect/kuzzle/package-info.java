/**
 * The Kuzzle dialect: Kuzzle's auth controller over HTTP at the root paths, in Kuzzle's response envelope.
 * Resources, wire shapes and error catalogue only; every use case is a core call through the Gateway.
 */
package org.authgate.web.dialect.kuzzle;
