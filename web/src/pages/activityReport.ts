// One implementation report (#/reports/{plan}/{area}/{body}/{kind}/{period}). For the body that owes it: the
// form (per activity a status, achieved outputs, money spent by source, a note; results, difficulties and
// proposals), saved as a draft with If-Match, then submitted. For its reviewer (the coordinator, or the body it
// goes to): the report read only, with approve, return (with a comment) and reopen.

import { ApiError, api, type ReportAnswer, type ReportKey } from '../api/client';
import type { Agency, PlanActivity, PlanDetail, ReportKind } from '../api/types';
import { html, type SafeHtml } from '../html';
import { pick, t, type MessageKey, type Vars } from '../i18n';
import { announce } from '../live';
import { href, signInHref, type Route } from '../router';
import { getSession } from '../session';
import { alertHtml, backLink, errorMessage } from './common';
import { reportTitle, sourceLabel, formatMoney, BUDGET_SOURCES } from './execution';
import type { Page } from './page';
import {
  ADDITIONAL_PARTS,
  ReportForm,
  additionalInputId,
  conflictBoxHtml,
  problemHtml,
  readOnlyNoticeHtml,
  reportActivities,
  reportFactsHtml,
  reportFormHtml,
  reportReadHtml,
  spentBySource,
  statusInputId,
} from './reportForm';
import { todayInVietNam } from './reporting';
import './reporting.css';
import './activities.css';

const KINDS: readonly ReportKind[] = ['half-year', 'year', 'action-month', 'gbv', 'mid-term', 'final', 'plan'];

/** The report a route names, or null when it names none. */
export function reportKeyFromRoute(route: Route): ReportKey | null {
  const { plan, area, body, kind, period } = route.params;
  if (!plan || !area || !body || !kind || !period || !KINDS.includes(kind as ReportKind)) return null;
  return { plan, area, body, kind: kind as ReportKind, period };
}

interface Message {
  kind: 'success' | 'error' | 'info';
  key: MessageKey;
  vars?: Vars;
  error?: unknown;
}

type Busy = null | 'save' | 'submit' | 'approve' | 'return' | 'reopen';

function simpleView(content: () => SafeHtml) {
  return {
    title: () => t('reportForm.title'),
    html: () => html`<h1 tabindex="-1" id="report-title">${t('reportForm.title')}</h1>${content()}`,
  };
}

/** Names of the bodies and agencies a report may go to (DOLISA, the town's Labour office…). */
function bodyNames(activities: readonly PlanActivity[], agencies: readonly Agency[]): Map<string, { vi: string; en: string }> {
  const names = new Map<string, { vi: string; en: string }>();
  for (const agency of agencies) names.set(agency.code, { vi: agency.nameVi, en: agency.nameEn });
  for (const activity of activities) for (const b of [...activity.lead, ...activity.coordinating]) names.set(b.code, { vi: b.nameVi, en: b.nameEn });
  return names;
}

export const activityReportPage: Page = {
  sameViewKey: (route) => `report:${route.path}`,

  async load(route) {
    const session = getSession();
    if (!session) {
      return simpleView(() => html`<p class="notice" id="report-sign-in">${t('reportForm.needSignIn')} <a href="${signInHref(route.path)}">${t('auth.signIn')}</a></p>`);
    }
    const key = reportKeyFromRoute(route);
    if (!key) return simpleView(() => alertHtml(t('reportForm.unknown'), 'report-error'));

    const [answer, activities, plan, agencies] = await Promise.all([
      api.report(key),
      api.planActivities(key.plan).catch((): PlanActivity[] => []),
      api.plan(key.plan).catch((): PlanDetail | null => null),
      api.agencies().catch((): Agency[] => []),
    ]);
    const user = session.user;
    const owner = user.role === 'department' && user.area === key.area && user.body === key.body;
    const year = Number(key.period.slice(0, 4));
    const form = new ReportForm(answer, reportActivities(activities, key.body, year, answer.report));
    const names = bodyNames(activities, agencies);
    const nameOf = (code: string | null | undefined) => {
      const name = code ? names.get(code) : undefined;
      return name ? pick(name.vi, name.en) : code ?? '';
    };
    const mayReview = () => !owner && (user.role === 'admin' || (user.role === 'department' && !!form.report.recipient && user.body === form.report.recipient));
    const editable = () => owner && form.readOnlyReason() === null;
    const back = owner
      ? href('activities', {}, { plan: key.plan, year: String(year) })
      : href('compile', {}, { plan: key.plan, year: String(year) });

    let busy: Busy = null;
    let message: Message | null = null;
    let returning = false;
    let comment = '';
    let commentMissing = false;

    // ---- parts ----

    const messageHtml = (): SafeHtml => {
      if (!message) return html``;
      const text = t(message.key, { ...message.vars, detail: message.error ? errorMessage(message.error) : '' });
      if (message.kind === 'error') return alertHtml(text, 'report-error');
      return html`<p class="${message.kind === 'success' ? 'success' : 'notice'}" id="report-result" tabindex="-1">${text}</p>`;
    };

    const ownerActionsHtml = (): SafeHtml => html`<p class="help" id="report-submit-help">${t('reportForm.submitHelp')}</p>
      <div class="form-actions" id="report-actions">
        <p class="actions">
          <button type="button" class="button" id="report-save"${busy ? html` disabled` : ''}>${busy === 'save' ? t('my.saving') : t('my.saveDraft')}</button>
          <button type="button" class="button primary" id="report-submit" aria-describedby="report-submit-help"${busy ? html` disabled` : ''}>${busy === 'submit' ? t('my.submitting') : t('reportForm.submit')}</button>
        </p>
      </div>`;

    const reviewActionsHtml = (): SafeHtml => {
      const state = form.report.state;
      const canDecide = state === 'submitted';
      const canReopen = state === 'submitted' || state === 'approved';
      if (!canDecide && !canReopen) return html`<p class="help" id="review-nothing">${t(state ? 'reportForm.reviewNothing' : 'reportForm.reviewNotFiled')}</p>`;
      const commentId = 'report-return-comment';
      return html`<div class="review-actions" id="review-actions">
        <p class="actions">
          ${canDecide ? html`<button type="button" class="button primary" id="report-approve"${busy ? html` disabled` : ''}><span aria-hidden="true">✔</span> ${t('review.approve')}</button>
            <button type="button" class="button" id="report-return" aria-expanded="${returning ? 'true' : 'false'}" aria-controls="report-return-form"${busy ? html` disabled` : ''}><span aria-hidden="true">↩</span> ${t('review.return')}</button>` : ''}
          ${canReopen ? html`<button type="button" class="button" id="report-reopen"${busy ? html` disabled` : ''}><span aria-hidden="true">🔓</span> ${t('reportForm.reopen')}</button>` : ''}
        </p>
        ${canDecide
          ? html`<form class="return-form" id="report-return-form" novalidate${returning ? '' : html` hidden`}>
              <div class="field">
                <label for="${commentId}">${t('review.comment')}</label>
                <textarea id="${commentId}" class="return-comment" name="comment" rows="3" maxlength="1000" required aria-required="true"
                  aria-describedby="${commentId}-help${commentMissing ? ` ${commentId}-msg` : ''}"${commentMissing ? html` aria-invalid="true"` : ''}>${comment}</textarea>
                <p class="help" id="${commentId}-help">${t('reportForm.commentHelp')}</p>
                <p class="field-message" id="${commentId}-msg">${commentMissing ? html`<span class="field-error"><span aria-hidden="true">✖</span> ${t('review.commentRequired')}</span>` : ''}</p>
              </div>
              <p class="actions">
                <button type="submit" class="button primary" id="report-return-confirm"${busy ? html` disabled` : ''}>${t('review.returnConfirm')}</button>
                <button type="button" class="button" id="report-return-cancel">${t('review.cancel')}</button>
              </p>
            </form>`
          : ''}
      </div>`;
    };

    const spentHtml = (): SafeHtml => {
      const totals = spentBySource(form.report);
      const any = BUDGET_SOURCES.some((s) => totals[s] > 0);
      return any
        ? html`<p class="report-spent-total" id="report-spent-total"><span class="label">${t('reportForm.spentTotal')}:</span> ${BUDGET_SOURCES.filter((s) => totals[s] > 0).map(
            (s, i) => html`${i ? ' · ' : ''}${sourceLabel(s)} ${formatMoney(totals[s])}`,
          )}</p>`
        : html``;
    };

    const boxHtml = (): SafeHtml => {
      const reason = form.readOnlyReason();
      const body = editable()
        ? html`<form id="report-form" class="report-form" novalidate>
            ${reportFormHtml(form)}
            <div id="report-message">${messageHtml()}</div>
            ${conflictBoxHtml(form)}
            ${ownerActionsHtml()}
          </form>`
        : html`${owner && reason ? readOnlyNoticeHtml(reason, form.report) : ''}
            ${!owner && !mayReview() ? html`<p class="notice" id="report-readonly" data-reason="reader">${t('reportForm.readerOnly')}</p>` : ''}
            <div id="report-message">${messageHtml()}</div>
            ${mayReview() ? reviewActionsHtml() : ''}
            ${reportReadHtml(form.report, form.activities)}
            ${spentHtml()}`;
      return html`${reportFactsHtml(form.report, todayInVietNam(), nameOf(form.report.recipient) || null)}${body}`;
    };

    // ---- updates in place ----

    const renderBox = () => {
      const focused = (document.activeElement as HTMLElement | null)?.id ?? '';
      const el = document.getElementById('report-box');
      if (el) el.innerHTML = boxHtml().value;
      if (focused) {
        const again = document.getElementById(focused);
        if (again && again !== document.activeElement) again.focus({ preventScroll: true });
      }
    };

    const renderMessage = () => {
      const el = document.getElementById('report-message');
      if (el) el.innerHTML = messageHtml().value;
    };

    const syncButtons = () => {
      for (const [id, label, busyLabel, state] of [
        ['report-save', 'my.saveDraft', 'my.saving', 'save'],
        ['report-submit', 'reportForm.submit', 'my.submitting', 'submit'],
      ] as const) {
        const button = document.getElementById(id) as HTMLButtonElement | null;
        if (!button) continue;
        button.disabled = !!busy;
        button.textContent = busy === state ? t(busyLabel) : t(label);
      }
    };

    /** An input's message and aria-invalid, and its activity's status (a status is needed once anything is typed). */
    const renderProblem = (id: string) => {
      const item = /^item-(\d+)-/.exec(id);
      const ids = item ? [id, statusInputId(Number(item[1]))] : [id];
      // Women plus men against the total: a change to one of an additional output's counts is checked on all of them.
      const added = /^item-(\d+)-add-(\d+)-/.exec(id);
      if (added) ids.push(...ADDITIONAL_PARTS.map((part) => additionalInputId(Number(added[1]), Number(added[2]), part)));
      for (const one of new Set(ids)) {
        const input = document.getElementById(one);
        const problem = form.problem(one);
        const msg = document.getElementById(`${one}-msg`);
        if (msg) msg.innerHTML = problemHtml(problem).value;
        if (!input) continue;
        if (problem) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    };

    const focusFirstProblem = () => {
      const first = form.problems()[0];
      if (first) document.getElementById(first.id)?.focus();
    };

    const done = (next: Message, focusId = 'report-result') => {
      message = next;
      renderBox();
      if (next.kind === 'error') return;
      document.getElementById(focusId)?.focus();
      announce(t(next.key, next.vars));
    };

    // ---- the body's actions ----

    /** Saves the draft; true when the report is now stored as typed. */
    const save = async (nothingMessage = true): Promise<boolean> => {
      if (busy) return false;
      const problems = form.problems();
      if (problems.length) {
        message = { kind: 'error', key: 'reportForm.fixErrors', vars: { count: problems.length } };
        renderBox();
        focusFirstProblem();
        return false;
      }
      if (!form.changed() && form.report.version > 0) {
        if (nothingMessage) {
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
      try {
        const outcome = await form.save();
        busy = null;
        if (outcome === 'conflict') {
          message = null;
          renderBox();
          (document.getElementById('report-keep-mine') ?? document.getElementById('report-use-theirs'))?.focus();
          return false;
        }
        if (nothingMessage) done({ kind: 'success', key: 'reportForm.saved' });
        return true;
      } catch (error) {
        busy = null;
        if (error instanceof ApiError && error.status === 401) return false; // on the way to sign-in
        done({ kind: 'error', key: 'my.saveFailed', error });
        return false;
      }
    };

    const submit = async () => {
      if (busy) return;
      if (!(await save(false))) return;
      busy = 'submit';
      message = null;
      syncButtons();
      announce(t('my.submitting'));
      try {
        await form.submit();
        busy = null;
        done({ kind: 'success', key: 'reportForm.submitted' });
      } catch (error) {
        busy = null;
        if (error instanceof ApiError && error.status === 401) return;
        done({ kind: 'error', key: 'my.submitFailed', error });
        document.getElementById('report-submit')?.focus();
      }
    };

    const resolveConflict = async (mine: boolean) => {
      if (busy || !form.conflict) return;
      if (!mine) {
        form.useTheirs();
        done({ kind: 'info', key: 'reportForm.tookTheirs' });
        return;
      }
      busy = 'save';
      syncButtons();
      try {
        const outcome = await form.keepMine();
        busy = null;
        if (outcome === 'conflict') {
          renderBox();
          document.getElementById('report-keep-mine')?.focus();
        } else done({ kind: 'success', key: 'reportForm.saved' });
      } catch (error) {
        busy = null;
        if (error instanceof ApiError && error.status === 401) return;
        done({ kind: 'error', key: 'my.saveFailed', error });
      }
    };

    // ---- the reviewer's actions ----

    const decide = async (action: 'approve' | 'return' | 'reopen') => {
      if (busy) return;
      if (action === 'return' && !comment.trim()) {
        commentMissing = true;
        renderBox();
        document.getElementById('report-return-comment')?.focus();
        return;
      }
      busy = action;
      message = null;
      renderBox();
      const body = pick(form.report.bodyNameVi, form.report.bodyNameEn) || form.report.body;
      try {
        const answer: ReportAnswer = await api.reportAction(form.key, action, action === 'return' ? comment.trim() : undefined);
        busy = null;
        form.load(answer);
        returning = false;
        comment = '';
        commentMissing = false;
        const keys = { approve: 'reportForm.approved', return: 'reportForm.returned', reopen: 'reportForm.reopened' } as const;
        done({ kind: 'success', key: keys[action], vars: { body } });
      } catch (error) {
        busy = null;
        if (error instanceof ApiError && error.status === 401) return;
        const keys = { approve: 'reportForm.approveFailed', return: 'reportForm.returnFailed', reopen: 'reportForm.reopenFailed' } as const;
        done({ kind: 'error', key: keys[action], error });
      }
    };

    const title = () => reportTitle(form.report);

    return {
      title,
      announce: () => title(),
      html: () => html`${backLink(back, owner ? 'reportForm.backMine' : 'reportForm.backCompile')}
        <h1 tabindex="-1" id="report-title" data-kind="${key.kind}" data-period="${key.period}">${title()}</h1>
        <p class="intro" id="report-intro"><span id="report-body" data-body="${key.body}" data-area="${key.area}">${pick(form.report.bodyNameVi, form.report.bodyNameEn) || key.body}</span>${plan
          ? html` · <a href="${href('plan', { code: plan.code })}">${pick(plan.titleVi, plan.titleEn)}</a>`
          : ''}</p>
        <div id="report-box" class="report-box" data-mode="${owner ? 'owner' : mayReview() ? 'reviewer' : 'reader'}">${boxHtml()}</div>`,
      mount: (root) => {
        const box = root.querySelector<HTMLElement>('#report-box');
        if (!box) return;
        const onEdit = (event: Event) => {
          const input = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
          if (input.id === 'report-return-comment') {
            comment = input.value;
            if (commentMissing && comment.trim()) {
              commentMissing = false;
              input.removeAttribute('aria-invalid');
              const msg = document.getElementById('report-return-comment-msg');
              if (msg) msg.innerHTML = '';
            }
            return;
          }
          if (!editable() || !form.setField(input.id, input.value)) return;
          if (input.id.endsWith('-status')) input.closest('.report-item')?.setAttribute('data-status', input.value || 'none');
          // A unit that counts people asks for women and men: the item is drawn again (focus stays on the unit).
          if (/-add-\d+-unit$/.test(input.id) && event.type === 'change') return renderBox();
          renderProblem(input.id);
        };
        box.addEventListener('input', onEdit);
        box.addEventListener('change', onEdit);
        box.addEventListener('submit', (event) => {
          event.preventDefault();
          if ((event.target as HTMLElement).id === 'report-return-form') void decide('return');
          else void save(); // Enter in a field saves the draft
        });
        box.addEventListener('click', (event) => {
          const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
          if (!button || button.disabled) return;
          const action = button.dataset.action;
          if ((action === 'add-output' || action === 'remove-output') && editable()) {
            const index = Number(button.dataset.item);
            const next = action === 'add-output' ? form.addOutput(index) : (form.removeOutput(index, Number(button.dataset.key)), `item-${index}-add-new`);
            renderBox();
            if (next) document.getElementById(next)?.focus();
            announce(t(action === 'add-output' ? 'reportForm.additional.added' : 'reportForm.additional.removed'));
            return;
          }
          switch (button.id) {
            case 'report-save':
              return void save();
            case 'report-submit':
              return void submit();
            case 'report-use-theirs':
              return void resolveConflict(false);
            case 'report-keep-mine':
              return void resolveConflict(true);
            case 'report-approve':
              return void decide('approve');
            case 'report-reopen':
              return void decide('reopen');
            case 'report-return':
            case 'report-return-cancel':
              returning = button.id === 'report-return' ? !returning : false;
              commentMissing = false;
              renderBox();
              document.getElementById(returning ? 'report-return-comment' : 'report-return')?.focus();
              return;
          }
        });
      },
    };
  },
};
