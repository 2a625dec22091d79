// Pieces several pages share: a table, a pager, a labelled field, a bar chart.
import { guarded } from './app.js';
import { h } from './dom.js';
import { t } from './i18n.js';

/** A table with a head of translated words and the given rows (arrays of cells or tr elements). */
export function table(id, heads, rows) {
  return h('table', { id },
    h('thead', {}, h('tr', {}, heads.map((k) => h('th', {}, k ? t(k) : '')))),
    h('tbody', {}, rows.map((r) => (r instanceof Node ? r : h('tr', {}, r.map((c) => (c instanceof Node && c.tagName === 'TD' ? c : h('td', {}, c))))))));
}

/** Previous and next around "page x of y, n in all"; go(page) draws another page. */
export function pager(id, page, size, total, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  return h('div', { class: 'pager' },
    h('button', { class: 'small', type: 'button', disabled: page === 0, onclick: () => guarded(() => go(page - 1)) }, t('pager.previous')),
    h('span', { id }, t('pager.of', { page: page + 1, pages, total })),
    h('button', { class: 'small', type: 'button', disabled: page + 1 >= pages, onclick: () => guarded(() => go(page + 1)) }, t('pager.next')));
}

export function field(label, input) {
  return h('label', { class: 'field' }, t(label), input);
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, text) {
  const el = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([k, v]) => el.setAttribute(k, String(v)));
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * Horizontal bars, one a [label, value] pair, scaled to the largest (or to the given maximum: 100 for
 * percentages); SVG attributes only (no inline style).
 */
export function barChart(id, title, pairs, { unit = '', maximum } = {}) {
  const max = maximum ?? Math.max(1, ...pairs.map(([, v]) => v));
  const rowHeight = 26;
  const labelWidth = 130;
  const barWidth = 360;
  const chart = svg('svg', { id, role: 'img', 'aria-label': title, width: labelWidth + barWidth + 70, height: pairs.length * rowHeight + 8,
    viewBox: `0 0 ${labelWidth + barWidth + 70} ${pairs.length * rowHeight + 8}` });
  pairs.forEach(([label, value], i) => {
    const y = i * rowHeight + 4;
    const text = String(label);
    const shown = text.length > 12 ? `${text.slice(0, 11)}…` : text;
    chart.append(svg('text', { x: labelWidth - 8, y: y + 16, 'text-anchor': 'end', 'font-size': 13, fill: '#333' }, shown));
    chart.append(svg('rect', { x: labelWidth, y, width: Math.max(1, Math.round((value / max) * barWidth)), height: rowHeight - 8, fill: '#b3261e',
      'data-value': value, 'data-label': label }));
    chart.append(svg('text', { x: labelWidth + Math.round((value / max) * barWidth) + 6, y: y + 16, 'font-size': 13, fill: '#333' }, `${value}${unit}`));
  });
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), chart);
}
