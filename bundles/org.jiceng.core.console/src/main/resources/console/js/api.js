// Every call to /api/v1 goes through here: the bearer token of the signed-in account, JSON both ways,
// and errors turned into ApiError from the server's application/problem+json.
const TOKEN = 'jiceng.token';
const BASE = '/api/v1';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.type = problem.type || null;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }

  /** The detail, and each field's reason when the server gave them. */
  describe() {
    const fields = this.errors.map((e) => `${e.field}: ${e.reason}`);
    return fields.length ? `${this.message} (${fields.join('; ')})` : this.message;
  }
}

export function signedIn() {
  return sessionStorage.getItem(TOKEN) !== null;
}

export function forget() {
  sessionStorage.removeItem(TOKEN);
}

/** Exchanges an account's password for a token; the password is sent once and never kept. */
export async function signIn(username, password) {
  const basic = btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)));
  const answer = await call('POST', '/auth/token', undefined, `Basic ${basic}`);
  sessionStorage.setItem(TOKEN, answer.access_token);
  return answer;
}

export function get(path, query = {}) {
  const params = new URLSearchParams();
  Object.entries(query).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') params.set(k, v); });
  const q = params.toString();
  return call('GET', q ? `${path}?${q}` : path);
}

export function post(path, body) {
  return call('POST', path, body);
}

export function put(path, body) {
  return call('PUT', path, body);
}

export function del(path) {
  return call('DELETE', path);
}

async function call(method, path, body, authorization) {
  const headers = {
    Accept: 'application/json, application/problem+json',
    // a browser application signs in by itself: the server then offers no Basic challenge, which
    // would make the browser open its own password dialog
    'X-Requested-With': 'XMLHttpRequest',
  };
  const token = sessionStorage.getItem(TOKEN);
  if (authorization) {
    headers.Authorization = authorization;
  } else if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(BASE + path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit', cache: 'no-store',
  });
  const text = await response.text();
  const json = text ? safeJson(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, json && typeof json === 'object' ? json : { title: response.statusText });
  }
  return json;
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return { detail: text.slice(0, 200) };
  }
}
