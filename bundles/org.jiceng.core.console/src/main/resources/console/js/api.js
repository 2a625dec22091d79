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

export function get(path, params = {}) {
  return call('GET', path + query(params));
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

function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') q.set(k, v); });
  const text = q.toString();
  return text ? `?${text}` : '';
}

function problemOf(status, statusText, text) {
  const json = text ? safeJson(text) : null;
  return new ApiError(status, json && typeof json === 'object' ? json : { title: statusText });
}

const SPREADSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Posts a file as the request body, telling onProgress(sent, size) as it goes: fetch cannot report an
 * upload's progress, XMLHttpRequest can.
 */
export function upload(path, params, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', BASE + path + query(params));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.setRequestHeader('Authorization', `Bearer ${sessionStorage.getItem(TOKEN)}`);
    const type = file.type || (file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : SPREADSHEET);
    xhr.setRequestHeader('Content-Type', type);
    xhr.upload.addEventListener('progress', (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size));
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(xhr.responseText ? safeJson(xhr.responseText) : null);
      } else {
        reject(problemOf(xhr.status, xhr.statusText, xhr.responseText));
      }
    });
    xhr.addEventListener('error', () => reject(new TypeError('network')));
    xhr.send(file);
  });
}

/** A file the API answers (an XLSX export), as a blob with the name the server gives it. */
export async function download(path, params = {}) {
  const response = await fetch(BASE + path + query(params), {
    headers: {
      Accept: `${SPREADSHEET}, application/problem+json`,
      'X-Requested-With': 'XMLHttpRequest',
      Authorization: `Bearer ${sessionStorage.getItem(TOKEN)}`,
    },
    credentials: 'omit',
    cache: 'no-store',
  });
  if (!response.ok) {
    throw problemOf(response.status, response.statusText, await response.text());
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const named = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const name = named ? decodeURIComponent(named[1] ?? named[2]) : path.split('/').pop();
  return { blob: await response.blob(), name };
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
  if (!response.ok) {
    throw problemOf(response.status, response.statusText, text);
  }
  return text ? safeJson(text) : null;
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return { detail: text.slice(0, 200) };
  }
}
