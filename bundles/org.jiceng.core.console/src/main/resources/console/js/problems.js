// Problems of the problems engine (inspection tours, supervision, resident contact, feedback) in a subtree,
// and one problem with its rectification steps: the forms offered are the steps its status allows next.
import * as api from './api.js';
import { account, guarded, homeJurisdiction, notify } from './app.js';
import { h, show } from './dom.js';
import { t } from './i18n.js';
import { field, pager, table } from './widgets.js';

const SIZE = 20;
const STATUSES = ['FOUND', 'PLAN_FILED', 'IN_PROGRESS', 'RECTIFIED', 'VERIFIED'];
const WRITERS = ['admin', 'jurisdiction-admin', 'operator', 'integration'];

/** The next steps per status, as the engine orders them (any other is refused with problem-step-order). */
const STEPS = {
  FOUND: [['plan', ['plan', 'responsible']]],
  PLAN_FILED: [['progress', ['note']], ['rectified', ['completion']]],
  IN_PROGRESS: [['progress', ['note']], ['rectified', ['completion']]],
  RECTIFIED: [['verify', ['verifiedBy', 'note']], ['reopen', ['reason']]],
  VERIFIED: [],
};


export async function problemsPage(view, id) {
  if (id) {
    await problemPage(view, id);
    return;
  }
  const code = h('input', { id: 'problems-jurisdiction', size: 12, value: await homeJurisdiction() });
  const status = h('select', { id: 'problems-status' }, h('option', { value: '' }, t('problems.all')),
    STATUSES.map((s) => h('option', { value: s }, t(`status.${s}`))));
  const overdue = h('input', { id: 'problems-overdue', type: 'checkbox' });
  const results = h('div', { id: 'problem-results' });
  const load = async (page) => {
    const found = await api.get('/problems', { jurisdiction: code.value.trim(), status: status.value, overdue: overdue.checked ? 'true' : '',
      page, size: SIZE, sort: 'deadline,id' });
    show(results, table('problem-table', ['problems.deadline', 'problems.status', 'problems.severity', 'problems.category', 'problems.description', 'problems.source'],
      found.items.map((p) => h('tr', { class: p.overdue ? 'overdue' : '', 'data-problem': p.id },
        h('td', {}, p.deadline, p.overdue ? h('span', { class: 'tag overdue-tag' }, t('inbox.overdue')) : null),
        h('td', { class: 'status' }, t(`status.${p.status}`)), h('td', {}, t(`severity.${p.severity}`)), h('td', {}, p.category),
        h('td', {}, h('a', { href: `#/problems/${p.id}` }, p.description.length > 60 ? `${p.description.slice(0, 60)}…` : p.description)),
        h('td', {}, p.source)))),
    pager('problem-pager', page, SIZE, found.total, load));
  };
  const form = h('form', { class: 'filters', id: 'problems-form' }, field('inbox.jurisdiction', code), field('problems.status', status),
    h('label', { class: 'field' }, t('problems.overdueOnly'), overdue), h('button', { class: 'small', type: 'submit' }, t('inbox.show')));
  form.addEventListener('submit', (e) => { e.preventDefault(); guarded(() => load(0)); });
  show(view, h('h1', {}, t('problems.title')), form, results);
  await load(0);
}

function stepForm(p, step, fields, view) {
  const inputs = Object.fromEntries(fields.map((f) => [f, h('input', { name: f, size: f === 'responsible' || f === 'verifiedBy' ? 12 : 36 })]));
  const form = h('form', { class: 'filters step', 'data-step': step }, fields.map((f) => field(`problems.${f}`, inputs[f])),
    h('button', { class: 'small', type: 'submit' }, t(`problems.step.${step}`)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    guarded(async () => {
      const body = { version: p.version };
      fields.forEach((f) => { body[f] = inputs[f].value.trim(); });
      await api.post(`/problems/${p.id}/${step}`, body);
      await problemPage(view, p.id);
      notify(t('problems.stepDone', { step: t(`problems.step.${step}`) }), true);
    });
  });
  return form;
}

async function problemPage(view, id) {
  const p = await api.get(`/problems/${encodeURIComponent(id)}`);
  const writes = WRITERS.some((r) => account().roles.includes(r));
  show(view,
    h('p', {}, h('a', { href: '#/problems' }, `‹ ${t('problems.title')}`)),
    h('h1', { id: 'problem-title' }, p.description),
    h('div', { class: 'counts' },
      h('div', { class: 'count', id: 'problem-status' }, h('b', {}, t(`status.${p.status}`)), t('problems.status')),
      h('div', { class: 'count' }, h('b', {}, p.deadline), t('problems.deadline'), p.overdue ? h('div', { class: 'error' }, t('inbox.overdue')) : null),
      h('div', { class: 'count' }, h('b', {}, t(`severity.${p.severity}`)), t('problems.severity'))),
    h('p', { class: 'muted' }, `${p.source} · ${p.category} · ${p.jurisdictionCode} · ${t('problems.foundBy')} ${p.foundBy} · ${p.foundOn}`),
    h('h2', {}, t('problems.history')),
    table('problem-history', ['audit.time', 'problems.status', 'audit.user', 'problems.note'],
      p.history.map((e) => [e.date, t(`status.${e.status}`), e.by, e.text ?? ''])),
    p.accountability.length ? [h('h2', {}, t('problems.accountability')),
      table('problem-accountability', ['audit.time', 'audit.action', 'problems.note'], p.accountability.map((a) => [a.date, a.type, a.note ?? '']))] : null,
    writes ? STEPS[p.status].map(([step, fields]) => stepForm(p, step, fields, view)) : null);
}
