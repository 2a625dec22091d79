// 峡江 三员 dashboard in the Jiceng console: last year's figures as the county reports them
// (GET …/xiajiang-three-members/dashboard), drawn with the console's own builders.
const WORDS = {
  zh: {
    year: '{year} 年',
    dispatched: '选派三员', commissioners: '党建指导员（机关）', instructors: '党建联络员（两新）', supervisors: '行业督导员',
    nonLeading: '其中改非干部', upgraded: '晋星支部', problems: '反馈问题 / 已整改', assessed: '年度考核',
    chart: '三员构成', share: '占比 {percent}%',
  },
  en: {
    year: 'year {year}',
    dispatched: 'Dispatched', commissioners: 'Commissioners (organs)', instructors: 'Instructors (two-new)', supervisors: 'Sector supervisors',
    nonLeading: 'of them non-leading cadres', upgraded: 'Branches upgraded', problems: 'Problems found / rectified', assessed: 'Assessed',
    chart: 'The three members', share: '{percent} % of them',
  },
};

function words(language) {
  const w = WORDS[language] ?? WORDS.zh;
  return (key, values = {}) => w[key].replace(/\{(\w+)\}/g, (all, name) => String(values[name] ?? all));
}

function percent(share) {
  return share === null || share === undefined ? '–' : (Number(share) * 100).toFixed(1);
}

export default async function render(container, { jurisdiction, api, h, show, barChart, language }) {
  const w = words(language);
  const year = new Date().getFullYear() - 1;
  const d = await api.get(`/jurisdictions/${encodeURIComponent(jurisdiction)}/xiajiang-three-members/dashboard`, { year });
  const tile = (id, label, value, note) => h('div', { class: 'count', id }, h('b', {}, value), label, note ? h('div', { class: 'muted' }, note) : null);
  show(container,
    h('p', { class: 'muted' }, w('year', { year: d.year })),
    h('div', { class: 'counts' },
      tile('tm-dispatched', w('dispatched'), d.dispatched, `${w('nonLeading')} ${d.nonLeading}, ${w('share', { percent: percent(d.nonLeadingShare) })}`),
      tile('tm-upgraded', w('upgraded'), `${d.branchesUpgraded} / ${d.branches}`, w('share', { percent: percent(d.upgradedShare) })),
      tile('tm-problems', w('problems'), `${d.problemsFound} / ${d.problemsRectified}`),
      tile('tm-assessed', w('assessed'), d.assessed)),
    barChart('tm-chart', w('chart'), [[w('commissioners'), d.commissioners], [w('instructors'), d.instructors], [w('supervisors'), d.supervisors]]));
}
