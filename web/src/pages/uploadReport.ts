// How an upload went, as HTML: the counts, then one table row per reported issue (errors reject
// their row, flags only ask for a second look), and the upload history. Pure: no DOM.

import type { UploadCounts, UploadIssue, UploadRecord, UploadReport, UploadStatus } from '../api/types';
import { formatInstant } from '../format';
import { html, type SafeHtml } from '../html';
import { formatNumber, getLang, pick, t, type Lang, type MessageKey } from '../i18n';

export type IssueKind = 'error' | 'flag';

export interface IssueRow extends UploadIssue {
  kind: IssueKind;
}

/** Errors and flags in one list, in file order (a row's errors before its flags). */
export function issueRows(report: Pick<UploadReport, 'errors' | 'flags'>): IssueRow[] {
  const rows: IssueRow[] = [
    ...(report.errors ?? []).map((issue) => ({ ...issue, kind: 'error' as const })),
    ...(report.flags ?? []).map((issue) => ({ ...issue, kind: 'flag' as const })),
  ];
  // Array.prototype.sort is stable: within a row and kind, the API's order stays.
  return rows.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.kind === b.kind ? 0 : a.kind === 'error' ? -1 : 1));
}

const STATUS_KEY: Record<UploadStatus, MessageKey> = {
  validated: 'upload.status.validated',
  imported: 'upload.status.imported',
  rejected: 'upload.status.rejected',
};

export function statusLabel(status: string | undefined, lang: Lang = getLang()): string {
  if (status === undefined) return '';
  return status in STATUS_KEY ? t(STATUS_KEY[status as UploadStatus], undefined, lang) : status;
}

const COUNT_KEYS: ReadonlyArray<readonly [keyof UploadCounts, MessageKey]> = [
  ['rows', 'upload.count.rows'],
  ['inserted', 'upload.count.inserted'],
  ['updated', 'upload.count.updated'],
  ['unchanged', 'upload.count.unchanged'],
  ['rejected', 'upload.count.rejected'],
  ['flagged', 'upload.count.flagged'],
  ['blank', 'upload.count.blank'],
];

/** The kind of an issue, in words with an icon (never by colour alone). */
export function kindBadge(kind: IssueKind): SafeHtml {
  return kind === 'error'
    ? html`<span class="kind kind-error"><span aria-hidden="true">✖</span> ${t('upload.kind.error')}</span>`
    : html`<span class="kind kind-flag"><span aria-hidden="true">⚑</span> ${t('upload.kind.flag')}</span>`;
}

function issueRow(issue: IssueRow): SafeHtml {
  return html`<tr role="row" class="${issue.kind === 'error' ? 'row-error' : 'row-flag'}" data-kind="${issue.kind}" data-row="${issue.row}" data-column="${issue.column}" data-rule="${issue.rule}">
    <th role="rowheader" scope="row" class="num" data-label="${t('upload.col.row')}">${issue.row}</th>
    <td role="cell" data-label="${t('upload.col.kind')}">${kindBadge(issue.kind)}</td>
    <td role="cell" data-label="${t('upload.col.column')}"><code>${issue.column}</code></td>
    <td role="cell" data-label="${t('upload.col.value')}">${issue.value === null || issue.value === undefined || issue.value === ''
      ? html`<span class="muted">${t('upload.emptyValue')}</span>`
      : html`<code>${issue.value}</code>`}</td>
    <td role="cell" data-label="${t('upload.col.message')}">${pick(issue.messageVi, issue.messageEn)}</td>
  </tr>`;
}

/** The summary counts and the issue table of an upload's report. */
export function reportHtml(report: UploadReport): SafeHtml {
  const rows = issueRows(report);
  return html`<div class="report" data-upload="${report.uploadId}" data-status="${report.status}" data-dry-run="${report.dryRun ? 'true' : 'false'}">
    <p class="report-status">
      <span class="status-badge status-${report.status}">${statusLabel(report.status)}</span>
      <span class="report-file">${report.fileName}</span>
      <span class="muted">· ${report.dryRun ? t('upload.dryRunLabel') : t('upload.importLabel')}</span>
    </p>
    <dl class="counts" id="upload-summary" data-status="${report.status}">
      ${COUNT_KEYS.map(
        ([key, label]) => html`<div class="count-item${(key === 'rejected' || key === 'flagged') && (report[key] ?? 0) > 0 ? ` has-${key}` : ''}" data-count="${key}">
          <dt>${t(label)}</dt><dd>${formatNumber(report[key] ?? 0, 0)}</dd>
        </div>`,
      )}
    </dl>
    <table class="data-table stack-table report-table" id="upload-report" role="table">
      <caption>${t('upload.reportCaption', { file: report.fileName })}</caption>
      <thead role="rowgroup"><tr role="row">
        <th role="columnheader" scope="col" class="num">${t('upload.col.row')}</th>
        <th role="columnheader" scope="col">${t('upload.col.kind')}</th>
        <th role="columnheader" scope="col">${t('upload.col.column')}</th>
        <th role="columnheader" scope="col">${t('upload.col.value')}</th>
        <th role="columnheader" scope="col">${t('upload.col.message')}</th>
      </tr></thead>
      <tbody role="rowgroup">${rows.length
        ? rows.map(issueRow)
        : html`<tr role="row" class="no-issues"><td role="cell" colspan="5">${t('upload.noIssues')}</td></tr>`}</tbody>
    </table>
    ${report.truncated ? html`<p class="notice" id="upload-truncated">${t('upload.truncated')}</p>` : ''}
  </div>`;
}

/** A short line of the non-zero counts of a recorded upload ('7 mới · 2 cập nhật'), or '—'. */
export function countsSummary(counts: UploadCounts, lang: Lang = getLang()): string {
  const parts: string[] = [];
  const add = (value: number, key: MessageKey) => {
    if (value > 0) parts.push(t(key, { count: formatNumber(value, 0, lang) }, lang));
  };
  add(counts.inserted, 'history.inserted');
  add(counts.updated, 'history.updated');
  add(counts.unchanged, 'history.unchanged');
  add(counts.rejected, 'history.rejected');
  add(counts.flagged, 'history.flagged');
  add(counts.blank, 'history.blank');
  return parts.length ? parts.join(' · ') : '—';
}

/** The upload history table (newest first, as the API sends it). */
export function historyHtml(records: readonly UploadRecord[]): SafeHtml {
  if (records.length === 0) return html`<p class="empty" id="upload-history-empty">${t('history.empty')}</p>`;
  return html`<table class="data-table stack-table history-table" id="upload-history" role="table">
    <caption class="sr-only">${t('history.title')}</caption>
    <thead role="rowgroup"><tr role="row">
      <th role="columnheader" scope="col">${t('history.when')}</th>
      <th role="columnheader" scope="col">${t('history.file')}</th>
      <th role="columnheader" scope="col">${t('history.by')}</th>
      <th role="columnheader" scope="col">${t('history.kind')}</th>
      <th role="columnheader" scope="col">${t('history.status')}</th>
      <th role="columnheader" scope="col" class="num">${t('upload.count.rows')}</th>
      <th role="columnheader" scope="col">${t('history.result')}</th>
    </tr></thead>
    <tbody role="rowgroup">${records.map(
      (r) => html`<tr role="row" data-upload="${r.id}" data-status="${r.status}" data-dry-run="${r.dryRun ? 'true' : 'false'}">
        <th role="rowheader" scope="row"><time datetime="${r.uploadedAt}">${formatInstant(r.uploadedAt)}</time></th>
        <td role="cell" data-label="${t('history.file')}" class="file-name">${r.fileName}</td>
        <td role="cell" data-label="${t('history.by')}">${r.uploadedBy}</td>
        <td role="cell" data-label="${t('history.kind')}">${r.dryRun ? t('upload.dryRunLabel') : t('upload.importLabel')}</td>
        <td role="cell" data-label="${t('history.status')}"><span class="status-badge status-${r.status}">${statusLabel(r.status)}</span></td>
        <td role="cell" data-label="${t('upload.count.rows')}" class="num">${formatNumber(r.rows, 0)}</td>
        <td role="cell" data-label="${t('history.result')}">${countsSummary(r)}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

/** The download name of a plan's upload template: 'template-NB-2021-2025.xlsx' (unsafe characters become '-'). */
export function templateFileName(planCode: string): string {
  const safe = planCode.trim().replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'plan';
  return `template-${safe}.xlsx`;
}

/** A file the upload accepts (by name: the API checks the content). */
export function isUploadFileName(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name);
}

/** Identifies a chosen file, so that an import follows a dry run of the very same file. */
export function fileKey(file: Pick<File, 'name' | 'size' | 'lastModified'>): string {
  return `${file.name}|${file.size}|${file.lastModified}`;
}
