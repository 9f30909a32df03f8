// The official Azuriom AzAuth JavaScript client (azuriom-auth) against authgate's /api/auth.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const crypto = require('node:crypto');
const { AuthClient } = require('azuriom-auth');
const { HTTP_URL, json, createUser, adminAction, unique } = require('./authgate');

const PASSWORD = 'correct horse battery';
const client = new AuthClient(HTTP_URL);

// The server's test clock: moved forward so that each TOTP code falls in a fresh 30 s step.
let clockOffsetSeconds = 0;
async function advanceClock(seconds) {
  const moved = await json('POST', `/test-support/clock/advance?seconds=${seconds}`);
  assert.strictEqual(moved.status, 204, 'the test clock endpoint is deployed');
  clockOffsetSeconds += seconds;
}

function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238: HMAC-SHA1, 6 digits, 30 s steps, at the server's (test) time. */
function totp(secret) {
  const step = Math.floor((Date.now() / 1000 + clockOffsetSeconds) / 30);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const h = crypto.createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = h[h.length - 1] & 0xf;
  const binary = ((h[offset] & 0x7f) << 24) | (h[offset + 1] << 16) | (h[offset + 2] << 8) | h[offset + 3];
  return String(binary % 1000000).padStart(6, '0');
}

async function user(prefix, fields = {}) {
  const username = unique(prefix);
  const created = await createUser({ username, password: PASSWORD, email: `${username}@example.test`, ...fields });
  return { ...created, username };
}

/** An axios error from the client: status and Azuriom's body. */
async function refusal(promise) {
  try {
    await promise;
  } catch (error) {
    assert.ok(error.response, `a HTTP answer, not ${error}`);
    return { status: error.response.status, body: error.response.data };
  }
  assert.fail('the call should have been refused');
}

test.before(async () => {
  await json('POST', '/test-support/clock/reset');
});

test.after(async () => {
  await json('POST', '/test-support/clock/reset');
});

test('login answers the user profile with a 128-character token', async () => {
  const steve = await user('steve', { attributes: { money: '42' } });

  const result = await client.login(steve.email, PASSWORD);

  assert.strictEqual(result.status, 'success');
  assert.strictEqual(result.username, steve.username);
  assert.strictEqual(result.uuid, steve.id);
  assert.strictEqual(typeof result.id, 'number');
  assert.ok(result.id > 0);
  assert.strictEqual(result.money, 42);
  assert.strictEqual(result.emailVerified, false);
  assert.strictEqual(result.banned, false);
  assert.match(result.role.color, /^#[0-9a-f]{6}$/);
  assert.ok(result.createdAt instanceof Date && !Number.isNaN(result.createdAt.getTime()));
  assert.match(result.accessToken, /^[0-9a-f]{128}$/);
});

test('a username logs in too, and a wrong password is invalid_credentials', async () => {
  const alex = await user('alex');

  const result = await client.login(alex.username, PASSWORD);
  const wrong = await refusal(client.login(alex.username, 'not the password'));

  assert.strictEqual(result.status, 'success');
  assert.strictEqual(wrong.status, 422);
  assert.deepStrictEqual(wrong.body, { status: 'error', reason: 'invalid_credentials', message: 'Invalid credentials' });
});

test('verify answers the profile and logout ends the token', async () => {
  const vera = await user('vera');
  const { accessToken } = await client.login(vera.username, PASSWORD);

  const profile = await client.verify(accessToken);
  const out = await client.logout(accessToken);
  const after = await refusal(client.verify(accessToken));

  assert.strictEqual(profile.username, vera.username);
  assert.strictEqual(profile.accessToken, accessToken);
  assert.deepStrictEqual(out, { status: 'success' });
  assert.strictEqual(after.status, 401);
  assert.strictEqual(after.body.reason, 'invalid_token');
});

test('with TOTP the login is pending, then succeeds with the code', async () => {
  const olga = await user('olga');
  const native = await json('POST', '/api/v1/login', { login: olga.username, password: PASSWORD });
  assert.strictEqual(native.status, 200);
  const begin = await json('POST', '/api/v1/totp/enrollment', { password: PASSWORD }, native.body.accessToken);
  assert.strictEqual(begin.status, 200);
  const confirm = await json('POST', '/api/v1/totp/enrollment/confirm', { code: totp(begin.body.secret) },
    native.body.accessToken);
  assert.strictEqual(confirm.status, 204);
  await advanceClock(30); // the enrolment used this step's code

  const pending = await client.login(olga.username, PASSWORD);
  assert.strictEqual(pending.status, 'pending');
  assert.strictEqual(pending.requires2fa, true);
  assert.strictEqual(pending.reason, '2fa');

  const result = await client.login(olga.username, PASSWORD, totp(begin.body.secret));
  assert.strictEqual(result.status, 'success');
  assert.match(result.accessToken, /^[0-9a-f]{128}$/);
  assert.strictEqual((await client.verify(result.accessToken)).username, olga.username);
});

test('a banned user is refused with 403 user_banned and the reason', async () => {
  const griefer = await user('griefer');
  await adminAction(griefer.id, 'ban', { reason: 'griefing' });

  const banned = await refusal(client.login(griefer.username, PASSWORD));

  assert.strictEqual(banned.status, 403);
  assert.deepStrictEqual(banned.body, {
    status: 'error', reason: 'user_banned', message: 'User banned', ban_reason: 'griefing',
  });
});
