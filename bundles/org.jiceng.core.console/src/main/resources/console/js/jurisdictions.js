// The jurisdiction tree (province to village, children loaded when a node opens) and a jurisdiction's page.
import * as api from './api.js';
import { account, guarded } from './app.js';
import { h, show } from './dom.js';
import { t } from './i18n.js';
import { barChart, pager, table } from './widgets.js';

const STAGES = ['APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL'];
const PAGE_SIZE = 20;

function link(j) {
  return h('a', { href: `#/jurisdictions/${encodeURIComponent(j.code)}`, class: 'jurisdiction-link', 'data-code': j.code },
    `${j.name} `, h('span', { class: 'muted' }, j.code));
}

function node(j) {
  const children = h('ul', { class: 'tree', hidden: true });
  let loaded = false;
  const toggle = h('button', { class: 'toggle', type: 'button', 'data-code': j.code, 'aria-expanded': 'false' }, '▸');
  toggle.addEventListener('click', () => guarded(async () => {
    const open = toggle.getAttribute('aria-expanded') === 'true';
    if (!open && !loaded) {
      const page = await api.get('/jurisdictions', { parent: j.code, size: 200, sort: 'code' });
      show(children, page.items.length ? page.items.map(node) : h('li', { class: 'muted' }, t('jurisdictions.none')));
      loaded = true;
    }
    children.hidden = open;
    toggle.setAttribute('aria-expanded', String(!open));
    toggle.textContent = open ? '▸' : '▾';
  }));
  return h('li', {}, toggle, link(j), children);
}

/** The tree from the roots an account may see: every root for an admin, its own jurisdiction otherwise. */
export async function jurisdictionsPage(view) {
  const me = account();
  const roots = me.jurisdictionCode
    ? [await api.get(`/jurisdictions/${encodeURIComponent(me.jurisdictionCode)}`)]
    : (await api.get('/jurisdictions', { size: 200, sort: 'code' })).items;
  show(view, h('h1', {}, t('jurisdictions.title')), searchForm(), h('ul', { class: 'tree', id: 'jurisdiction-tree' }, roots.map(node)));
}

/** Finds jurisdictions by a part of the name or code, in the account's subtree (the API scopes it). */
function searchForm() {
  const text = h('input', { id: 'jurisdiction-search', size: 24, placeholder: t('jurisdictions.search') });
  const found = h('div', { id: 'jurisdiction-found' });
  const form = h('form', { class: 'filters', id: 'jurisdiction-search-form' }, text, h('button', { class: 'small', type: 'submit' }, t('jurisdictions.find')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!text.value.trim()) return;
    guarded(async () => {
      const page = await api.get('/jurisdictions', { q: text.value.trim(), size: 50, sort: 'code' });
      show(found, page.items.length === 0 ? h('p', { class: 'muted' }, t('jurisdictions.noneFound'))
        : h('ul', { class: 'tree', id: 'jurisdiction-results' }, page.items.map((j) => h('li', {}, link(j), h('span', { class: 'muted' }, ` · ${j.level}`)))));
    });
  });
  return h('div', {}, form, found);
}

function count(id, label, value) {
  return h('div', { class: 'count', id }, h('b', {}, value), label);
}

/** One jurisdiction: its counts, the jurisdictions below it and its members (masked as the API masks them). */
export async function jurisdictionPage(view, code) {
  const path = `/jurisdictions/${encodeURIComponent(code)}`;
  // the figures of the subtree and of each jurisdiction below it, counted by the server in one answer
  const [ancestors, overview] = await Promise.all([api.get(`${path}/ancestors`), api.get(`${path}/overview`)]);
  const j = overview.jurisdiction;
  const figures = overview.figures;
  const members = h('div', { id: 'members' });
  show(view,
    h('p', { class: 'muted', id: 'breadcrumb' }, ancestors.slice(0, -1).map((a) => [link(a), ' › '])),
    h('h1', { id: 'jurisdiction-name' }, `${j.name} `, h('span', { class: 'muted' }, `${j.code} · ${j.level}`)),
    h('div', { class: 'counts' },
      count('count-organizations', t('jurisdiction.organizations'), figures.organizations),
      count('count-members', t('jurisdiction.memberCount'), figures.members),
      count('count-weak', t('jurisdiction.weak'), figures.backwardOrganizations + figures.weakLaxOrganizations),
      STAGES.map((s) => count(`count-${s}`, t(`jurisdiction.stage.${s}`), figures.pipeline[s] ?? 0))),
    barChart('pipeline-chart', t('chart.pipeline'), STAGES.map((s) => [t(`jurisdiction.stage.${s}`), figures.pipeline[s] ?? 0])),
    h('h2', {}, t('jurisdictions.children')),
    overview.below.length ? childCounts(overview.below) : h('p', { class: 'muted' }, t('jurisdictions.none')),
    h('h2', {}, t('jurisdiction.members')),
    members);
  await memberPage(members, code, 0);
}

/** The jurisdictions below, each with its organizations, members and weak or backward organizations (its subtree's). */
function childCounts(below) {
  const rows = below.map(({ jurisdiction: c, figures: f }) => h('tr', { 'data-code': c.code },
    h('td', {}, link(c)),
    h('td', { class: 'organizations' }, f.organizations),
    h('td', { class: 'members' }, f.members),
    h('td', { class: 'weak' }, f.backwardOrganizations + f.weakLaxOrganizations)));
  return table('children-table', ['jurisdictions.children', 'jurisdiction.organizations', 'jurisdiction.memberCount', 'jurisdiction.weak'], rows);
}

async function memberPage(box, code, page) {
  const result = await api.get('/members', { jurisdiction: code, page, size: PAGE_SIZE, sort: 'name' });
  show(box,
    h('table', { id: 'member-table' },
      h('thead', {}, h('tr', {}, ['member.name', 'member.gender', 'member.stage', 'member.idCard', 'member.phone'].map((k) => h('th', {}, t(k))))),
      h('tbody', {}, result.items.map((m) => h('tr', {},
        h('td', {}, m.name), h('td', {}, t(`gender.${m.gender}`)), h('td', {}, t(`jurisdiction.stage.${m.stage}`)),
        h('td', {}, m.idCardNumber ?? ''), h('td', {}, m.phone ?? ''))))),
    pager('member-pager', page, PAGE_SIZE, result.total, (p) => memberPage(box, code, p)));
}
