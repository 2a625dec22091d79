// The console: a single page routed by the URL fragment. What it shows comes from /api/v1 with the
// signed-in account's token, so it shows exactly what that account may see, masked as the API masks it.
import * as api from './api.js';
import { h, show } from './dom.js';
import { switchLanguage, t, translate } from './i18n.js';
import { jurisdictionPage, jurisdictionsPage } from './jurisdictions.js';
import { accountsPage } from './accounts.js';
import { auditPage } from './audit.js';
import { importsPage } from './imports.js';
import { inboxPage } from './inbox.js';
import { modulesPage } from './modules.js';
import { panelsPage } from './panels.js';
import { problemsPage } from './problems.js';
import { rankingsPage } from './rankings.js';

const view = () => document.getElementById('view');
let me = null;
/** A message for the page navigated to next (a change of page clears the one shown). */
let pending = null;

/** Shows a message above the page; ok for success, otherwise an error. */
export function notify(text, ok = false) {
  const box = document.getElementById('notice');
  box.textContent = text;
  box.className = ok ? 'ok' : '';
  box.hidden = !text;
}

/** Runs a page's work; an expired session leads back to the sign-in, other errors are shown. */
export async function guarded(work) {
  try {
    return await work();
  } catch (e) {
    if (e instanceof api.ApiError && e.status === 401 && api.signedIn()) {
      api.forget();
      me = null;
      go('#/signin', t('signin.expired'), false);
      return undefined;
    }
    notify(e instanceof api.ApiError ? e.describe() : t('error.network'));
    return undefined;
  }
}

/** Navigates to a page, with a message shown on it. */
function go(hash, message, ok) {
  pending = { text: message, ok };
  if (location.hash === hash) {
    arrive();
  } else {
    location.hash = hash; // the hashchange arrives
  }
}

function arrive() {
  notify(pending?.text ?? '', pending?.ok ?? false);
  pending = null;
  route();
}

export function account() {
  return me;
}

/** The jurisdiction a page starts from: the account's own, or the first root for an account of every jurisdiction. */
export async function homeJurisdiction() {
  if (me.jurisdictionCode) return me.jurisdictionCode;
  const roots = await api.get('/jurisdictions', { size: 1, sort: 'code' });
  return roots.items.length ? roots.items[0].code : '';
}

function signInPage() {
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('p', { id: 'signin-error', class: 'error', role: 'alert' });
  const form = h('form', { class: 'signin', id: 'signin' },
    h('h1', {}, t('signin.title')),
    h('label', {}, t('signin.username'), username),
    h('label', {}, t('signin.password'), password),
    h('button', { class: 'primary', type: 'submit', id: 'signin-submit' }, t('signin.submit')),
    error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    try {
      await api.signIn(username.value.trim(), password.value);
      password.value = '';
      notify('');
      await loadMe();
      // a page asked for before signing in is the page shown after it
      const asked = location.hash && location.hash !== '#/signin' ? location.hash : '#/jurisdictions';
      go(asked, '', true);
    } catch (e) {
      // 401 wrong password or locked account, 429 too many attempts: the server's words say which
      error.textContent = e instanceof api.ApiError ? e.describe() : t('error.network');
    }
  });
  show(view(), form);
  username.focus();
}

async function loadMe() {
  me = await api.get('/auth/me');
  show(document.getElementById('who'), h('span', { id: 'who-name' }, me.username),
    h('span', { class: 'muted' }, ` (${me.roles.join(', ')}${me.jurisdictionCode ? ` · ${me.jurisdictionCode}` : ''})`));
}

function chrome() {
  const inside = api.signedIn() && me !== null;
  document.getElementById('nav').hidden = !inside;
  document.getElementById('sign-out').hidden = !inside;
  if (!inside) show(document.getElementById('who'));
  const route = location.hash.split('/')[1] || '';
  document.querySelectorAll('#nav a').forEach((a) => {
    a.classList.toggle('current', a.id === `nav-${route}`);
    // pages for some roles only: the API refuses the others anyway
    a.hidden = inside && a.dataset.roles !== undefined && !a.dataset.roles.split(' ').some((r) => me.roles.includes(r));
  });
}

async function route() {
  if (!api.signedIn()) {
    me = null;
    chrome();
    signInPage();
    return;
  }
  if (me === null) {
    const ok = await guarded(loadMe);
    if (ok === undefined && me === null) {
      chrome();
      if (!api.signedIn()) signInPage();
      return;
    }
  }
  chrome();
  // nothing of the previous page stays while this one loads, or when it is refused
  show(view(), h('p', { class: 'muted' }, '…'));
  const [, page, arg] = location.hash.split('/');
  const pages = {
    modules: modulesPage, inbox: inboxPage, imports: importsPage, rankings: rankingsPage, accounts: accountsPage, audit: auditPage,
  };
  if (page === 'panels') {
    await guarded(() => panelsPage(view(), arg ? decodeURIComponent(arg) : null));
  } else if (page === 'problems') {
    await guarded(() => problemsPage(view(), arg ? decodeURIComponent(arg) : null));
  } else if (pages[page]) {
    await guarded(() => pages[page](view()));
  } else if (page === 'jurisdictions' && arg) {
    await guarded(() => jurisdictionPage(view(), decodeURIComponent(arg)));
  } else {
    await guarded(() => jurisdictionsPage(view()));
  }
}

function start() {
  translate();
  document.getElementById('language').addEventListener('click', () => {
    switchLanguage();
    translate();
    route();
  });
  document.getElementById('sign-out').addEventListener('click', () => {
    api.forget();
    me = null;
    go('#/signin', t('signin.signedOut'), true);
  });
  window.addEventListener('hashchange', arrive);
  route();
}

start();
