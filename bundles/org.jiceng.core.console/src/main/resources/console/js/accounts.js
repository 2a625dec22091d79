// Accounts of the caller's subtree (admins: all): find, create, change roles and jurisdiction, enable or disable, set a password.
// The server decides what an account may manage; the page offers what the role suggests.
import * as api from './api.js';
import { account, guarded, notify } from './app.js';
import { h, show } from './dom.js';
import { t } from './i18n.js';
import { field, pager, table } from './widgets.js';

const SIZE = 20;
const ROLES = ['admin', 'jurisdiction-admin', 'operator', 'viewer', 'integration'];

function stateOf(a) {
  if (!a.enabled) return t('accounts.disabled');
  if (a.lockedUntil && new Date(`${a.lockedUntil}Z`) > new Date()) return t('accounts.lockedUntil', { time: a.lockedUntil.replace('T', ' ') });
  return t('accounts.enabled');
}

function row(a, reload) {
  const change = (enabled) => guarded(async () => {
    await api.put(`/accounts/${a.id}`, { displayName: a.displayName, jurisdictionCode: a.jurisdictionCode, roles: a.roles, enabled, version: a.version });
    notify(t('accounts.updated', { username: a.username }), true);
    await reload();
  });
  const password = h('input', { type: 'password', class: 'new-password', size: 12, autocomplete: 'new-password', placeholder: t('accounts.newPassword') });
  const setPassword = () => guarded(async () => {
    await api.put(`/accounts/${a.id}/password`, { password: password.value, version: a.version });
    notify(t('accounts.passwordSet', { username: a.username }), true);
    await reload();
  });
  // roles and jurisdiction are changed in place: the server refuses what the caller may not grant (a role above
  // its own, a jurisdiction outside its subtree) and a stale version
  const held = a.roles.map((r) => r.toLowerCase().replace('_', '-'));
  const jurisdiction = h('input', { class: 'edit-jurisdiction', size: 8, value: a.jurisdictionCode ?? '', 'aria-label': t('accounts.jurisdiction') });
  const roles = h('select', { class: 'edit-roles', multiple: true, size: 2, 'aria-label': t('accounts.roles') },
    ROLES.map((r) => h('option', { value: r, selected: held.includes(r) }, r)));
  const save = () => guarded(async () => {
    await api.put(`/accounts/${a.id}`, {
      displayName: a.displayName, jurisdictionCode: jurisdiction.value.trim() || null,
      roles: [...roles.selectedOptions].map((o) => o.value), enabled: a.enabled, version: a.version,
    });
    notify(t('accounts.updated', { username: a.username }), true);
    await reload();
  });
  return h('tr', { 'data-account': a.username },
    h('td', {}, a.username), h('td', {}, a.displayName ?? ''), h('td', {}, jurisdiction), h('td', {}, roles),
    h('td', { class: 'state' }, stateOf(a)), h('td', {}, a.lastLoginAt ? a.lastLoginAt.replace('T', ' ').slice(0, 16) : ''),
    h('td', {}, h('div', { class: 'enable' },
      a.enabled ? h('button', { class: 'small disable-account', type: 'button', onclick: () => change(false) }, t('accounts.disable'))
        : h('button', { class: 'small enable-account', type: 'button', onclick: () => change(true) }, t('accounts.enable')),
      h('button', { class: 'small save-account', type: 'button', onclick: save }, t('accounts.save')),
      password, h('button', { class: 'small set-password', type: 'button', onclick: setPassword }, t('accounts.password')))));
}

function createForm(reload) {
  const me = account();
  const inputs = {
    username: h('input', { id: 'new-username', size: 14, required: true }),
    displayName: h('input', { id: 'new-display-name', size: 10 }),
    jurisdictionCode: h('input', { id: 'new-jurisdiction', size: 12, value: me.jurisdictionCode ?? '' }),
    password: h('input', { id: 'new-password', type: 'password', size: 12, autocomplete: 'new-password', required: true }),
  };
  const roles = h('select', { id: 'new-role' }, ROLES.filter((r) => r !== 'admin' || me.roles.includes('admin')).map((r) => h('option', { value: r }, r)));
  roles.value = 'viewer';
  const form = h('form', { class: 'filters', id: 'account-form' },
    field('accounts.username', inputs.username), field('accounts.displayName', inputs.displayName),
    field('accounts.jurisdiction', inputs.jurisdictionCode), field('accounts.roles', roles), field('signin.password', inputs.password),
    h('button', { class: 'small', type: 'submit', id: 'account-create' }, t('accounts.create')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    guarded(async () => {
      const created = await api.post('/accounts', {
        username: inputs.username.value.trim(), displayName: inputs.displayName.value.trim() || null,
        jurisdictionCode: inputs.jurisdictionCode.value.trim() || null, roles: [roles.value], enabled: true, password: inputs.password.value,
      });
      notify(t('accounts.created', { username: created.username }), true);
      inputs.username.value = '';
      inputs.password.value = '';
      await reload();
    });
  });
  return form;
}

export async function accountsPage(view) {
  const q = h('input', { id: 'account-search', size: 20, placeholder: t('accounts.search') });
  const results = h('div', { id: 'account-results' });
  let page = 0;
  const load = async (p = page) => {
    page = p;
    const found = await api.get('/accounts', { q: q.value.trim(), page, size: SIZE, sort: 'username' });
    show(results, table('account-table', ['accounts.username', 'accounts.displayName', 'accounts.jurisdiction', 'accounts.roles', 'accounts.state',
      'accounts.lastLogin', null], found.items.map((a) => row(a, () => load()))), pager('account-pager', page, SIZE, found.total, load));
  };
  const search = h('form', { class: 'filters', id: 'account-search-form' }, q, h('button', { class: 'small', type: 'submit' }, t('audit.search')));
  search.addEventListener('submit', (e) => { e.preventDefault(); guarded(() => load(0)); });
  show(view, h('h1', {}, t('accounts.title')), createForm(() => load()), search, results);
  await load(0);
}
