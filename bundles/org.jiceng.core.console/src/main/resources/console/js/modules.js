// Installed modules, and enabling or disabling one for a jurisdiction subtree (admins, and
// jurisdiction-admins inside their own subtree: the server decides, the page only offers).
import * as api from './api.js';
import { account, guarded, notify } from './app.js';
import { h, show } from './dom.js';
import { language, t } from './i18n.js';

function mayEnable() {
  const roles = account().roles;
  return roles.includes('admin') || roles.includes('jurisdiction-admin');
}

function row(m) {
  const name = language() === 'en' ? (m.nameEn ?? m.nameZh) : (m.nameZh ?? m.nameEn);
  const enabled = h('td', { class: 'enabled' }, m.enabledJurisdictions.map((c) => h('span', { class: 'tag' }, c)));
  const cells = [
    h('td', {}, h('code', {}, m.id)), h('td', {}, name ?? ''), h('td', {}, m.version),
    h('td', {}, m.originJurisdiction ?? ''), h('td', {}, m.bundleState), enabled,
  ];
  if (mayEnable()) {
    const code = h('input', { class: 'code', size: 12, 'aria-label': t('modules.code'), placeholder: t('modules.code'),
      value: account().jurisdictionCode ?? m.originJurisdiction ?? '' });
    const act = (enable) => guarded(async () => {
      const where = code.value.trim();
      const path = `/modules/${encodeURIComponent(m.id)}/jurisdictions/${encodeURIComponent(where)}`;
      if (enable) await api.put(path); else await api.del(path);
      // the module as the server now has it: the effect shows at once, nothing else is reloaded
      const now = await api.get(`/modules/${encodeURIComponent(m.id)}`);
      show(enabled, now.enabledJurisdictions.map((c) => h('span', { class: 'tag' }, c)));
      notify(t(enable ? 'modules.enabledFor' : 'modules.disabledFor', { module: m.id, code: where }), true);
    });
    cells.push(h('td', {}, h('div', { class: 'enable' }, code,
      h('button', { class: 'small enable-button', type: 'button', onclick: () => act(true) }, t('modules.enable')),
      h('button', { class: 'small disable-button', type: 'button', onclick: () => act(false) }, t('modules.disable')))));
  }
  return h('tr', { 'data-module': m.id }, cells);
}

export async function modulesPage(view) {
  const modules = await api.get('/modules');
  modules.sort((a, b) => a.id.localeCompare(b.id));
  const heads = ['modules.id', 'modules.name', 'modules.version', 'modules.origin', 'modules.state', 'modules.enabled'];
  show(view, h('h1', {}, t('modules.title')),
    modules.length === 0 ? h('p', { class: 'muted' }, t('modules.none'))
      : h('table', { id: 'module-table' },
        h('thead', {}, h('tr', {}, heads.map((k) => h('th', {}, t(k))), mayEnable() ? h('th', {}) : null)),
        h('tbody', {}, modules.map(row))));
}
