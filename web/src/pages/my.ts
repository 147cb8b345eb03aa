// A sector department's page (#/my?plan=&period=): the targets it leads in its area's plan, one
// input per data field, saved as drafts (with If-Match, conflicts shown on the field), then
// submitted for review by the coordinating department; each field's history in a drawer.

import { ApiError, api, clearApiCache } from '../api/client';
import type { Agency, AssignmentField, SexCode, ValueHistoryEntry } from '../api/types';
import { formatInstant } from '../format';
import { html, type SafeHtml } from '../html';
import { pick, t, type MessageKey, type Vars } from '../i18n';
import { announce } from '../live';
import { href, signInHref } from '../router';
import { getSession, isDepartment } from '../session';
import { agencyName, alertHtml, errorMessage, indexAgencies, roleLabel } from './common';
import type { Page } from './page';
import {
  choosePlanPeriod,
  dueStatus,
  formatIsoDate,
  planPeriodFormHtml,
  planPeriodFromForm,
  submissionBadge,
  todayInVietNam,
} from './reporting';
import {
  ValueForm,
  conflictHtml,
  fieldInvalid,
  fieldKey,
  fieldLabel,
  fieldMessageHtml,
  historyListHtml,
  inputId,
  targetsHtml,
  type FieldModel,
} from './valueForm';
import { openDrawer, type Drawer } from './drawer';
import './reporting.css';

interface Message {
  kind: 'success' | 'error' | 'info';
  key: MessageKey;
  vars?: Vars;
}

interface HistoryState {
  code: string;
  sex: SexCode;
  field: AssignmentField;
  entries: ValueHistoryEntry[] | null;
  error: unknown;
}

function simpleView(content: () => SafeHtml) {
  return {
    title: () => t('my.title'),
    html: () => html`<h1 tabindex="-1" id="my-title">${t('my.title')}</h1>${content()}`,
  };
}

export const myPage: Page = {
  async load(route) {
    const session = getSession();
    if (!session) {
      return simpleView(() => html`<p class="notice" id="my-sign-in">${t('my.needSignIn')} <a href="${signInHref('/my')}">${t('auth.signIn')}</a></p>`);
    }
    if (!isDepartment(session)) {
      return simpleView(() => html`<p class="notice" id="my-forbidden">${t('my.forbidden', { role: roleLabel(session.user.role) })}</p>
        <p><a href="${href('plans')}">${t('error.home')}</a></p>`);
    }

    const area = session.user.area;
    const today = todayInVietNam();
    const year = Number(today.slice(0, 4));
    const [plans, agencyList] = await Promise.all([
      api.plans(area ?? undefined),
      api.agencies().catch((): Agency[] => []),
    ]);
    const agencies = indexAgencies(agencyList);
    const choice = choosePlanPeriod(plans, area, route.query, year);
    const plan = choice.plan;
    if (!plan) {
      return simpleView(() => html`<p class="notice" id="my-no-plans">${t('my.noPlans')}</p>`);
    }

    let form: ValueForm | null = null;
    let loadError: unknown = null;
    try {
      form = new ValueForm(await api.assignments(plan.code, choice.period));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) throw error;
      loadError = error;
    }

    let busy: null | 'save' | 'submit' = null;
    let message: Message | null = null;
    let history: HistoryState | null = null;
    let drawer: Drawer | null = null;

    // ---- parts ----

    const deadlinesHtml = (f: ValueForm): SafeHtml => {
      const d = f.data;
      const pending = !d.submission || d.submission.status === 'returned';
      const due = pending ? dueStatus(d.dueDate, today) : null;
      return html`<dl class="facts deadlines" id="my-deadlines">
        <div class="fact"><dt>${t('my.dueDate')}</dt><dd id="due-date"${d.dueDate ? html` data-date="${d.dueDate}"` : ''}>${d.dueDate ? formatIsoDate(d.dueDate) : t('my.noDate')}
          ${due ? html` <span class="due-status${due.overdue ? ' overdue' : ''}">${due.overdue ? html`<span aria-hidden="true">⚠</span> ` : ''}${due.text}</span>` : ''}</dd></div>
        <div class="fact"><dt>${t('my.lockDate')}</dt><dd id="lock-date"${d.lockDate ? html` data-date="${d.lockDate}"` : ''} data-locked="${d.locked ? 'true' : 'false'}">${d.lockDate ? formatIsoDate(d.lockDate) : t('my.noDate')}
          ${d.locked ? html` <span class="locked-badge"><span aria-hidden="true">🔒</span> ${t('my.lockedShort')}</span>` : ''}</dd></div>
        <div class="fact"><dt>${t('my.submission')}</dt><dd id="submission-status" data-status="${d.submission?.status ?? 'none'}">${submissionBadge(d.submission?.status)}
          ${d.submission ? html` <span class="muted">${t('my.submittedAt', { at: formatInstant(d.submission.submittedAt) })}</span>` : ''}</dd></div>
      </dl>
      ${d.locked ? html`<p class="notice locked-notice" id="locked-notice"><span aria-hidden="true">🔒</span> ${t('my.lockedText', { date: formatIsoDate(d.lockDate) || '—' })}</p>` : ''}
      ${d.submission?.status === 'returned'
        ? html`<div class="notice returned-notice" id="returned-notice"><p><span aria-hidden="true">↩</span> ${t('my.returnedText')}</p>
            ${d.submission.comment ? html`<blockquote id="return-comment">${d.submission.comment}</blockquote>` : ''}</div>`
        : ''}`;
    };

    const messageHtml = (): SafeHtml => {
      if (!message) return html``;
      const text = t(message.key, message.vars);
      if (message.kind === 'error') return alertHtml(text, 'save-error');
      return html`<p class="${message.kind === 'success' ? 'success' : 'notice'}" id="save-result" tabindex="-1">${text}</p>`;
    };

    const actionsHtml = (f: ValueForm): SafeHtml => {
      const editable = f.editable().length > 0;
      // The buttons stay in reach (sticky) on a long form; the message and help sit just above them.
      return html`<div id="save-message">${messageHtml()}</div>
        <p class="help" id="submit-help">${editable ? t('my.submitHelp') : t('my.nothingEditable')}</p>
        <div class="form-actions" id="form-actions">
          <p class="actions">
            <button type="button" class="button" id="save-draft"${busy || !editable ? html` disabled` : ''}>${busy === 'save' ? t('my.saving') : t('my.saveDraft')}</button>
            <button type="button" class="button primary" id="submit-period"${busy || !editable ? html` disabled` : ''} aria-describedby="submit-help">${busy === 'submit' ? t('my.submitting') : t('my.submit')}</button>
          </p>
        </div>`;
    };

    const formBoxHtml = (): SafeHtml => {
      if (!form) return alertHtml(errorMessage(loadError), 'my-error');
      return html`${deadlinesHtml(form)}
        <form id="values-form" class="values-form" novalidate>
          ${targetsHtml(form)}
          ${actionsHtml(form)}
        </form>`;
    };

    const historyBodyHtml = (): SafeHtml => {
      if (!history) return html``;
      if (history.error) return alertHtml(errorMessage(history.error), 'history-error');
      if (!history.entries) return html`<p class="loading">${t('status.loading')}</p>`;
      return historyListHtml(history.entries, history.field.unit);
    };

    const drawerHtml = (): SafeHtml => html`<dialog id="history-drawer" class="drawer" role="dialog" aria-modal="true" aria-labelledby="history-title">
      <div class="drawer-inner">
        <div class="drawer-head">
          <h2 id="history-title" tabindex="-1">${history ? t('valueHistory.titleOf', { field: fieldLabel(history.field) }) : t('valueHistory.button')}</h2>
          <button type="button" class="button" id="history-close" data-drawer-close><span aria-hidden="true">✕</span> ${t('valueHistory.close')}</button>
        </div>
        <div id="history-body">${historyBodyHtml()}</div>
      </div>
    </dialog>`;

    // ---- updates in place (keep focus where it is) ----

    const setHtml = (id: string, content: SafeHtml) => {
      const el = document.getElementById(id);
      if (el) el.innerHTML = content.value;
    };

    const renderFormBox = () => {
      const focused = (document.activeElement as HTMLElement | null)?.id ?? '';
      setHtml('my-form-box', formBoxHtml());
      if (focused) {
        const again = document.getElementById(focused);
        if (again && again !== document.activeElement) again.focus({ preventScroll: true });
      }
    };

    const renderMessage = () => setHtml('save-message', messageHtml());

    /** One field's message, aria-invalid and conflict box, after typing. */
    const renderField = (model: FieldModel) => {
      if (!form) return;
      const input = document.getElementById(inputId(model.key));
      setHtml(`${inputId(model.key)}-msg`, fieldMessageHtml(form, model));
      if (input) {
        if (fieldInvalid(form, model)) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
      const box = document.getElementById(`conflict-${model.key}`);
      if (box && !model.conflict) box.remove();
      else if (box) box.outerHTML = conflictHtml(model).value;
    };

    const syncButtons = () => {
      const editable = !!form && form.editable().length > 0;
      const save = document.getElementById('save-draft') as HTMLButtonElement | null;
      const submit = document.getElementById('submit-period') as HTMLButtonElement | null;
      if (save) {
        save.disabled = !!busy || !editable;
        save.textContent = busy === 'save' ? t('my.saving') : t('my.saveDraft');
      }
      if (submit) {
        submit.disabled = !!busy || !editable;
        submit.textContent = busy === 'submit' ? t('my.submitting') : t('my.submit');
      }
    };

    const focusField = (model: FieldModel | undefined, conflict = false) => {
      if (!model) return;
      const target = conflict
        ? document.querySelector<HTMLElement>(`#conflict-${CSS.escape(model.key)} .use-theirs`)
        : document.getElementById(inputId(model.key));
      target?.focus();
    };

    // ---- actions ----

    /** Saves the changed fields; true when everything changed is now saved. */
    const saveDraft = async (announceNothing = true): Promise<boolean> => {
      if (!form || busy) return false;
      const invalid = form.invalid();
      if (invalid.length > 0) {
        message = { kind: 'error', key: 'my.fixErrors', vars: { count: invalid.length } };
        renderFormBox();
        focusField(invalid[0]);
        return false;
      }
      const changed = form.changed();
      if (changed.length === 0) {
        if (announceNothing) {
          message = { kind: 'info', key: 'my.nothingToSave' };
          renderMessage();
          announce(t('my.nothingToSave'));
        }
        return true;
      }
      busy = 'save';
      message = null;
      syncButtons();
      renderMessage();
      announce(t('my.saving'));
      let summary;
      try {
        summary = await form.save();
      } catch (error) {
        busy = null;
        if (error instanceof ApiError && error.status === 401) return false; // on the way to sign-in
        message = { kind: 'error', key: 'my.saveFailed', vars: { detail: errorMessage(error) } };
        renderFormBox();
        return false;
      }
      busy = null;
      if (summary.saved > 0) clearApiCache(); // values changed for the other pages
      const problems = summary.conflicts + summary.errors;
      message = problems
        ? { kind: 'error', key: 'my.savedSome', vars: { saved: summary.saved, failed: problems } }
        : { kind: 'success', key: 'my.saved', vars: { count: summary.saved } };
      renderFormBox();
      const models = [...form.fields.values()];
      const firstConflict = models.find((m) => m.conflict);
      const firstError = models.find((m) => m.saveError);
      if (firstConflict) focusField(firstConflict, true);
      else if (firstError) focusField(firstError);
      if (!problems) announce(t(message.key, message.vars)); // an alert speaks for itself
      return problems === 0;
    };

    const reload = async () => {
      if (!form) return;
      try {
        form.load(await api.assignments(form.data.plan, form.data.period));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) throw error;
        message = { kind: 'error', key: 'my.reloadFailed', vars: { detail: errorMessage(error) } };
      }
    };

    const submitPeriod = async () => {
      if (!form || busy) return;
      if (!(await saveDraft(false))) return;
      busy = 'submit';
      message = null;
      syncButtons();
      renderMessage();
      announce(t('my.submitting'));
      try {
        const receipt = await form.submit();
        clearApiCache();
        message = { kind: 'success', key: 'my.submitted', vars: { count: receipt.values?.length ?? 0 } };
        await reload();
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          busy = null;
          return;
        }
        message = { kind: 'error', key: 'my.submitFailed', vars: { detail: errorMessage(error) } };
      }
      busy = null;
      renderFormBox();
      if (message?.kind === 'success') {
        document.getElementById('save-result')?.focus();
        announce(t(message.key, message.vars));
      } else {
        document.getElementById('submit-period')?.focus();
      }
    };

    const resolveConflict = async (key: string, mine: boolean) => {
      const model = form?.fields.get(key);
      if (!form || !model || busy) return;
      if (!mine) {
        form.useTheirs(model);
        renderFormBox();
        document.getElementById(inputId(key))?.focus();
        announce(t('conflict.tookTheirs'));
        return;
      }
      busy = 'save';
      syncButtons();
      const outcome = await form.keepMine(model).catch(() => 'error' as const);
      busy = null;
      if (outcome === 'saved') clearApiCache();
      renderFormBox();
      if (outcome === 'conflict') focusField(model, true);
      else document.getElementById(inputId(key))?.focus();
      if (outcome === 'saved') announce(t('field.saved'));
    };

    // ---- history drawer ----

    const findField = (code: string, sex: string): AssignmentField | null => {
      for (const target of form?.data.targets ?? []) {
        const field = target.fields.find((f) => f.code === code && f.sex === sex);
        if (field) return form?.fields.get(fieldKey(field))?.field ?? field;
      }
      return null;
    };

    const showDrawer = (opener: string) => {
      drawer?.close(false);
      const el = document.getElementById('history-drawer') as HTMLDialogElement | null;
      if (!el) return;
      el.outerHTML = drawerHtml().value;
      drawer = openDrawer(document.getElementById('history-drawer') as HTMLDialogElement, {
        onClose: () => {
          history = null;
          drawer = null;
          document.querySelector<HTMLElement>(opener)?.focus();
        },
      });
    };

    const openHistory = async (code: string, sex: string) => {
      if (!form) return;
      const field = findField(code, sex);
      if (!field) return;
      const current: HistoryState = { code, sex: field.sex, field, entries: null, error: null };
      history = current;
      showDrawer(`.history-button[data-code="${CSS.escape(code)}"][data-sex="${CSS.escape(sex)}"]`);
      try {
        current.entries = await api.valueHistory(form.valueKey(field));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return;
        current.error = error;
      }
      if (history !== current) return; // closed or another one opened meanwhile
      setHtml('history-body', historyBodyHtml());
      announce(current.error ? errorMessage(current.error) : t('valueHistory.loaded', { count: current.entries?.length ?? 0 }));
    };

    return {
      title: () => t('my.title'),
      html: () => html`<h1 tabindex="-1" id="my-title">${t('my.title')}</h1>
        <p class="intro" id="my-intro">${t('my.intro', {
          agency: form ? agencyName(agencies, form.data.agency) : agencyName(agencies, session.user.agency ?? ''),
          area: pick(plan.areaNameVi, plan.areaNameEn),
        })}</p>
        ${planPeriodFormHtml('my', choice)}
        <div id="my-form-box">${formBoxHtml()}</div>
        ${drawerHtml()}`,
      mount: (root) => {
        const periodForm = root.querySelector<HTMLFormElement>('#my-period-form');
        periodForm?.addEventListener('change', (event) => {
          if (form && form.changed().length > 0 && !window.confirm(t('my.unsavedConfirm'))) {
            const select = event.target as HTMLSelectElement;
            select.value = select.id === 'my-plan' ? plan.code : choice.period;
            return;
          }
          const next = planPeriodFromForm(periodForm, choice);
          const target = href('my', {}, { plan: next.plan, period: next.period });
          if (location.hash !== target) location.hash = target;
        });
        periodForm?.addEventListener('submit', (event) => event.preventDefault());

        const box = root.querySelector<HTMLElement>('#my-form-box');
        if (!box) return;
        box.addEventListener('input', (event) => {
          const input = event.target as HTMLInputElement;
          if (!form) return;
          if (input.classList.contains('value-input') && !input.readOnly) {
            const model = form.fields.get(input.id.replace(/^field-/, ''));
            if (!model) return;
            model.text = input.value;
            model.saved = false;
            model.saveError = null;
            renderField(model);
          } else if (input.classList.contains('note-input')) {
            const model = form.fields.get(input.id.replace(/^note-/, ''));
            if (!model) return;
            model.noteText = input.value;
            model.saved = false;
            renderField(model); // a note needs a value
          }
        });
        box.addEventListener('submit', (event) => {
          event.preventDefault(); // Enter in a field saves the draft
          void saveDraft();
        });
        box.addEventListener('click', (event) => {
          const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
          if (!button || button.disabled) return;
          if (button.id === 'save-draft') void saveDraft();
          else if (button.id === 'submit-period') void submitPeriod();
          else if (button.classList.contains('use-theirs')) void resolveConflict(button.dataset.key ?? '', false);
          else if (button.classList.contains('keep-mine')) void resolveConflict(button.dataset.key ?? '', true);
          else if (button.classList.contains('history-button')) void openHistory(button.dataset.code ?? '', button.dataset.sex ?? '');
        });

        // After a language switch the drawer is new: open it again if it was open.
        if (history) {
          const h = history;
          drawer = openDrawer(root.querySelector('#history-drawer') as HTMLDialogElement, {
            onClose: () => {
              history = null;
              drawer = null;
              document.querySelector<HTMLElement>(`.history-button[data-code="${CSS.escape(h.code)}"][data-sex="${CSS.escape(h.sex)}"]`)?.focus();
            },
          });
        }
      },
    };
  },
};
