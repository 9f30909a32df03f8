// The official OneEntry SDK (oneentry 1.0.149) against authgate's OneEntry dialect.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { defineOneEntry } = require('oneentry');
const { HTTP_URL, json, createUser, unique } = require('./authgate');

const APP_TOKEN = process.env.AUTHGATE_ONEENTRY_APP_TOKEN || 'it-oneentry-app-token';
const PASSWORD = 'correct horse battery';

function sdk(token = APP_TOKEN) {
  // isShell: errors come back as OneEntry's error object instead of being thrown.
  return defineOneEntry(HTTP_URL, { token, langCode: 'en_US', errors: { isShell: true } }).AuthProvider;
}

async function user() {
  const username = unique('oe-sdk');
  await createUser({ username, password: PASSWORD, email: `${username}@example.test` });
  return username;
}

function credentials(login, password) {
  return { authData: [{ marker: 'login', value: login }, { marker: 'password', value: password }] };
}

test('auth answers the tokens, the access token a JWT', async () => {
  const login = await user();
  const auth = await sdk().auth('email', credentials(login, PASSWORD));
  assert.strictEqual(auth.userIdentifier, login);
  assert.strictEqual(auth.authProviderIdentifier, 'email');
  assert.strictEqual(auth.accessToken.split('.').length, 3);
  assert.ok(auth.refreshToken);
});

test('a wrong password comes back as OneEntry\'s 401 error object', async () => {
  const login = await user();
  const answer = await sdk().auth('email', credentials(login, 'not the password'));
  assert.strictEqual(answer.statusCode, 401);
  assert.strictEqual(answer.pageData, null);
  assert.ok(answer.message);
});

test('a wrong application token is refused', async () => {
  const answer = await sdk('not-the-token').getAuthProviders();
  assert.strictEqual(answer.statusCode, 401);
});

test('the provider list and one provider', async () => {
  const providers = await sdk().getAuthProviders();
  assert.ok(Array.isArray(providers), JSON.stringify(providers));
  assert.strictEqual(providers[0].identifier, 'email');
  const one = await sdk().getAuthProviderByMarker('email');
  assert.strictEqual(one.identifier, 'email');
});

test('refresh rotates the refresh token, and the spent one is refused', async () => {
  const login = await user();
  const provider = sdk();
  const auth = await provider.auth('email', credentials(login, PASSWORD));
  const refreshed = await provider.refresh('email', auth.refreshToken);
  assert.ok(refreshed.accessToken, JSON.stringify(refreshed));
  assert.notStrictEqual(refreshed.refreshToken, auth.refreshToken);
  const reused = await sdk().refresh('email', auth.refreshToken);
  assert.strictEqual(reused.statusCode, 400);
});

test('getActiveSessionsByMarker lists the device the SDK described', async () => {
  const login = await user();
  const provider = sdk();
  await provider.auth('email', credentials(login, PASSWORD));
  const sessions = await provider.getActiveSessionsByMarker('email');
  assert.ok(Array.isArray(sessions), JSON.stringify(sessions));
  assert.strictEqual(sessions.length, 1);
  assert.strictEqual(sessions[0].deviceInfo.os, 'Node.js');
});

test('on a 401 the SDK refreshes and retries once, which succeeds', async () => {
  const login = await user();
  const provider = sdk();
  await provider.auth('email', credentials(login, PASSWORD));
  // Move the server's test clock past the access token's hour; the refresh token still holds.
  const moved = await fetch(`${HTTP_URL}/test-support/clock/advance?seconds=3700`, { method: 'POST' });
  assert.strictEqual(moved.status, 204);
  try {
    const sessions = await provider.getActiveSessionsByMarker('email');
    assert.ok(Array.isArray(sessions), JSON.stringify(sessions));
    assert.strictEqual(sessions.length, 1);
  } finally {
    await fetch(`${HTTP_URL}/test-support/clock/reset`, { method: 'POST' });
  }
});

test('logout ends the session of the refresh token', async () => {
  const login = await user();
  const provider = sdk();
  const auth = await provider.auth('email', credentials(login, PASSWORD));
  assert.strictEqual(await provider.logout('email', auth.refreshToken), true);
  const after = await sdk().refresh('email', auth.refreshToken);
  assert.strictEqual(after.statusCode, 400);
});

test('logoutAll ends every session of the user', async () => {
  const login = await user();
  const first = sdk();
  const second = sdk();
  await first.auth('email', credentials(login, PASSWORD));
  const other = await second.auth('email', credentials(login, PASSWORD));
  assert.strictEqual(await first.logoutAll('email'), true);
  const after = await sdk().refresh('email', other.refreshToken);
  assert.strictEqual(after.statusCode, 400);
  const check = await json('GET', '/api/content/users-auth-providers/marker/email/users/sessions', undefined,
    other.accessToken);
  assert.strictEqual(check.status, 401);
});
