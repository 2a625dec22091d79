// Imports of organizations, members and cadres from XLSX or CSV, with the upload's and the check's
// progress and the bad rows shown where the outcome is; exports of the member and organization lists.
import * as api from './api.js';
import { account, guarded, homeJurisdiction, notify } from './app.js';
import { h, show } from './dom.js';
import { t } from './i18n.js';
import { field, table } from './widgets.js';

const KINDS = ['members', 'organizations', 'cadres'];
const WRITERS = ['admin', 'jurisdiction-admin', 'operator', 'integration'];
const POLL_MS = 400;

export async function importsPage(view) {
  const me = account();
  const writes = me.roles.some((r) => WRITERS.includes(r));
  const jobs = h('div', { id: 'import-jobs' });
  show(view, h('h1', {}, t('imports.title')),
    writes ? importForm(jobs) : h('p', { class: 'muted', id: 'import-read-only' }, t('imports.readOnly')),
    writes ? [h('h2', {}, t('imports.recent')), jobs] : null,
    h('h2', {}, t('exports.title')), await exportForm());
  if (writes) await recentJobs(jobs);
}

function importForm(jobs) {
  const kind = h('select', { id: 'import-kind' }, KINDS.map((k) => h('option', { value: k }, t(`imports.kind.${k}`))));
  const file = h('input', { id: 'import-file', type: 'file', accept: '.xlsx,.csv', required: true });
  const dryRun = h('input', { id: 'import-dry-run', type: 'checkbox', checked: true });
  const progress = h('div', { id: 'import-progress-box' });
  const form = h('form', { class: 'filters', id: 'import-form' }, field('imports.kind', kind), field('imports.file', file),
    h('label', { class: 'field' }, t('imports.dryRun'), dryRun), h('button', { class: 'primary', type: 'submit', id: 'import-submit' }, t('imports.start')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = file.files[0];
    if (!chosen) return;
    guarded(() => runImport(progress, kind.value, chosen, dryRun.checked).then(() => recentJobs(jobs)));
  });
  return h('section', {}, h('p', { class: 'muted' }, t('imports.hint')), form, progress);
}

/** Uploads the file (its bar fills as the bytes go), then follows the job until it ends (the rows' bar). */
async function runImport(box, kind, file, dryRun) {
  notify('');
  const uploadBar = h('progress', { id: 'import-upload', max: 1, value: 0 });
  const uploadText = h('span', { id: 'import-upload-text' }, t('imports.uploading', { sent: 0, size: kb(file.size) }));
  const rows = h('div', { id: 'import-rows-box' });
  show(box, h('div', { class: 'progress-line' }, t('imports.upload'), uploadBar, uploadText), rows);
  const job = await api.upload('/imports', { kind, dryRun, fileName: file.name }, file, (sent, size) => {
    uploadBar.max = size || 1;
    uploadBar.value = sent;
    uploadText.textContent = t('imports.uploading', { sent: kb(sent), size: kb(size) });
  });
  uploadBar.value = uploadBar.max;
  await follow(rows, job);
}

async function follow(box, started) {
  const bar = h('progress', { id: 'import-progress', max: 1, value: 0 });
  const text = h('span', { id: 'import-rows' });
  const outcome = h('div', { id: 'import-outcome' });
  show(box, h('div', { class: 'progress-line' }, t('imports.rows'), bar, text), outcome);
  let job = started;
  for (;;) {
    bar.max = Math.max(1, job.rowsTotal);
    bar.value = job.rowsDone;
    text.textContent = t(job.status === 'RUNNING' ? 'imports.rowsRunning' : 'imports.rowsDone', { done: job.rowsDone, total: job.rowsTotal });
    bar.dataset.status = job.status;
    if (job.status !== 'RUNNING' || !document.body.contains(box)) break;
    await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
    job = await api.get(`/imports/${encodeURIComponent(job.id)}`);
  }
  showOutcome(outcome, job);
}

/** The outcome in words and, for a refused file, its bad cells: row, column and reason, in the file's order. */
function showOutcome(box, job) {
  if (job.status === 'RUNNING') return;
  const ok = job.status === 'SUCCEEDED';
  show(box,
    h('p', { id: 'import-status', class: ok ? 'ok-text' : 'error', 'data-status': job.status },
      h('b', {}, t(`imports.status.${job.status}`)), ' ', job.message),
    job.errors.length ? [
      h('p', { id: 'import-error-count' }, t('imports.errorCount', { count: job.errorCount, shown: job.errors.length })),
      table('import-errors', ['imports.row', 'imports.column', 'imports.reason'],
        job.errors.map((e) => h('tr', { 'data-row': e.row }, h('td', {}, e.row), h('td', {}, h('code', {}, e.column ?? '')), h('td', {}, e.reason)))),
    ] : null);
}

async function recentJobs(box) {
  const jobs = await api.get('/imports');
  show(box, jobs.length === 0 ? h('p', { class: 'muted' }, t('imports.none'))
    : table('import-job-table', ['imports.started', 'imports.file', 'imports.kind', 'imports.dryRun', 'imports.state', 'imports.rowCount', ''],
      jobs.slice(0, 20).map((j) => {
        const detail = h('div', {});
        return h('tr', { 'data-job': j.id },
          h('td', {}, j.startedAt.replace('T', ' ').slice(0, 19)), h('td', {}, j.fileName), h('td', {}, t(`imports.kind.${j.kind.toLowerCase()}`)),
          h('td', {}, j.dryRun ? '✓' : ''), h('td', {}, t(`imports.status.${j.status}`)), h('td', {}, j.rowsTotal),
          h('td', {}, j.status === 'RUNNING' ? null
            : h('button', { class: 'small', type: 'button', onclick: () => showOutcome(detail, j) }, t('imports.details')), detail));
      })));
}

async function exportForm() {
  const code = h('input', { id: 'export-jurisdiction', size: 12, value: await homeJurisdiction() });
  const result = h('div', { id: 'export-result' });
  const exportOf = (what) => guarded(async () => {
    show(result, h('span', { class: 'muted' }, t('exports.preparing')));
    const file = await api.download(`/exports/${what}.xlsx`, { jurisdiction: code.value.trim() });
    const link = h('a', { id: 'export-link', href: URL.createObjectURL(file.blob), download: file.name, 'data-bytes': file.blob.size }, file.name);
    show(result, link, h('span', { class: 'muted' }, ` · ${kb(file.blob.size)} KB`));
    link.click();
  });
  return h('section', {},
    h('p', { class: 'muted' }, t('exports.hint')),
    h('div', { class: 'filters' }, field('inbox.jurisdiction', code),
      h('button', { class: 'small', type: 'button', id: 'export-members', onclick: () => exportOf('members') }, t('exports.members')),
      h('button', { class: 'small', type: 'button', id: 'export-organizations', onclick: () => exportOf('organizations') }, t('exports.organizations'))),
    result);
}


function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}
