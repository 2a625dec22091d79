// The engines' results as pictures: a scoring scheme's ranking and grades for a period, and a checklist's pass
// rates over a jurisdiction and each jurisdiction below it. Schemes and sets come from the core and the modules.
import * as api from './api.js';
import { guarded, homeJurisdiction } from './app.js';
import { h, show } from './dom.js';
import { t } from './i18n.js';
import { barChart, field, pager, table } from './widgets.js';

const SIZE = 20;
const TOP = 15;
/** Grades are counted over every result of the period, read this many at a time. */
const READ_PAGE = 500;

export async function rankingsPage(view) {
  const code = h('input', { id: 'rankings-jurisdiction', size: 12, value: await homeJurisdiction() });
  const scoring = h('section', { id: 'scoring' });
  const checklists = h('section', { id: 'checklists' });
  const form = h('form', { class: 'filters', id: 'rankings-form' }, field('inbox.jurisdiction', code),
    h('button', { class: 'small', type: 'submit' }, t('inbox.show')));
  const load = () => guarded(() => Promise.all([schemesOf(scoring, code.value.trim()), checklistsOf(checklists, code.value.trim())]));
  form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
  show(view, h('h1', {}, t('rankings.title')), form, h('h2', {}, t('rankings.scoring')), scoring, h('h2', {}, t('rankings.checklists')), checklists);
  await load();
}

async function schemesOf(box, code) {
  const schemes = (await api.get('/scoring/schemes', { jurisdiction: code, size: 100 })).items;
  if (schemes.length === 0) {
    show(box, h('p', { class: 'muted', id: 'scheme-none' }, t('rankings.noSchemes')));
    return;
  }
  const scheme = h('select', { id: 'scheme-select' }, schemes.map((s) => h('option', { value: s.id }, `${s.name} (${s.jurisdictionCode})`)));
  const period = h('select', { id: 'period-select' });
  const results = h('div', { id: 'scheme-results' });
  const periodsOf = async () => {
    const periods = await api.get(`/scoring/schemes/${scheme.value}/periods`);
    show(period, periods.map((p) => h('option', { value: p }, p)));
    if (periods.length === 0) {
      show(results, h('p', { class: 'muted', id: 'period-none' }, t('rankings.noPeriods')));
      return;
    }
    await resultsOf(results, schemes.find((s) => String(s.id) === scheme.value), periods[0]);
  };
  scheme.addEventListener('change', () => guarded(periodsOf));
  period.addEventListener('change', () => guarded(() => resultsOf(results, schemes.find((s) => String(s.id) === scheme.value), period.value)));
  show(box, h('div', { class: 'filters' }, field('rankings.scheme', scheme), field('rankings.period', period)), results);
  await periodsOf();
}

/** Every result of the period (for the grades), drawn as the top of the ranking, the grades, and a paged table. */
async function resultsOf(box, scheme, period) {
  const path = `/scoring/schemes/${scheme.id}/periods/${encodeURIComponent(period)}/results`;
  const all = [];
  for (let page = 0; ; page++) {
    const read = await api.get(path, { page, size: READ_PAGE, sort: 'rank,subjectId' });
    all.push(...read.items);
    if (all.length >= read.total || read.items.length === 0) break;
  }
  const bands = [...scheme.gradeBands].sort((a, b) => b.minimum - a.minimum).map((b) => b.grade);
  const grades = bands.map((g) => [g, all.filter((r) => r.grade === g).length]);
  const ungraded = all.filter((r) => !r.grade).length;
  if (ungraded) grades.push([t('rankings.ungraded'), ungraded]);
  const flagged = all.filter((r) => r.flagged).length;
  const tableBox = h('div', { id: 'ranking-table-box' });
  show(box,
    h('div', { class: 'counts' },
      h('div', { class: 'count', id: 'count-subjects' }, h('b', {}, all.length), t('rankings.subjects')),
      h('div', { class: 'count', id: 'count-flagged' }, h('b', {}, flagged), t('rankings.flagged'))),
    barChart('ranking-chart', t('rankings.top', { n: Math.min(TOP, all.length), period }),
      all.slice(0, TOP).map((r) => [`${r.rank}. ${r.name}`, round(r.total)])),
    bands.length ? barChart('grade-chart', t('rankings.grades'), grades) : null,
    tableBox);
  const draw = (page) => {
    const rows = all.slice(page * SIZE, (page + 1) * SIZE);
    show(tableBox,
      table('ranking-table', ['rankings.rank', 'rankings.name', 'inbox.where', 'rankings.group', 'rankings.total', 'rankings.grade', ''],
        rows.map((r) => h('tr', { class: r.flagged ? 'overdue' : '' }, h('td', {}, `${r.rank} / ${r.groupSize}`), h('td', {}, r.name),
          h('td', {}, r.jurisdictionCode), h('td', {}, r.group ?? ''), h('td', {}, round(r.total)), h('td', {}, r.grade ?? ''),
          h('td', {}, r.flagged ? h('span', { class: 'tag overdue-tag' }, t('rankings.flaggedTag', { streak: r.lastPlaceStreak })) : null)))),
      pager('ranking-pager', page, SIZE, all.length, async (p) => draw(p)));
  };
  draw(0);
}

async function checklistsOf(box, code) {
  const sets = await api.get('/checklists');
  if (sets.length === 0) {
    show(box, h('p', { class: 'muted', id: 'checklist-none' }, t('rankings.noChecklists')));
    return;
  }
  const set = h('select', { id: 'checklist-select' }, sets.map((s) => h('option', { value: s.key }, `${s.name} (v${s.version})`)));
  const results = h('div', { id: 'checklist-results' });
  const draw = () => passRates(results, set.value, code, () => set.value);
  set.addEventListener('change', () => guarded(draw));
  show(box, h('div', { class: 'filters' }, field('rankings.checklist', set)), results);
  await draw();
}

/**
 * The pass rate of the jurisdiction and of each one below it, as bars in per cent, and the best subjects. Shown only
 * if {@code key} is still the chosen checklist when its answers come: one chosen meanwhile draws its own, and an
 * answer arriving late must not cover it.
 */
async function passRates(box, key, code, chosen) {
  const [results, children] = await Promise.all([
    api.get(`/checklists/${encodeURIComponent(key)}/results`, { jurisdiction: code }),
    api.get('/jurisdictions', { parent: code, size: 500, sort: 'code' }),
  ]);
  if (chosen() !== key) {
    return;
  }
  const names = new Map(children.items.map((j) => [j.code, j.name]));
  names.set(code, t('rankings.whole'));
  const rates = results.passRates.filter((r) => r.evaluated > 0);
  show(box,
    rates.length === 0 ? h('p', { class: 'muted', id: 'passrate-none' }, t('rankings.noEvaluations'))
      : barChart('passrate-chart', t('rankings.passRates', { version: results.criteriaVersion }),
        rates.map((r) => [names.get(r.jurisdictionCode) ?? r.jurisdictionCode, round(Number(r.passRate) * 100)]), { unit: '%', maximum: 100 }),
    table('passrate-table', ['inbox.where', 'rankings.evaluated', 'rankings.passed', 'rankings.passRate'],
      results.passRates.map((r) => [names.get(r.jurisdictionCode) ?? r.jurisdictionCode, r.evaluated, r.passed, `${round(Number(r.passRate) * 100)}%`])),
    results.ranking.length ? [h('h3', {}, t('rankings.best')),
      table('checklist-ranking', ['rankings.rank', 'rankings.subject', 'inbox.where', 'rankings.score', 'rankings.passedTag'],
        results.ranking.slice(0, SIZE).map((r) => [r.rank, `${r.subjectType} ${r.subjectId}`, r.subjectJurisdictionCode, round(Number(r.scoreTotal)),
          r.passed ? '✓' : '✗']))] : null);
}

function round(x) {
  return Math.round(x * 10) / 10;
}

