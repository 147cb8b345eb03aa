// The coordinating department's review (#/review?plan=&period=, admin): the submissions waiting for
// review, each approved or returned with a comment, and the timeliness table (who reported on time,
// late or not at all; late agencies first, as the API orders them), with a reopening per agency.

import { ApiError, api, clearApiCache } from '../api/client';
import type { AgencyTimeliness, Submission, Timeliness } from '../api/types';
import { formatInstant } from '../format';
import { html, type SafeHtml } from '../html';
import { formatNumber, getLang, pick, t, type Lang, type MessageKey, type Vars } from '../i18n';
import { announce } from '../live';
import { href, signInHref } from '../router';
import { canReview, getSession } from '../session';
import { alertHtml, errorMessage, roleLabel } from './common';
import type { Page } from './page';
import {
  choosePlanPeriod,
  dueStatus,
  formatIsoDate,
  planPeriodFormHtml,
  planPeriodFromForm,
  stateBadge,
  submissionBadge,
  todayInVietNam,
} from './reporting';
import { sexLabel } from './values';
import './reporting.css';

// ---- the queue ---------------------------------------------------------------------------

/** The submissions waiting for review, and what the coordinator does with them. */
export class ReviewQueue {
  constructor(public submissions: Submission[]) {}

  find(id: number): Submission | undefined {
    return this.submissions.find((s) => s.id === id);
  }

  private remove(id: number): void {
    this.submissions = this.submissions.filter((s) => s.id !== id);
  }

  /** Approves a submission (POST /api/submissions/{id}/approve) and takes it off the queue. */
  async approve(id: number): Promise<Submission> {
    const answer = await api.approveSubmission(id);
    this.remove(id);
    return answer;
  }

  /** Returns a submission with a comment (required) and takes it off the queue. */
  async returnWith(id: number, comment: string): Promise<Submission> {
    const text = comment.trim();
    if (!text) throw new RangeError('a comment is required');
    const answer = await api.returnSubmission(id, text);
    this.remove(id);
    return answer;
  }
}

export interface CardUi {
  /** The return form is open. */
  returning: boolean;
  /** What is typed in the return comment. */
  comment: string;
  /** The comment was left empty on "Return". */
  commentMissing: boolean;
  busy: boolean;
  error: unknown;
}

export const emptyCardUi = (): CardUi => ({ returning: false, comment: '', commentMissing: false, busy: false, error: null });

/** Submitted on time, late, or nothing (no due date): icon and words. */
export function onTimeBadge(onTime: boolean | null | undefined, lang: Lang = getLang()): SafeHtml {
  if (onTime === null || onTime === undefined) return html``;
  return onTime
    ? html`<span class="state-badge on-time" data-on-time="true"><span aria-hidden="true">✔</span> ${t('review.onTime', undefined, lang)}</span>`
    : html`<span class="state-badge late" data-on-time="false"><span aria-hidden="true">⚠</span> ${t('review.late', undefined, lang)}</span>`;
}

/** One submission: who, when, its values, Approve and Return (with a required comment). */
export function submissionCardHtml(sub: Submission, ui: CardUi = emptyCardUi(), lang: Lang = getLang()): SafeHtml {
  const titleId = `submission-${sub.id}-title`;
  const commentId = `return-comment-${sub.id}`;
  const values = sub.values ?? [];
  return html`<article class="submission-card" data-submission="${sub.id}" data-agency="${sub.agency}" aria-labelledby="${titleId}"${ui.busy ? html` aria-busy="true"` : ''}>
    <h3 id="${titleId}" tabindex="-1">${pick(sub.agencyNameVi, sub.agencyNameEn, lang) || sub.agency}</h3>
    <p class="meta">${t('review.submittedBy', { by: sub.submittedBy, at: formatInstant(sub.submittedAt) }, lang)} ${onTimeBadge(sub.onTime, lang)}</p>
    ${values.length === 0
      ? html`<p class="empty">${t('review.noValues', undefined, lang)}</p>`
      : html`<table class="data-table stack-table submission-values" role="table">
          <caption class="sr-only">${t('review.valuesOf', { agency: pick(sub.agencyNameVi, sub.agencyNameEn, lang) || sub.agency }, lang)}</caption>
          <thead role="rowgroup"><tr role="row">
            <th role="columnheader" scope="col">${t('review.col.field', undefined, lang)}</th>
            <th role="columnheader" scope="col">${t('review.col.sex', undefined, lang)}</th>
            <th role="columnheader" scope="col" class="num">${t('review.col.value', undefined, lang)}</th>
            <th role="columnheader" scope="col">${t('review.col.note', undefined, lang)}</th>
          </tr></thead>
          <tbody role="rowgroup">${values.map(
            (v) => html`<tr role="row" data-field="${v.code}-${v.sex}">
              <th role="rowheader" scope="row">${pick(v.nameVi, v.nameEn, lang) || v.code}</th>
              <td role="cell" data-label="${t('review.col.sex', undefined, lang)}">${sexLabel(v.sex, lang)}</td>
              <td role="cell" class="num" data-label="${t('review.col.value', undefined, lang)}">${v.value === null || v.value === undefined ? t('field.empty', undefined, lang) : formatNumber(v.value, 3, lang)} ${v.state && v.state !== 'submitted' ? stateBadge(v.state, lang) : ''}</td>
              <td role="cell" data-label="${t('review.col.note', undefined, lang)}">${v.note ?? ''}</td>
            </tr>`,
          )}</tbody>
        </table>`}
    ${ui.error ? alertHtml(errorMessage(ui.error, lang), `submission-${sub.id}-error`) : ''}
    <p class="actions">
      <button type="button" class="button primary approve-button" data-id="${sub.id}" aria-describedby="${titleId}"${ui.busy ? html` disabled` : ''}><span aria-hidden="true">✔</span> ${t('review.approve', undefined, lang)}</button>
      <button type="button" class="button return-button" data-id="${sub.id}" aria-describedby="${titleId}" aria-expanded="${ui.returning ? 'true' : 'false'}" aria-controls="return-form-${sub.id}"${ui.busy ? html` disabled` : ''}><span aria-hidden="true">↩</span> ${t('review.return', undefined, lang)}</button>
    </p>
    <form class="return-form" id="return-form-${sub.id}" data-id="${sub.id}" novalidate${ui.returning ? '' : html` hidden`}>
      <div class="field">
        <label for="${commentId}">${t('review.comment', undefined, lang)}</label>
        <textarea id="${commentId}" class="return-comment" name="comment" rows="3" required aria-required="true"
          aria-describedby="${commentId}-help${ui.commentMissing ? ` ${commentId}-msg` : ''}"${ui.commentMissing ? html` aria-invalid="true"` : ''}>${ui.comment}</textarea>
        <p class="help" id="${commentId}-help">${t('review.commentHelp', undefined, lang)}</p>
        <p class="field-message" id="${commentId}-msg">${ui.commentMissing
          ? html`<span class="field-error"><span aria-hidden="true">✖</span> ${t('review.commentRequired', undefined, lang)}</span>`
          : ''}</p>
      </div>
      <p class="actions">
        <button type="submit" class="button primary return-confirm" data-id="${sub.id}"${ui.busy ? html` disabled` : ''}>${t('review.returnConfirm', undefined, lang)}</button>
        <button type="button" class="button return-cancel" data-id="${sub.id}">${t('review.cancel', undefined, lang)}</button>
      </p>
    </form>
  </article>`;
}

// ---- timeliness --------------------------------------------------------------------------

/** The agencies in the API's order (late ones first); never re-sorted here. */
export function timelinessRows(timeliness: Pick<Timeliness, 'agencies'>): AgencyTimeliness[] {
  return [...(timeliness.agencies ?? [])];
}

/** The timeliness table: one row per agency, late rows marked with an icon and words. */
export function timelinessTableHtml(timeliness: Timeliness, busyAgency: string | null = null, lang: Lang = getLang()): SafeHtml {
  const rows = timelinessRows(timeliness);
  if (rows.length === 0) return html`<p class="empty" id="timeliness-empty">${t('timeliness.none', undefined, lang)}</p>`;
  const col = (key: MessageKey) => t(key, undefined, lang);
  return html`<table class="data-table stack-table timeliness-table" id="timeliness" role="table" data-period="${timeliness.period}">
    <caption>${t('timeliness.caption', { period: timeliness.period, due: timeliness.dueDate ? formatIsoDate(timeliness.dueDate) : t('my.noDate', undefined, lang) }, lang)}</caption>
    <thead role="rowgroup"><tr role="row">
      <th role="columnheader" scope="col">${col('timeliness.agency')}</th>
      <th role="columnheader" scope="col" class="num">${col('timeliness.expected')}</th>
      <th role="columnheader" scope="col" class="num">${col('timeliness.onTime')}</th>
      <th role="columnheader" scope="col" class="num">${col('timeliness.late')}</th>
      <th role="columnheader" scope="col" class="num">${col('timeliness.missing')}</th>
      <th role="columnheader" scope="col">${col('timeliness.status')}</th>
      <th role="columnheader" scope="col"><span class="sr-only">${col('timeliness.actions')}</span></th>
    </tr></thead>
    <tbody role="rowgroup">${rows.map((row) => {
      const name = pick(row.nameVi, row.nameEn, lang) || row.agency;
      return html`<tr role="row" data-agency="${row.agency}" data-late="${row.isLate ? 'true' : 'false'}"${row.isLate ? html` class="row-late"` : ''}>
        <th role="rowheader" scope="row">${name}${row.isLate
          ? html` <span class="late-badge"><span aria-hidden="true">⚠</span> ${t('timeliness.isLate', undefined, lang)}</span>`
          : ''}</th>
        <td role="cell" class="num" data-label="${col('timeliness.expected')}" data-count="expected">${formatNumber(row.expected, 0, lang)}</td>
        <td role="cell" class="num" data-label="${col('timeliness.onTime')}" data-count="onTime">${formatNumber(row.onTime, 0, lang)}</td>
        <td role="cell" class="num" data-label="${col('timeliness.late')}" data-count="late">${formatNumber(row.late, 0, lang)}</td>
        <td role="cell" class="num" data-label="${col('timeliness.missing')}" data-count="missing">${formatNumber(row.missing, 0, lang)}</td>
        <td role="cell" data-label="${col('timeliness.status')}">${submissionBadge(row.submissionStatus, lang)}</td>
        <td role="cell"><button type="button" class="button reopen-button" data-agency="${row.agency}"${busyAgency === row.agency ? html` disabled` : ''}>
          <span aria-hidden="true">🔓</span> ${t('timeliness.reopen', undefined, lang)}<span class="sr-only"> ${t('timeliness.reopenFor', { agency: name }, lang)}</span></button></td>
      </tr>`;
    })}</tbody>
  </table>`;
}

// ---- the page ----------------------------------------------------------------------------

interface Message {
  key: MessageKey;
  vars?: Vars;
  error?: unknown;
}

function simpleView(content: () => SafeHtml) {
  return {
    title: () => t('review.title'),
    html: () => html`<h1 tabindex="-1" id="review-title">${t('review.title')}</h1>${content()}`,
  };
}

export const reviewPage: Page = {
  async load(route) {
    const session = getSession();
    if (!session) {
      return simpleView(() => html`<p class="notice" id="review-sign-in">${t('review.needSignIn')} <a href="${signInHref('/review')}">${t('auth.signIn')}</a></p>`);
    }
    if (!canReview(session)) {
      return simpleView(() => html`<p class="notice" id="review-forbidden">${t('review.forbidden', { role: roleLabel(session.user.role) })}</p>
        <p><a href="${href('plans')}">${t('error.home')}</a></p>`);
    }
    const area = session.user.area;
    const year = Number(todayInVietNam().slice(0, 4));
    const choice = choosePlanPeriod(await api.plans(area ?? undefined), area, route.query, year);
    const plan = choice.plan;
    if (!plan) return simpleView(() => html`<p class="notice" id="review-no-plans">${t('my.noPlans')}</p>`);

    const [subs, tl] = await Promise.allSettled([
      api.submissions({ plan: plan.code, period: choice.period, status: 'submitted' }),
      api.timeliness(plan.code, choice.period),
    ]);
    for (const result of [subs, tl]) {
      if (result.status === 'rejected' && result.reason instanceof ApiError && result.reason.status === 401) throw result.reason;
    }
    const queue = new ReviewQueue(subs.status === 'fulfilled' ? subs.value : []);
    let queueError: unknown = subs.status === 'rejected' ? subs.reason : null;
    let timeliness: Timeliness | null = tl.status === 'fulfilled' ? tl.value : null;
    let timelinessError: unknown = tl.status === 'rejected' ? tl.reason : null;
    const cards = new Map<number, CardUi>();
    const ui = (id: number) => {
      let card = cards.get(id);
      if (!card) cards.set(id, (card = emptyCardUi()));
      return card;
    };
    let message: Message | null = null;
    let reopening: string | null = null;

    // ---- parts ----

    const messageHtml = (): SafeHtml =>
      !message
        ? html``
        : message.error
          ? alertHtml(t(message.key, { ...message.vars, detail: errorMessage(message.error) }), 'review-error')
          : html`<p class="success" id="review-result">${t(message.key, message.vars)}</p>`;

    const queueHtml = (): SafeHtml => html`<h2 id="queue-heading" tabindex="-1">${t('review.queue', { count: queue.submissions.length })}</h2>
      ${queueError ? alertHtml(errorMessage(queueError), 'queue-error') : ''}
      ${!queueError && queue.submissions.length === 0 ? html`<p class="empty" id="queue-empty">${t('review.queueEmpty')}</p>` : ''}
      <div class="submission-list">${queue.submissions.map((sub) => submissionCardHtml(sub, ui(sub.id)))}</div>`;

    const timelinessHtml = (): SafeHtml => {
      if (timelinessError) return alertHtml(errorMessage(timelinessError), 'timeliness-error');
      if (!timeliness) return html``;
      const due = dueStatus(timeliness.dueDate, timeliness.today);
      return html`<dl class="facts deadlines" id="review-deadlines">
          <div class="fact"><dt>${t('my.dueDate')}</dt><dd id="review-due-date">${timeliness.dueDate ? formatIsoDate(timeliness.dueDate) : t('my.noDate')}${due ? html` <span class="due-status${due.overdue ? ' overdue' : ''}">${due.overdue ? html`<span aria-hidden="true">⚠</span> ` : ''}${due.text}</span>` : ''}</dd></div>
          <div class="fact"><dt>${t('my.lockDate')}</dt><dd id="review-lock-date">${timeliness.lockDate ? formatIsoDate(timeliness.lockDate) : t('my.noDate')}</dd></div>
          <div class="fact"><dt>${t('timeliness.today')}</dt><dd>${formatIsoDate(timeliness.today)}</dd></div>
        </dl>
        ${timelinessTableHtml(timeliness, reopening)}`;
    };

    const setHtml = (id: string, content: SafeHtml) => {
      const el = document.getElementById(id);
      if (el) el.innerHTML = content.value;
    };
    const renderQueue = () => setHtml('review-queue', queueHtml());
    const renderTimeliness = () => setHtml('timeliness-box', timelinessHtml());
    const renderMessage = () => setHtml('review-message', messageHtml());
    const renderCard = (id: number) => {
      const sub = queue.find(id);
      const el = document.querySelector(`[data-submission="${id}"]`);
      if (sub && el) el.outerHTML = submissionCardHtml(sub, ui(id)).value;
    };

    const refreshTimeliness = async () => {
      try {
        timeliness = await api.timeliness(plan.code, choice.period);
        timelinessError = null;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return;
        timelinessError = error;
      }
      renderTimeliness();
    };

    const refreshQueue = async () => {
      try {
        queue.submissions = await api.submissions({ plan: plan.code, period: choice.period, status: 'submitted' });
        queueError = null;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return;
        queueError = error;
      }
      renderQueue();
    };

    /** After a card left the queue: focus the next card's heading, else the queue's heading. */
    const focusAfter = (index: number) => {
      const next = queue.submissions[Math.min(index, queue.submissions.length - 1)];
      (next ? document.getElementById(`submission-${next.id}-title`) : document.getElementById('queue-heading'))?.focus();
    };

    const decide = async (id: number, action: 'approve' | 'return') => {
      const sub = queue.find(id);
      const card = ui(id);
      if (!sub || card.busy) return;
      if (action === 'return' && !card.comment.trim()) {
        card.commentMissing = true;
        renderCard(id);
        document.getElementById(`return-comment-${id}`)?.focus();
        return;
      }
      const index = queue.submissions.indexOf(sub);
      const agency = pick(sub.agencyNameVi, sub.agencyNameEn) || sub.agency;
      card.busy = true;
      card.error = null;
      renderCard(id);
      try {
        if (action === 'approve') await queue.approve(id);
        else await queue.returnWith(id, card.comment);
      } catch (error) {
        card.busy = false;
        if (error instanceof ApiError && error.status === 401) return;
        card.error = error;
        renderCard(id);
        document.querySelector<HTMLElement>(`[data-submission="${id}"] .${action === 'approve' ? 'approve-button' : 'return-confirm'}`)?.focus();
        return;
      }
      cards.delete(id);
      clearApiCache();
      message = { key: action === 'approve' ? 'review.approved' : 'review.returned', vars: { agency } };
      renderMessage();
      renderQueue();
      focusAfter(index);
      announce(t(message.key, message.vars));
      void refreshTimeliness();
    };

    const reopen = async (agency: string) => {
      if (reopening) return;
      const row = timeliness?.agencies.find((a) => a.agency === agency);
      const name = row ? pick(row.nameVi, row.nameEn) || agency : agency;
      reopening = agency;
      renderTimeliness();
      try {
        await api.reopen(plan.code, choice.period, agency);
        clearApiCache();
        message = { key: 'review.reopened', vars: { agency: name, period: choice.period } };
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          reopening = null;
          return;
        }
        message = { key: 'review.reopenFailed', vars: { agency: name }, error };
      }
      reopening = null;
      renderMessage();
      await Promise.all([refreshTimeliness(), refreshQueue()]);
      document.querySelector<HTMLElement>(`#timeliness tr[data-agency="${CSS.escape(agency)}"] .reopen-button`)?.focus();
      if (!message.error) announce(t(message.key, message.vars));
    };

    return {
      title: () => t('review.title'),
      html: () => html`<h1 tabindex="-1" id="review-title">${t('review.title')}</h1>
        <p class="intro">${t('review.intro')}</p>
        ${planPeriodFormHtml('review', choice)}
        <div id="review-body">
          <div id="review-message">${messageHtml()}</div>
          <section class="review-queue" id="review-queue" aria-labelledby="queue-heading">${queueHtml()}</section>
          <section class="timeliness" aria-labelledby="timeliness-heading">
            <h2 id="timeliness-heading">${t('timeliness.title')}</h2>
            <div id="timeliness-box">${timelinessHtml()}</div>
          </section>
        </div>`,
      mount: (root) => {
        const periodForm = root.querySelector<HTMLFormElement>('#review-period-form');
        periodForm?.addEventListener('change', () => {
          const next = planPeriodFromForm(periodForm, choice);
          const target = href('review', {}, { plan: next.plan, period: next.period });
          if (location.hash !== target) location.hash = target;
        });
        periodForm?.addEventListener('submit', (event) => event.preventDefault());

        // Listeners on the page's own element (#main stays from page to page).
        const body = root.querySelector<HTMLElement>('#review-body');
        if (!body) return;
        body.addEventListener('click', (event) => {
          const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
          if (!button || button.disabled) return;
          const id = Number(button.dataset.id);
          if (button.classList.contains('approve-button')) void decide(id, 'approve');
          else if (button.classList.contains('return-button')) {
            const card = ui(id);
            card.returning = !card.returning;
            card.commentMissing = false;
            renderCard(id);
            if (card.returning) document.getElementById(`return-comment-${id}`)?.focus();
            else document.querySelector<HTMLElement>(`[data-submission="${id}"] .return-button`)?.focus();
          } else if (button.classList.contains('return-cancel')) {
            const card = ui(id);
            card.returning = false;
            card.commentMissing = false;
            renderCard(id);
            document.querySelector<HTMLElement>(`[data-submission="${id}"] .return-button`)?.focus();
          } else if (button.classList.contains('reopen-button')) void reopen(button.dataset.agency ?? '');
        });
        body.addEventListener('submit', (event) => {
          const formEl = (event.target as HTMLElement).closest<HTMLFormElement>('.return-form');
          if (!formEl) return;
          event.preventDefault();
          void decide(Number(formEl.dataset.id), 'return');
        });
        body.addEventListener('input', (event) => {
          const area = event.target as HTMLTextAreaElement;
          if (!area.classList.contains('return-comment')) return;
          const id = Number(area.id.replace(/^return-comment-/, ''));
          const card = ui(id);
          card.comment = area.value;
          if (card.commentMissing && area.value.trim()) {
            card.commentMissing = false;
            area.removeAttribute('aria-invalid');
            area.setAttribute('aria-describedby', `return-comment-${id}-help`);
            setHtml(`return-comment-${id}-msg`, html``);
          }
        });
      },
    };
  },
};
