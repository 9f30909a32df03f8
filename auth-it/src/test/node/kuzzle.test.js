// kuzzle-sdk 7.17.1 (Http protocol) against authgate's Kuzzle dialect at the root paths.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { Kuzzle, Http } = require('kuzzle-sdk');
const { HTTP_URL, createUser, unique } = require('./authgate');

const url = new URL(HTTP_URL);
const PASSWORD = 'correct horse battery';

function client() {
  return new Kuzzle(new Http(url.hostname, { port: Number(url.port) }));
}

function payloadOf(jwt) {
  const parts = jwt.split('.');
  assert.strictEqual(parts.length, 3);
  return JSON.parse(Buffer.from(parts[1], 'base64').toString('ascii'));
}

test('kuzzle-sdk logs in, checks, refreshes, reads the current user and logs out', async () => {
  const username = unique('kuzzle');
  const account = await createUser({ username, password: PASSWORD, email: `${username}@example.test` });
  const kuzzle = client();
  await kuzzle.connect();
  try {
    const jwt = await kuzzle.auth.login('local', { username, password: PASSWORD }, '12h');
    const payload = payloadOf(jwt);
    assert.strictEqual(payload._id, account.id);
    assert.ok(payload.exp * 1000 > Date.now() + 11 * 3600 * 1000);
    assert.strictEqual(kuzzle.jwt, jwt);

    const checked = await kuzzle.auth.checkToken();
    assert.strictEqual(checked.valid, true);
    assert.strictEqual(checked.kuid, account.id);
    assert.ok(checked.expiresAt > Date.now());

    const user = await kuzzle.auth.getCurrentUser();
    assert.strictEqual(user._id, account.id);
    assert.ok(Array.isArray(user.content.profileIds));

    const refreshed = await kuzzle.auth.refreshToken({ expiresIn: '2h' });
    assert.notStrictEqual(refreshed.jwt, jwt);
    assert.strictEqual(refreshed._id, account.id);
    assert.strictEqual(refreshed.ttl, 2 * 3600 * 1000);
    assert.strictEqual(kuzzle.jwt, refreshed.jwt);
    assert.strictEqual((await kuzzle.auth.checkToken()).valid, true);

    assert.deepStrictEqual(await kuzzle.auth.getStrategies(), ['local']);
    assert.strictEqual(await kuzzle.auth.credentialsExist('local'), true);

    await kuzzle.auth.logout();
    const after = await kuzzle.auth.checkToken(refreshed.jwt);
    assert.deepStrictEqual(after, { valid: false, state: 'Invalid token.' });
  } finally {
    kuzzle.disconnect();
  }
});

test('kuzzle-sdk rejects a wrong password with Kuzzle\'s error', async () => {
  const username = unique('kuzzle');
  await createUser({ username, password: PASSWORD });
  const kuzzle = client();
  await kuzzle.connect();
  try {
    await assert.rejects(kuzzle.auth.login('local', { username, password: 'not it' }, '12h'), (error) => {
      assert.strictEqual(error.status, 401);
      assert.strictEqual(error.id, 'plugin.strategy.missing_user');
      assert.strictEqual(error.code, 67305492);
      assert.strictEqual(error.message, 'wrong username or password');
      return true;
    });
    assert.strictEqual(kuzzle.jwt, null);
  } finally {
    kuzzle.disconnect();
  }
});

test('kuzzle-sdk rejects an unknown strategy', async () => {
  const kuzzle = client();
  await kuzzle.connect();
  try {
    await assert.rejects(kuzzle.auth.login('github', { username: 'x', password: 'y' }), (error) => {
      assert.strictEqual(error.status, 400);
      assert.strictEqual(error.id, 'security.credentials.unknown_strategy');
      assert.strictEqual(error.code, 117571585);
      return true;
    });
  } finally {
    kuzzle.disconnect();
  }
});
