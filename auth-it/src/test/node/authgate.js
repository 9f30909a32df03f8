// Helpers shared by the official-client suites: where the server is, and accounts made through
// authgate's own admin API so each suite starts from users it created itself.
'use strict';

const HTTP_URL = process.env.AUTHGATE_HTTP_URL || 'http://localhost:8080';
const HTTPS_URL = process.env.AUTHGATE_HTTPS_URL || 'https://localhost:8443';
const ADMIN = process.env.AUTHGATE_ADMIN_USERNAME || 'admin';
const ADMIN_PASSWORD = process.env.AUTHGATE_ADMIN_PASSWORD || 'it-admin-Passw0rd';

async function json(method, path, body, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(HTTP_URL + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

let adminToken;
async function admin() {
  if (!adminToken) {
    const login = await json('POST', '/api/v1/login', { login: ADMIN, password: ADMIN_PASSWORD });
    if (login.status !== 200) throw new Error(`admin login failed: ${JSON.stringify(login)}`);
    adminToken = login.body.accessToken;
  }
  return adminToken;
}

/** Creates a local account and returns it (id, username, email...). */
async function createUser(fields) {
  const created = await json('POST', '/api/v1/admin/accounts', fields, await admin());
  if (created.status !== 201) throw new Error(`creating ${fields.username} failed: ${JSON.stringify(created)}`);
  return created.body;
}

async function adminAction(id, action, body) {
  const done = await json('POST', `/api/v1/admin/accounts/${id}/${action}`, body, await admin());
  if (done.status !== 200) throw new Error(`${action} of ${id} failed: ${JSON.stringify(done)}`);
  return done.body;
}

function unique(prefix) {
  return `${prefix}-${Math.random().toString(16).slice(2, 10)}`;
}

module.exports = { HTTP_URL, HTTPS_URL, json, admin, createUser, adminAction, unique };
