// Installed modules, enabling or disabling one for a jurisdiction subtree (admins, and
// jurisdiction-admins inside their own subtree: the server decides, the page only offers), and, for
// admins, installing, updating and uninstalling modules from the features the server offers.
import * as api from './api.js';
import { account, guarded, notify } from './app.js';
import { h, show } from './dom.js';
import { language, t } from './i18n.js';

function hasRole(...roles) {
  return roles.some((r) => account().roles.includes(r));
}

function tags(codes) {
  return codes.map((c) => h('span', { class: 'tag' }, c));
}

/** A button that runs its work once, showing busy words meanwhile; the page is redrawn afterwards. */
function action(label, busy, cls, work) {
  const button = h('button', { class: `small ${cls}`, type: 'button' }, label);
  button.addEventListener('click', () => guarded(async () => {
    button.disabled = true;
    button.textContent = busy;
    try {
      await work();
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  }));
  return button;
}

/** Uninstall asks once more on the button itself: the first click arms it for five seconds. */
function uninstallButton(m, view) {
  const button = h('button', { class: 'small uninstall-button', type: 'button' }, t('modules.uninstall'));
  let armed = null;
  button.addEventListener('click', () => {
    if (!armed) {
      button.textContent = t('modules.confirmUninstall');
      armed = setTimeout(() => { armed = null; button.textContent = t('modules.uninstall'); }, 5000);
      return;
    }
    clearTimeout(armed);
    armed = null;
    button.disabled = true;
    button.textContent = t('modules.uninstalling');
    guarded(async () => {
      await api.del(`/modules/${encodeURIComponent(m.id)}`);
      await modulesPage(view);
      notify(t('modules.uninstalledNow', { module: m.id }), true);
    }).finally(() => { button.disabled = false; });
  });
  return button;
}

/** The update a module has when the server holds a newer version of its feature (admins only). */
function updateButton(m, update, view) {
  return action(t('modules.updateTo', { version: update.version }), t('modules.updating'), 'update-button', async () => {
    const updated = await api.post(`/modules/${encodeURIComponent(m.id)}/update`);
    await modulesPage(view);
    notify(t('modules.updatedNow', { module: m.id, from: updated.fromVersion, to: updated.toVersion }), true);
  });
}

function row(m, view, update) {
  const name = language() === 'en' ? (m.nameEn ?? m.nameZh) : (m.nameZh ?? m.nameEn);
  const enabled = h('td', { class: 'enabled' }, tags(m.enabledJurisdictions));
  const cells = [
    h('td', {}, h('code', {}, m.id)), h('td', {}, name ?? ''), h('td', {}, m.version),
    h('td', {}, m.originJurisdiction ?? ''), h('td', { class: 'state' }, m.bundleState), enabled,
  ];
  if (hasRole('admin', 'jurisdiction-admin')) {
    const code = h('input', { class: 'code', size: 12, 'aria-label': t('modules.code'), placeholder: t('modules.code'),
      value: account().jurisdictionCode ?? m.originJurisdiction ?? '' });
    const change = async (enable) => {
      const where = code.value.trim();
      const path = `/modules/${encodeURIComponent(m.id)}/jurisdictions/${encodeURIComponent(where)}`;
      if (enable) await api.put(path); else await api.del(path);
      // the module as the server now has it: the effect shows at once, nothing else is reloaded
      const now = await api.get(`/modules/${encodeURIComponent(m.id)}`);
      show(enabled, tags(now.enabledJurisdictions));
      notify(t(enable ? 'modules.enabledFor' : 'modules.disabledFor', { module: m.id, code: where }), true);
    };
    cells.push(h('td', {}, h('div', { class: 'enable' }, code,
      action(t('modules.enable'), '…', 'enable-button', () => change(true)),
      action(t('modules.disable'), '…', 'disable-button', () => change(false)),
      hasRole('admin') && update ? updateButton(m, update, view) : null,
      hasRole('admin') ? uninstallButton(m, view) : null)));
  }
  return h('tr', { 'data-module': m.id }, cells);
}

function availableTable(available, view) {
  // a feature whose module is installed at an older version is offered as that module's update instead
  const installable = available.filter((a) => !a.installed && !a.moduleId);
  if (installable.length === 0) {
    return h('p', { class: 'muted', id: 'all-installed' }, t('modules.allInstalled'));
  }
  return h('table', { id: 'available-table' },
    h('thead', {}, h('tr', {}, ['modules.feature', 'modules.version', 'modules.description'].map((k) => h('th', {}, t(k))), h('th', {}))),
    h('tbody', {}, installable.map((a) => h('tr', { 'data-feature': a.feature },
      h('td', {}, h('code', {}, a.feature)), h('td', {}, a.version), h('td', {}, a.description ?? ''),
      h('td', {}, action(t('modules.install'), t('modules.installing'), 'install-button', async () => {
        const module = await api.post('/modules', { feature: a.feature });
        await modulesPage(view);
        notify(t('modules.installedNow', { module: module.id }), true);
      }))))));
}

export async function modulesPage(view) {
  const admin = hasRole('admin');
  const [modules, available] = await Promise.all([api.get('/modules'), admin ? api.get('/modules/available') : Promise.resolve(null)]);
  modules.sort((a, b) => a.id.localeCompare(b.id));
  const heads = ['modules.id', 'modules.name', 'modules.version', 'modules.origin', 'modules.state', 'modules.enabled'];
  show(view, h('h1', {}, t('modules.title')),
    modules.length === 0 ? h('p', { class: 'muted' }, t('modules.none'))
      : h('table', { id: 'module-table' },
        h('thead', {}, h('tr', {}, heads.map((k) => h('th', {}, t(k))), hasRole('admin', 'jurisdiction-admin') ? h('th', {}) : null)),
        h('tbody', {}, modules.map((m) => row(m, view, available?.find((a) => a.moduleId === m.id && !a.installed))))),
    admin ? [h('h2', {}, t('modules.available')), availableTable(available, view)] : null);
}
