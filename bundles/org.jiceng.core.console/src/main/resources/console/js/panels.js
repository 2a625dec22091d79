// Module panels: a module that ships console/panel.js shows up here once it is installed, for the
// jurisdictions it is enabled in (see docs/modules.md, "A console panel"). The panel is an ES module
// whose default export draws into the container it is given, reading through the console's API client.
import * as api from './api.js';
import { account, guarded, notify } from './app.js';
import { h, show } from './dom.js';
import { language, t } from './i18n.js';
import { barChart, table } from './widgets.js';

async function panelList() {
  const response = await fetch('panels.json', { cache: 'no-store' });
  return response.json();
}

/** The account's jurisdiction and those above it: a module enabled at any of them serves it. */
async function chainOf(code) {
  return code ? (await api.get(`/jurisdictions/${encodeURIComponent(code)}/ancestors`)).map((j) => j.code) : null;
}

function nameOf(p) {
  return (language() === 'en' ? p.nameEn ?? p.nameZh : p.nameZh ?? p.nameEn) ?? p.id;
}

export async function panelsPage(view, moduleId) {
  const me = account();
  const chain = await chainOf(me.jurisdictionCode);
  const panels = (await panelList()).filter((p) => chain === null || p.enabledJurisdictions.some((c) => chain.includes(c)));
  const list = h('ul', { id: 'panel-list' }, panels.map((p) => h('li', {},
    h('a', { href: `#/panels/${encodeURIComponent(p.id)}`, 'data-module': p.id }, nameOf(p)), ' ', h('span', { class: 'muted' }, p.id))));
  const body = h('div', { id: 'panel' });
  show(view, h('h1', {}, t('panels.title')), panels.length ? list : h('p', { class: 'muted' }, t('panels.none')), body);
  const chosen = panels.find((p) => p.id === moduleId);
  if (chosen) await drawPanel(body, chosen, me.jurisdictionCode ?? chosen.originJurisdiction ?? '');
}

async function drawPanel(body, panel, initialCode) {
  const code = h('input', { id: 'panel-jurisdiction', size: 12, value: initialCode });
  const container = h('div', { class: 'panel-body', 'data-module': panel.id });
  const form = h('form', { class: 'filters' }, h('label', { class: 'field' }, t('panels.jurisdiction'), code),
    h('button', { class: 'small', type: 'submit' }, t('panels.show')));
  const draw = () => guarded(async () => {
    show(container, h('p', { class: 'muted' }, '…'));
    let module;
    try {
      module = await import(`../modules/${encodeURIComponent(panel.id)}/panel.js`);
    } catch (e) {
      notify(t('panels.failed', { reason: e.message }));
      show(container);
      return;
    }
    // what a panel may use: the signed-in account's API client, the console's builders and its language
    await module.default(container, { jurisdiction: code.value.trim(), api: { get: api.get }, h, show, table, barChart, language: language() });
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); draw(); });
  show(body, h('h2', { id: 'panel-title' }, nameOf(panel)), form, container);
  await draw();
}
