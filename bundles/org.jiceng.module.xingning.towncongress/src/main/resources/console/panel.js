// 兴宁 镇党代会年会 statistics in the Jiceng console: a year's sessions, delegates and proposals per town and
// in total (GET …/xingning-town-congress/statistics), drawn with the console's own builders.
const WORDS = {
  zh: {
    year: '年度', show: '查看', towns: '镇（街道）', sessions: '召开年会', attending: '出席代表 / 代表',
    proposals: '代表提案', handled: '已办理', satisfied: '满意', satisfaction: '测评满意率',
    town: '镇（街道）', chart: '各镇出席代表',
  },
  en: {
    year: 'Year', show: 'Show', towns: 'Towns', sessions: 'Sessions held', attending: 'Delegates attending / delegates',
    proposals: 'Proposals filed', handled: 'handled', satisfied: 'satisfied', satisfaction: 'Rated satisfied',
    town: 'Town', chart: 'Delegates attending per town',
  },
};

function percent(rate) {
  return rate === null || rate === undefined ? '–' : `${(Number(rate) * 100).toFixed(1)}%`;
}

export default async function render(container, { jurisdiction, api, h, show, table, barChart, language }) {
  const w = WORDS[language] ?? WORDS.zh;
  const year = h('input', { id: 'tc-year', type: 'number', min: 2000, max: 2100, value: new Date().getFullYear() - 1 });
  const body = h('div', {});
  const draw = async () => {
    const s = await api.get(`/jurisdictions/${encodeURIComponent(jurisdiction)}/xingning-town-congress/statistics`, { year: year.value });
    const tile = (id, label, value) => h('div', { class: 'count', id }, h('b', {}, value), label);
    const towns = s.perTown.filter((t) => t.sessionsHeld > 0 || t.delegates > 0);
    show(body,
      h('div', { class: 'counts' },
        tile('tc-towns', w.towns, s.towns),
        tile('tc-sessions', w.sessions, s.total.sessionsHeld),
        tile('tc-attending', w.attending, `${s.total.delegatesAttending} / ${s.total.delegates}`),
        tile('tc-proposals', w.proposals, `${s.total.proposalsFiled} (${w.handled} ${s.total.proposalsHandled})`),
        tile('tc-satisfaction', w.satisfaction, percent(s.total.satisfactionRate))),
      barChart('tc-chart', w.chart, towns.map((t) => [t.townName, t.delegatesAttending])),
      // the console's table takes its head words as they are when they are not its own
      table('tc-towns-table', [w.town, w.sessions, w.attending, w.proposals, w.satisfaction],
        towns.map((t) => [t.townName, t.sessionsHeld, `${t.delegatesAttending} / ${t.delegates}`, t.proposalsFiled, percent(t.satisfactionRate)])));
  };
  const form = h('form', { class: 'filters' }, h('label', { class: 'field' }, w.year, year), h('button', { class: 'small', type: 'submit' }, w.show));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    draw().catch((err) => show(body, h('p', { class: 'error' }, err.message)));
  });
  show(container, form, body);
  await draw();
}
