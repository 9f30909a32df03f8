/**
 * The Kuzzle dialect: Kuzzle's auth controller (and {@code server:publicApi}) over HTTP at the root paths, in
 * Kuzzle's response envelope, one resource per controller. Resources, wire shapes and error catalogue only; each
 * action is one call to a use case of {@code web.usecase}.
 */
package org.authgate.web.dialect.kuzzle;
