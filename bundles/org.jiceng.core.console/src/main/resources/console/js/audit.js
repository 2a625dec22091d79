// The audit trail with its filters, and (admins) the check of its hash chain.
import * as api from './api.js';
import { account, guarded, notify } from './app.js';
import { h, show } from './dom.js';
import { t } from './i18n.js';
import { field, pager, table } from './widgets.js';

const SIZE = 20;

export async function auditPage(view) {
  const inputs = {
    entity: h('input', { id: 'audit-entity', size: 16 }),
    entityId: h('input', { id: 'audit-entity-id', size: 8 }),
    user: h('input', { id: 'audit-user', size: 14 }),
    from: h('input', { id: 'audit-from', type: 'date' }),
    to: h('input', { id: 'audit-to', type: 'date' }),
  };
  const results = h('div', { id: 'audit-results' });
  const load = async (page) => {
    const query = { page, size: SIZE, sort: '-seq' };
    Object.entries(inputs).forEach(([k, input]) => { query[k] = input.value.trim(); });
    const found = await api.get('/audit', query);
    show(results, table('audit-table', ['audit.seq', 'audit.time', 'audit.user', 'audit.channel', 'audit.action', 'audit.entity', 'audit.entityId', 'accounts.jurisdiction'],
      found.items.map((e) => [e.seq, e.occurredAt.replace('T', ' '), e.username, e.channel, e.action, e.entity, e.entityId ?? '', e.jurisdictionCode ?? ''])),
    pager('audit-pager', page, SIZE, found.total, load));
  };
  const form = h('form', { class: 'filters', id: 'audit-form' },
    field('audit.entity', inputs.entity), field('audit.entityId', inputs.entityId), field('audit.user', inputs.user),
    field('audit.from', inputs.from), field('audit.to', inputs.to), h('button', { class: 'small', type: 'submit' }, t('audit.search')));
  form.addEventListener('submit', (e) => { e.preventDefault(); guarded(() => load(0)); });
  const verify = account().roles.includes('admin') ? h('button', { class: 'small', type: 'button', id: 'audit-verify', onclick: () => guarded(async () => {
    const v = await api.get('/audit/verify');
    notify(v.valid ? t('audit.valid', { count: v.entriesChecked, last: v.lastSeq }) : t('audit.broken', { seq: v.firstBrokenSeq, reason: v.reason ?? '' }), v.valid);
  }) }, t('audit.verify')) : null;
  show(view, h('h1', {}, t('audit.title')), form, verify, results);
  await load(0);
}
