// Bulk upload for the statistics office (and admins): choose or drop a .csv/.xlsx file, check it
// (dry run), read the report, then import it; the upload history and the template download below.

import { ApiError, api, clearApiCache } from '../api/client';
import type { PlanSummary, UploadRecord, UploadReport } from '../api/types';
import { formatPeriod } from '../format';
import { html, type SafeHtml } from '../html';
import { formatNumber, pick, t } from '../i18n';
import { announce } from '../live';
import { href, signInHref } from '../router';
import { canUpload, getSession } from '../session';
import { alertHtml, errorMessage, roleLabel } from './common';
import type { Page } from './page';
import { fileKey, historyHtml, isUploadFileName, reportHtml, templateFileName } from './uploadReport';

type Busy = null | 'dryRun' | 'import';

interface State {
  file: File | null;
  /** Set when the chosen file is not one the upload accepts. */
  fileRejected: boolean;
  busy: Busy;
  /** Upload progress 0–100; null while the API reads the file; undefined before any upload. */
  progress: number | null | undefined;
  report: UploadReport | null;
  /** The file the report is about (an import needs a clean dry run of this very file). */
  reportFile: string | null;
  uploadError: unknown;
  history: UploadRecord[] | null;
  historyError: unknown;
  plans: PlanSummary[];
  plansError: unknown;
  templatePlan: string;
  templateBusy: boolean;
  templateError: unknown;
}

/** True when the import may run: a dry run of this same file found no errors. */
export function canImport(state: Pick<State, 'file' | 'report' | 'reportFile' | 'busy'>): boolean {
  return (
    !state.busy &&
    !!state.file &&
    !!state.report &&
    state.report.dryRun &&
    state.report.status === 'validated' &&
    (state.report.errors?.length ?? 0) === 0 &&
    state.reportFile === fileKey(state.file)
  );
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return t('upload.bytes', { size: formatNumber(bytes, 0) });
  if (bytes < 1024 * 1024) return t('upload.kb', { size: formatNumber(bytes / 1024, 1) });
  return t('upload.mb', { size: formatNumber(bytes / (1024 * 1024), 1) });
}

export const uploadsPage: Page = {
  async load() {
    const session = getSession();
    if (!session) {
      return {
        title: () => t('uploads.title'),
        html: () => html`<h1 tabindex="-1" id="uploads-title">${t('uploads.title')}</h1>
          <p class="notice" id="uploads-sign-in">${t('uploads.needSignIn')} <a href="${signInHref('/uploads')}">${t('auth.signIn')}</a></p>`,
      };
    }
    if (!canUpload(session)) {
      return {
        title: () => t('uploads.title'),
        html: () => html`<h1 tabindex="-1" id="uploads-title">${t('uploads.title')}</h1>
          <p class="notice" id="uploads-forbidden">${t('uploads.forbidden', { role: roleLabel(session.user.role) })}</p>
          <p><a href="${href('plans')}">${t('error.home')}</a></p>`,
      };
    }

    const [history, plans] = await Promise.allSettled([api.uploads(), api.plans()]);
    for (const result of [history, plans]) {
      // A 401 has ended the session: let the router go to the sign-in page.
      if (result.status === 'rejected' && result.reason instanceof ApiError && result.reason.status === 401) throw result.reason;
    }
    const planList = plans.status === 'fulfilled' ? plans.value : [];
    const state: State = {
      file: null,
      fileRejected: false,
      busy: null,
      progress: undefined,
      report: null,
      reportFile: null,
      uploadError: null,
      history: history.status === 'fulfilled' ? history.value : null,
      historyError: history.status === 'rejected' ? history.reason : null,
      plans: planList,
      plansError: plans.status === 'rejected' ? plans.reason : null,
      templatePlan: (planList.find((p) => p.areaCode === session.user.area) ?? planList[0])?.code ?? '',
      templateBusy: false,
      templateError: null,
    };

    // ---- parts of the page, each re-rendered on its own when it changes ----

    const chosenHtml = (): SafeHtml =>
      state.file
        ? html`<span class="chosen" id="chosen-file">${t('upload.chosen', { name: state.file.name, size: fileSize(state.file.size) })}</span>`
        : html`<span class="chosen muted" id="chosen-file">${t('upload.noFile')}</span>`;

    const progressHtml = (): SafeHtml => {
      const shown = state.progress !== undefined;
      const value = state.progress;
      const label =
        value === null ? t('upload.processing') : state.busy ? t('upload.sending', { percent: value ?? 0 }) : t('upload.sent');
      return html`<div class="progress-box" id="upload-progress-box"${shown ? '' : html` hidden`}>
        <label for="upload-progress" id="upload-progress-label">${label}</label>
        <progress id="upload-progress" max="100"${value === null ? '' : html` value="${value ?? 0}"`}>${value ?? ''}</progress>
      </div>`;
    };

    const outcomeText = (): string => {
      const report = state.report;
      if (!report) return '';
      if (report.status === 'imported') {
        return t('upload.imported', { inserted: report.inserted ?? 0, updated: report.updated ?? 0, unchanged: report.unchanged ?? 0 });
      }
      if (report.status === 'validated') return t('upload.validated');
      return t('upload.hasErrors', { count: report.rejected ?? 0 });
    };

    const resultHtml = (): SafeHtml => {
      const report = state.report;
      const failed = state.uploadError && !(state.uploadError instanceof ApiError && state.uploadError.problem.report);
      return html`${failed ? alertHtml(errorMessage(state.uploadError), 'upload-error') : ''}
        ${report
          ? html`<h2 id="upload-result-heading" tabindex="-1">${t('upload.reportTitle')}</h2>
              ${report.status === 'rejected'
                ? alertHtml(outcomeText(), 'upload-outcome')
                : html`<p class="success" id="upload-outcome">${outcomeText()}</p>`}
              ${reportHtml(report)}`
          : ''}`;
    };

    const historySectionHtml = (): SafeHtml =>
      state.history
        ? historyHtml(state.history)
        : state.historyError
          ? alertHtml(errorMessage(state.historyError), 'upload-history-error')
          : html``;

    const templateHtml = (): SafeHtml =>
      state.plansError
        ? alertHtml(errorMessage(state.plansError), 'template-error')
        : html`<form id="template-form" class="template-form">
            <div class="field">
              <label for="template-plan">${t('template.plan')}</label>
              <select id="template-plan" name="plan">
                ${state.plans.map(
                  (p) => html`<option value="${p.code}"${p.code === state.templatePlan ? html` selected` : ''}>${pick(p.titleVi, p.titleEn)} (${formatPeriod(p.startYear, p.endYear)})</option>`,
                )}
              </select>
            </div>
            <p class="actions">
              <button type="submit" class="button" id="template-button"${state.templateBusy || !state.templatePlan ? html` disabled` : ''}>${state.templateBusy ? t('template.busy') : t('template.download')}</button>
            </p>
            <div id="template-message">${state.templateError ? alertHtml(errorMessage(state.templateError), 'template-error') : ''}</div>
          </form>`;

    // ---- updating the page without re-rendering all of it (keeps focus where it is) ----

    const setHtml = (id: string, content: SafeHtml) => {
      const el = document.getElementById(id);
      if (el) el.innerHTML = content.value;
    };

    const syncControls = () => {
      const dry = document.getElementById('dry-run-button') as HTMLButtonElement | null;
      const imp = document.getElementById('import-button') as HTMLButtonElement | null;
      if (dry) {
        dry.disabled = !!state.busy || !state.file || state.fileRejected;
        dry.textContent = state.busy === 'dryRun' ? t('upload.checking') : t('upload.check');
      }
      if (imp) {
        imp.disabled = !canImport(state);
        imp.textContent = state.busy === 'import' ? t('upload.importing') : t('upload.import');
      }
      const input = document.getElementById('upload-file') as HTMLInputElement | null;
      if (input) input.disabled = !!state.busy;
      document.getElementById('upload-zone')?.classList.toggle('busy', !!state.busy);
    };

    const syncProgress = () => {
      const box = document.getElementById('upload-progress-box');
      const bar = document.getElementById('upload-progress') as HTMLProgressElement | null;
      const label = document.getElementById('upload-progress-label');
      if (!box || !bar || !label) return;
      box.hidden = state.progress === undefined;
      if (state.progress === null) bar.removeAttribute('value');
      else bar.value = state.progress ?? 0;
      bar.textContent = state.progress == null ? '' : `${state.progress}%`;
      label.textContent =
        state.progress === null ? t('upload.processing') : state.busy ? t('upload.sending', { percent: state.progress ?? 0 }) : t('upload.sent');
    };

    const chooseFile = (file: File | null) => {
      state.file = file;
      state.fileRejected = !!file && !isUploadFileName(file.name);
      state.report = null;
      state.reportFile = null;
      state.uploadError = null;
      state.progress = undefined;
      setHtml('chosen-file-box', chosenHtml());
      setHtml('upload-file-message', state.fileRejected ? alertHtml(t('upload.badType'), 'upload-file-error') : html``);
      setHtml('upload-result', resultHtml());
      syncProgress();
      syncControls();
      if (file && !state.fileRejected) announce(t('upload.chosen', { name: file.name, size: fileSize(file.size) }));
    };

    const refreshHistory = async () => {
      try {
        state.history = await api.uploads();
        state.historyError = null;
      } catch (error) {
        state.historyError = error;
      }
      setHtml('upload-history-box', historySectionHtml());
    };

    const run = async (dryRun: boolean) => {
      const file = state.file;
      if (!file || state.busy || state.fileRejected) return;
      if (!dryRun && !canImport(state)) return;
      state.busy = dryRun ? 'dryRun' : 'import';
      state.progress = 0;
      state.uploadError = null;
      syncControls();
      syncProgress();
      announce(t('upload.sending', { percent: 0 }));
      let report: UploadReport | null = null;
      try {
        report = await api.upload(file, {
          dryRun,
          onProgress: (loaded, total) => {
            const percent = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
            if (percent !== state.progress) {
              state.progress = percent;
              syncProgress();
            }
          },
          onSent: () => {
            state.progress = null;
            syncProgress();
          },
        });
      } catch (error) {
        state.uploadError = error;
        // A real upload with errors answers 422 with the report inside the problem.
        report = error instanceof ApiError && error.problem.report ? error.problem.report : null;
        if (error instanceof ApiError && error.status === 401) {
          state.busy = null;
          return; // the session has ended; the router is on its way to the sign-in page
        }
      }
      state.busy = null;
      state.progress = report ? 100 : undefined; // no report: the error says what happened
      if (state.file === file) {
        state.report = report;
        state.reportFile = report ? fileKey(file) : null;
      }
      if (report && !report.dryRun) clearApiCache(); // values may have changed
      syncProgress();
      syncControls();
      setHtml('upload-result', resultHtml());
      // A clean dry run: the next step is the import button. Otherwise: the report (or the error, an alert).
      if (report?.status === 'validated' && canImport(state)) {
        document.getElementById('import-button')?.focus();
      } else if (report) {
        document.getElementById('upload-result-heading')?.focus();
      } else {
        document.getElementById(dryRun ? 'dry-run-button' : 'import-button')?.focus();
      }
      // Alerts (errors, a rejected file) speak for themselves.
      if (report && report.status !== 'rejected') announce(outcomeText());
      void refreshHistory();
    };

    const downloadTemplate = async () => {
      const code = state.templatePlan;
      if (!code || state.templateBusy) return;
      state.templateBusy = true;
      state.templateError = null;
      setHtml('template-box', templateHtml());
      try {
        const blob = await api.template(code);
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = templateFileName(code);
        link.hidden = true;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        announce(t('template.done', { file: templateFileName(code) }));
      } catch (error) {
        state.templateError = error;
      }
      state.templateBusy = false;
      const hadFocus = document.activeElement?.id === 'template-button';
      setHtml('template-box', templateHtml());
      if (hadFocus || state.templateError) document.getElementById('template-button')?.focus();
    };

    return {
      title: () => t('uploads.title'),
      html: () => html`<h1 tabindex="-1" id="uploads-title">${t('uploads.title')}</h1>
        <p class="intro">${t('uploads.intro')}</p>

        <section class="upload" aria-labelledby="upload-heading">
          <h2 id="upload-heading">${t('upload.fileHeading')}</h2>
          <form id="upload-form" class="form-card" novalidate>
            <div class="upload-zone${state.busy ? ' busy' : ''}" id="upload-zone">
              <input type="file" id="upload-file" name="file" accept=".csv,.xlsx" class="file-input"
                aria-describedby="upload-help"${state.busy ? html` disabled` : ''} />
              <label for="upload-file" class="drop-zone" id="drop-zone">
                <span class="drop-icon" aria-hidden="true">⇪</span>
                <span class="drop-title">${t('upload.choose')}</span>
                <span class="drop-hint">${t('upload.dropHint')}</span>
                <span id="chosen-file-box">${chosenHtml()}</span>
              </label>
            </div>
            <p class="help" id="upload-help">${t('upload.help')}</p>
            <div id="upload-file-message">${state.fileRejected ? alertHtml(t('upload.badType'), 'upload-file-error') : ''}</div>
            <p class="actions">
              <button type="submit" class="button primary" id="dry-run-button"${state.busy || !state.file || state.fileRejected ? html` disabled` : ''}>${state.busy === 'dryRun' ? t('upload.checking') : t('upload.check')}</button>
              <button type="button" class="button" id="import-button"${canImport(state) ? '' : html` disabled`} aria-describedby="import-help">${state.busy === 'import' ? t('upload.importing') : t('upload.import')}</button>
            </p>
            <p class="help" id="import-help">${t('upload.importHelp')}</p>
            ${progressHtml()}
          </form>
          <div id="upload-result">${resultHtml()}</div>
        </section>

        <section class="history" aria-labelledby="history-heading">
          <h2 id="history-heading">${t('history.title')}</h2>
          <div id="upload-history-box">${historySectionHtml()}</div>
        </section>

        <section class="template" aria-labelledby="template-heading">
          <h2 id="template-heading">${t('template.title')}</h2>
          <p class="help">${t('template.help')}</p>
          <div id="template-box">${templateHtml()}</div>
        </section>`,

      mount: (root) => {
        const input = root.querySelector<HTMLInputElement>('#upload-file');
        const zone = root.querySelector<HTMLElement>('#drop-zone');
        const form = root.querySelector<HTMLFormElement>('#upload-form');
        if (!input || !zone || !form) return;

        // After a language switch the input is new and empty: give it the chosen file back.
        if (state.file) {
          try {
            const transfer = new DataTransfer();
            transfer.items.add(state.file);
            input.files = transfer.files;
          } catch {
            // not supported: the file stays chosen in the page's state all the same
          }
        }

        input.addEventListener('change', () => chooseFile(input.files?.[0] ?? null));

        const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
        for (const type of ['dragenter', 'dragover'] as const) {
          zone.addEventListener(type, (event) => {
            if (!hasFiles(event) || state.busy) return;
            event.preventDefault();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
            zone.classList.add('dragging');
          });
        }
        zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
        zone.addEventListener('drop', (event) => {
          event.preventDefault();
          zone.classList.remove('dragging');
          if (state.busy) return;
          const file = event.dataTransfer?.files?.[0] ?? null;
          if (!file) return;
          try {
            input.files = event.dataTransfer!.files;
          } catch {
            // read-only in old browsers: the state keeps the file
          }
          chooseFile(file);
        });

        form.addEventListener('submit', (event) => {
          event.preventDefault();
          void run(true);
        });
        root.querySelector('#import-button')?.addEventListener('click', () => void run(false));

        root.querySelector('#template-box')?.addEventListener('change', (event) => {
          const target = event.target as HTMLSelectElement;
          if (target.id === 'template-plan') state.templatePlan = target.value;
        });
        root.querySelector('#template-box')?.addEventListener('submit', (event) => {
          event.preventDefault();
          void downloadTemplate();
        });
      },
    };
  },
};
