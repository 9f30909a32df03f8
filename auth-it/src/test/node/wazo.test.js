// @wazo/sdk 0.44.7 against authgate's Wazo dialect, as the seed document uses it:
// Wazo.Auth.init(clientId), setHost(host), logIn(username, password), then validateToken, a token
// refresh and logout. The SDK only speaks https://{host}/api/..., so it talks to the TLS listener.
'use strict';

// The server's certificate is self-signed: trusted in this test process only.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

// Node 20 has no global WebSocket; the SDK opens one to /api/websocketd/ after its login, which
// authgate does not serve (a failure the SDK tolerates). This stand-in never connects.
if (typeof globalThis.WebSocket === 'undefined') {
  globalThis.WebSocket = class StandInWebSocket {
    static CONNECTING = 0;
    static OPEN = 1;
    static CLOSING = 2;
    static CLOSED = 3;
    constructor(url) { this.url = url; this.readyState = 0; }
    addEventListener() {}
    removeEventListener() {}
    send() {}
    close() { this.readyState = 3; }
  };
}

const test = require('node:test');
const assert = require('node:assert/strict');
const { HTTPS_URL, createUser, unique } = require('./authgate.js');
const Wazo = require('@wazo/sdk').default;

// The SDK builds https://{host}/api/...: a context root (ExistingServerIT) rides along in the host string.
const HOST = `localhost:${new URL(HTTPS_URL).port || 443}${new URL(HTTPS_URL).pathname.replace(/\/$/, '')}`;
const CLIENT_ID = 'wazo-desktop';
const PASSWORD = 'correct horse battery';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// wazo-auth's token shape, authgate's default for the dialect (authgate.dialect.wazo.token-shape=uuid).
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function tokenStatus(token) {
  const response = await fetch(`${HTTPS_URL}/api/auth/0.1/token/${token}`);
  return response.status;
}

/** A fresh SDK state, as an app start: the websocket of the previous login closed first (it would retry forever). */
function start(expiration) {
  Wazo.Websocket.close(true);
  Wazo.Auth.init(CLIENT_ID, expiration);
  Wazo.Auth.setHost(HOST);
  // Each SDK request arms a timer of this length that is never cleared: the default (minutes) would keep
  // the test process alive long after the last test.
  Wazo.Auth.setRequestTimeout(15000);
}

test.afterEach(() => Wazo.Websocket.close(true));

test('the seed example: init, setHost, logIn returns the session with profile, acl and refresh token', { timeout: 60000 }, async () => {
  const username = unique('wazo');
  const user = await createUser({ username, password: PASSWORD, email: `${username}@mail.fr`, firstName: 'prénom', lastName: 'nom' });

  start(3600);
  const session = await Wazo.Auth.logIn(username, PASSWORD);

  assert.match(session.token, UUID_V4, 'a version-4 UUID, as wazo-auth issues');
  assert.notEqual(session.token, session.sessionUuid);
  assert.equal(session.uuid, user.id);
  assert.match(session.uuid, UUID);
  assert.equal(session.tenantUuid, 'default');
  assert.equal(session.profile.id, user.id);
  assert.equal(session.profile.firstName, 'prénom');
  assert.equal(session.profile.lastName, 'nom');
  assert.equal(session.profile.email, `${username}@mail.fr`);
  assert.deepEqual(session.profile.lines, []);
  assert.deepEqual(session.profile.forwards.map((f) => [f.key, f.enabled]),
    [['unconditional', false], ['noanswer', false], ['busy', false]]);
  assert.equal(session.profile.doNotDisturb, false);
  assert.ok(session.acl.includes('confd.users.me.read'));
  assert.ok(session.refreshToken, 'a client id makes the login offline');
  assert.match(session.sessionUuid, UUID);
  assert.match(session.stackUuid, UUID);
  assert.equal(session.engineVersion, '23.16');
  assert.ok(session.expiresAt > new Date() && !session.hasExpired());
  assert.equal(Wazo.Auth.getSession(), session);

  await Wazo.Auth.logout();
  assert.equal(await tokenStatus(session.token), 404);
});

test('validateToken restores a stored session, refreshes reuse the first refresh token, logout ends both', { timeout: 60000 }, async () => {
  const username = unique('wazo');
  await createUser({ username, password: PASSWORD });
  start(3600);
  const session = await Wazo.Auth.logIn(username, PASSWORD);
  const stored = { token: session.token, refreshToken: session.refreshToken };

  // An app restart: a fresh Auth state validates the stored token.
  start(3600);
  const restored = await Wazo.Auth.validateToken(stored.token, stored.refreshToken);
  assert.ok(restored, 'validateToken restored a session');
  assert.equal(restored.token, stored.token);
  assert.equal(restored.uuid, session.uuid);
  assert.equal(restored.profile.id, session.uuid);

  // Wazo does not rotate refresh tokens: the SDK keeps presenting the first one.
  const refreshed = [];
  Wazo.Auth.setOnRefreshToken((token) => refreshed.push(token));
  const first = await Wazo.Auth.forceRefreshToken();
  const second = await Wazo.Auth.forceRefreshToken();
  assert.ok(first && second);
  assert.match(first, UUID_V4, 'a refreshed token has the same shape');
  assert.match(second, UUID_V4);
  assert.deepEqual(refreshed, [first, second]);
  assert.equal(new Set([stored.token, first, second]).size, 3);
  assert.equal(await tokenStatus(first), 200);
  assert.equal(await tokenStatus(second), 200);

  await Wazo.Auth.logout();
  assert.equal(await tokenStatus(stored.token), 404, 'logout deletes the session token');
  const afterLogout = await fetch(`${HTTPS_URL}/api/auth/0.1/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ refresh_token: stored.refreshToken, client_id: CLIENT_ID }),
  });
  assert.equal(afterLogout.status, 401, 'logout revoked the client\'s refresh token');
  assert.deepEqual((await afterLogout.json()).reason, ['Authentication Failed']);
});

test('a short-lived token expires and the SDK refreshes it on its own', { timeout: 60000 }, async () => {
  const username = unique('wazo');
  await createUser({ username, password: PASSWORD });
  start(1);
  const session = await Wazo.Auth.logIn(username, PASSWORD);
  const refreshed = [];
  Wazo.Auth.setOnRefreshToken((token) => refreshed.push(token));

  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal(await tokenStatus(session.token), 404, 'the 1 s token expired');

  const restored = await Wazo.Auth.validateToken(session.token, session.refreshToken);
  assert.ok(restored);
  assert.equal(refreshed.length, 1, 'the SDK refreshed on "No such token"');
  assert.notEqual(refreshed[0], session.token);
  assert.match(refreshed[0], UUID_V4);
  await Wazo.Auth.logout();
});

test('a wrong password is refused with Authentication Failed', { timeout: 60000 }, async () => {
  const username = unique('wazo');
  await createUser({ username, password: PASSWORD });
  start(3600);

  await assert.rejects(Wazo.Auth.logIn(username, 'not the password'), (error) => {
    assert.equal(error.status, 401);
    assert.match(error.message, /Authentication Failed/);
    return true;
  });
  assert.equal(Wazo.Auth.getSession(), undefined);
});
