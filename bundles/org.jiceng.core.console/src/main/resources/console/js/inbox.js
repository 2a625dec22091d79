// What is due or overdue in a jurisdiction's subtree, across the engines and the modules enabled there.
import * as api from './api.js';
import { guarded, homeJurisdiction } from './app.js';
import { h, show } from './dom.js';
import { t } from './i18n.js';
import { barChart, field, table } from './widgets.js';

export async function inboxPage(view) {
  const code = h('input', { id: 'inbox-jurisdiction', size: 14, value: await homeJurisdiction() });
  const within = h('select', { id: 'inbox-within' }, [7, 30, 90].map((d) => h('option', { value: d, selected: d === 30 }, d)));
  const list = h('div', { id: 'inbox-list' });
  const load = () => guarded(async () => {
    const items = await api.get('/inbox', { jurisdiction: code.value.trim(), withinDays: within.value });
    const overdue = items.filter((i) => i.overdue).length;
    show(list, items.length === 0 ? h('p', { class: 'muted' }, t('inbox.none')) : [
      h('p', { id: 'inbox-count' }, t('inbox.count', { total: items.length, overdue })),
      overdue ? barChart('inbox-chart', t('inbox.overdueBySource'), countBy(items.filter((i) => i.overdue), (i) => i.source)) : null,
      table('inbox-table', ['inbox.due', 'inbox.item', 'inbox.kind', 'inbox.source', 'inbox.where'], items.map((i) => h('tr', { class: i.overdue ? 'overdue' : '' },
        h('td', {}, i.dueDate, i.overdue ? h('span', { class: 'tag overdue-tag' }, t('inbox.overdue')) : null),
        h('td', {}, i.title), h('td', {}, h('code', {}, i.kind)), h('td', {}, i.source), h('td', {}, i.jurisdictionCode)))),
    ]);
  });
  const form = h('form', { class: 'filters', id: 'inbox-form' }, field('inbox.jurisdiction', code), h('label', { class: 'field' }, within, t('inbox.within')),
    h('button', { class: 'small', type: 'submit' }, t('inbox.show')));
  form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
  show(view, h('h1', {}, t('inbox.title')), form, list);
  await load();
}

/** [key, count] pairs, the largest count first. */
function countBy(items, key) {
  const counts = new Map();
  items.forEach((i) => counts.set(key(i), (counts.get(key(i)) ?? 0) + 1));
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}
