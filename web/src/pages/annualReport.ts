// The compiled annual report, ready to print (#/annual-report?plan=NB-2021-2025&year=2024): the draft the Word
// document is written from (GET /api/plans/{code}/annual-report), laid out in the national administrative form —
// the issuing body beside the national motto, the number and the place-and-date lines, "BÁO CÁO", the title, then
// sections I, II and III with the same tables and figures as the .docx — with Print and the .docx/.xlsx
// downloads. Print CSS (annualReport.css) leaves out everything but the document. For the coordinator.

import './annualReport.css';
import { ApiError, api } from '../api/client';
import type { AnnualReportBlock, AnnualReportDraft } from '../api/types';
import { html, type SafeHtml } from '../html';
import { t } from '../i18n';
import { href, signInHref } from '../router';
import { getSession } from '../session';
import { alertHtml, errorMessage } from './common';
import { announce } from '../live';
import type { Page } from './page';

/** One block of the draft as HTML: sections and headings bold, notes italic, tables with their heading row. */
export function blockHtml(block: AnnualReportBlock): SafeHtml {
  switch (block.kind) {
    case 'section':
      return html`<h2 class="doc-section">${block.text ?? ''}</h2>`;
    case 'heading':
      return html`<h3 class="doc-heading">${block.text ?? ''}</h3>`;
    case 'note':
      return html`<p class="doc-note">${block.text ?? ''}</p>`;
    case 'table':
      return html`<table class="doc-table">
        <thead><tr>${(block.header ?? []).map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${(block.rows ?? []).map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
      </table>`;
    default:
      return html`<p class="doc-paragraph">${block.text ?? ''}</p>`;
  }
}

/** The whole document: heading, title, blocks, recipients (Vietnamese, as the Word document). */
export function annualReportHtml(draft: AnnualReportDraft): SafeHtml {
  return html`<article class="doc" id="annual-report-doc" lang="vi" data-plan="${draft.plan}" data-year="${draft.year}">
    <table class="doc-masthead" role="presentation">
      <tr>
        <td><p class="doc-authority">${draft.authority}</p><p class="doc-office">${draft.office}</p><p class="doc-rule" aria-hidden="true"></p></td>
        <td><p class="doc-motto" id="doc-motto">${draft.motto}</p><p class="doc-motto-line" id="doc-motto-line">${draft.mottoLine}</p><p class="doc-rule" aria-hidden="true"></p></td>
      </tr>
      <tr><td><p class="doc-number">${draft.number}</p></td><td><p class="doc-date">${draft.placeAndDate}</p></td></tr>
    </table>
    <h1 class="doc-title" tabindex="-1" id="annual-report-title">${draft.title}<span class="doc-subtitle">${draft.subtitle}</span></h1>
    <p class="doc-basis">${draft.basis}</p>
    ${draft.blocks.map(blockHtml)}
    <div class="doc-recipients"><p class="doc-recipients-title">Nơi nhận:</p>${draft.recipients.map((r) => html`<p>${r}</p>`)}</div>
  </article>`;
}

function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const annualReportPage: Page = {
  async load(route) {
    const plan = route.query.plan ?? '';
    const year = Number(route.query.year);
    const back = href('compile', {}, { plan: plan || undefined, year: route.query.year });
    const simple = (content: SafeHtml) => ({
      title: () => t('annualReport.title'),
      html: () => html`<p class="print-actions"><a href="${back}">← ${t('annualReport.back')}</a></p><h1 tabindex="-1">${t('annualReport.title')}</h1>${content}`,
    });
    if (!getSession()) {
      return simple(html`<p class="notice" id="annual-report-sign-in">${t('compile.needSignIn')} <a href="${signInHref(route.path + (plan ? `?plan=${encodeURIComponent(plan)}&year=${year}` : ''))}">${t('auth.signIn')}</a></p>`);
    }
    if (!plan || !Number.isInteger(year) || year < 1900) return simple(alertHtml(t('annualReport.choose'), 'annual-report-error'));
    let draft: AnnualReportDraft;
    try {
      draft = await api.annualReportDraft(plan, year);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) throw error;
      return simple(alertHtml(errorMessage(error), 'annual-report-error'));
    }
    let downloadError: unknown = null;
    const actionsHtml = () => html`<div class="print-actions" id="annual-report-actions">
        <a href="${back}">← ${t('annualReport.back')}</a>
        <p class="actions">
          <button type="button" class="button primary" id="annual-report-print">${t('annualReport.print')}</button>
          <button type="button" class="button" id="annual-report-docx">${t('annualReport.docx')}</button>
          <button type="button" class="button" id="annual-report-xlsx">${t('annualReport.xlsx')}</button>
        </p>
        <p class="help">${t('annualReport.help')}</p>
        ${downloadError ? alertHtml(errorMessage(downloadError), 'annual-report-download-error') : ''}
      </div>`;
    return {
      title: () => `${t('annualReport.title')} ${draft.year}`,
      html: () => html`<div class="annual-report-page">${actionsHtml()}${annualReportHtml(draft)}</div>`,
      mount: (root) => {
        root.addEventListener('click', async (event) => {
          const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
          if (!button) return;
          if (button.id === 'annual-report-print') return window.print();
          const format = button.id === 'annual-report-docx' ? 'docx' : button.id === 'annual-report-xlsx' ? 'xlsx' : null;
          if (!format) return;
          button.disabled = true;
          try {
            const name = format === 'docx' ? `bao-cao-${plan}-${year}.docx` : `phu-luc-${plan}-${year}.xlsx`;
            downloadBlob(await api.annualReportFile(plan, year, format), name);
            downloadError = null;
            announce(t('annualReport.downloaded', { file: name }));
          } catch (error) {
            downloadError = error;
            const box = root.querySelector('#annual-report-actions');
            if (box) box.outerHTML = actionsHtml().value;
          }
          button.disabled = false;
        });
      },
    };
  },
};
