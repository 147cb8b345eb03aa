// Writing a plan (#/plans/new, #/plans/{code}/edit), for the coordinators (admin) of the plan's area and above.
// The draft is edited in place (inputs name their place in the content with data-path) and saved as a whole
// (PUT with If-Match); "Paste objectives" reads draft targets from the text to confirm one by one; Issue freezes
// it with its decision; an issued plan offers Amend (version n + 1 as a draft) and Copy as next plan; the history
// lists every version. The pure parts are in planDraft.ts.

import { ApiError, api, clearApiCache } from '../api/client';
import type { DraftTarget, Indicator, PlanContent, PlanDraft, PlanSummary, PlanVersion } from '../api/types';
import { html, type SafeHtml } from '../html';
import { formatNumber, pick, t, type MessageKey } from '../i18n';
import { href, type Route } from '../router';
import { getSession } from '../session';
import { backLink, errorMessage } from './common';
import type { Page, View } from './page';
import { addDraftTarget, getPath, missingBeforeIssue, nextPeriod, nextPlanCode, parseInput, removeAt, setPath, type Missing } from './planDraft';
import './planEdit.css';

const DOMAINS = ['politics', 'economy-labour', 'family-gbv', 'health', 'education', 'communication', 'state-capacity'] as const;
const COMPARATORS = ['>=', '>', '<=', '<', '='] as const;
const KINDS = ['five-year', 'annual', 'strategy'] as const;
const TIMINGS = ['year', 'window', 'date', 'period'] as const;
const SOURCES = ['provincial', 'central', 'other'] as const;
const SEXES = ['_T', 'F', 'M'] as const;

function options(values: readonly string[], selected: string | null | undefined, label: (value: string) => string = (v) => v): SafeHtml {
  return html`${values.map((value) => html`<option value="${value}" ${value === selected ? html`selected` : ''}>${label(value)}</option>`)}`;
}

function field(label: MessageKey, path: string, value: unknown, attrs: { type?: string; kind?: string; id?: string } = {}): SafeHtml {
  const inputType = attrs.type ?? 'text';
  return html`<label class="edit-field"><span>${t(label)}</span>
    <input ${attrs.id ? html`id="${attrs.id}"` : ''} type="${inputType}" ${inputType === 'number' ? html`inputmode="decimal" step="any"` : ''}
      data-path="${path}" ${attrs.kind ? html`data-kind="${attrs.kind}"` : ''} value="${Array.isArray(value) ? value.join(', ') : (value ?? '')}"></label>`;
}

function select(label: MessageKey, path: string, values: readonly string[], selected: string | null | undefined, text?: (value: string) => string, kind?: string): SafeHtml {
  return html`<label class="edit-field"><span>${t(label)}</span>
    <select data-path="${path}" ${kind ? html`data-kind="${kind}"` : ''}>${options(values, selected, text)}</select></label>`;
}

function missingText(missing: Missing): string {
  return 'target' in missing ? t(missing.key, { n: missing.target }) : t(missing.key);
}

function emptyContent(): PlanContent {
  return {
    titleVi: '', titleEn: '', kind: 'five-year', startYear: 2026, endYear: 2030, implements: null, legalBasisVi: '', legalBasisEn: '',
    objectives: [], targets: [], newIndicators: [], activities: [], budgetLines: [], statedTotals: [], calendar: [], duties: [], bodies: [],
  };
}

// ---- new plan ----------------------------------------------------------------------------

export const planNewPage: Page = {
  async load(): Promise<View> {
    const session = getSession();
    const plans = await api.plansFresh();
    const issued = plans.filter((p) => p.status === 'issued');
    let error = '';
    const view: View = {
      title: () => t('planEdit.newTitle'),
      html: () => html`${backLink(href('plans'), 'plan.back')}
        <h1 tabindex="-1">${t('planEdit.newTitle')}</h1>
        ${session?.user.role !== 'admin' ? html`<p class="notice">${t('planEdit.adminsOnly')}</p>` : html`
        <form id="plan-new" class="plan-edit" novalidate>
          <label class="edit-field"><span>${t('planEdit.code')}</span><input id="new-code" name="code" required autocomplete="off" placeholder="NB-2026-2030"></label>
          <label class="edit-field"><span>${t('planEdit.titleVi')}</span><input id="new-title-vi" name="titleVi" required></label>
          <label class="edit-field"><span>${t('planEdit.titleEn')}</span><input id="new-title-en" name="titleEn"></label>
          <label class="edit-field"><span>${t('planEdit.area')}</span><input id="new-area" name="area" required value="${session?.user.area ?? ''}"></label>
          <div class="edit-row">
            <label class="edit-field"><span>${t('planEdit.startYear')}</span><input id="new-start" name="startYear" type="number" inputmode="numeric" value="2026"></label>
            <label class="edit-field"><span>${t('planEdit.endYear')}</span><input id="new-end" name="endYear" type="number" inputmode="numeric" value="2030"></label>
          </div>
          <label class="edit-field"><span>${t('planEdit.kind')}</span><select id="new-kind" name="kind">${options(KINDS, 'five-year', (k) => t(`kind.${k}` as MessageKey))}</select></label>
          <label class="edit-field"><span>${t('planEdit.implements')}</span><select id="new-implements" name="implements">
            <option value="">${t('planEdit.none')}</option>
            ${issued.map((p) => html`<option value="${p.code}" ${p.code === 'VN-2021-2030' ? html`selected` : ''}>${p.code} · ${pick(p.titleVi, p.titleEn)}</option>`)}
          </select></label>
          <label class="edit-field"><span>${t('planEdit.legalBasisVi')}</span><textarea id="new-legal-vi" name="legalBasisVi" rows="3"></textarea></label>
          ${error ? html`<p class="field-message error" role="alert">${error}</p>` : ''}
          <button type="submit" class="button primary" id="new-create">${t('planEdit.create')}</button>
        </form>`}`,
      mount(root) {
        root.querySelector<HTMLFormElement>('#plan-new')?.addEventListener('submit', (event) => {
          event.preventDefault();
          const form = new FormData(event.target as HTMLFormElement);
          const text = (name: string) => String(form.get(name) ?? '').trim();
          void api
            .createPlan({
              code: text('code'), titleVi: text('titleVi'), titleEn: text('titleEn') || text('titleVi'), area: text('area'),
              startYear: Number(text('startYear')), endYear: Number(text('endYear')), implements: text('implements') || null,
              kind: text('kind') as PlanContent['kind'], legalBasisVi: text('legalBasisVi'), legalBasisEn: '',
            })
            .then((draft) => {
              clearApiCache();
              location.hash = href('planEdit', { code: draft.plan.code });
            })
            .catch((err: unknown) => {
              error = errorMessage(err);
              root.innerHTML = view.html().value;
              view.mount?.(root);
            });
        });
      },
    };
    return view;
  },
};

// ---- the editor ----------------------------------------------------------------------------

interface EditorState {
  code: string;
  plan: PlanSummary;
  draft: PlanDraft | null;
  content: PlanContent;
  etag: string;
  versions: PlanVersion[];
  indicators: Indicator[];
  plans: PlanSummary[];
  drafts: DraftTarget[];
  pasted: string;
  confirmed: Set<number>;
  message: { text: string; error: boolean } | null;
}

async function loadState(code: string): Promise<EditorState> {
  const [plans, indicators, versions] = await Promise.all([api.plansFresh(), api.indicators(), api.planVersions(code)]);
  const plan = plans.find((p) => p.code === code);
  if (!plan) throw new ApiError(404, { status: 404, title: t('error.notFound') });
  let draft: PlanDraft | null = null;
  if (plan.draftVersion != null) draft = await api.planDraft(code);
  return {
    code, plan, draft, content: draft ? (draft.content as PlanContent) : emptyContent(), etag: draft?.etag ?? '', versions, indicators, plans,
    drafts: [], pasted: '', confirmed: new Set(), message: null,
  };
}

function historyHtml(versions: readonly PlanVersion[]): SafeHtml {
  return html`<section class="edit-section" aria-labelledby="history-heading"><h2 id="history-heading">${t('planEdit.history')}</h2>
    <ol class="version-list" id="plan-versions">${versions.map(
      (v) => html`<li data-version="${v.version}" data-status="${v.status}">
        <strong>${t('planEdit.version', { n: v.version })}</strong> · ${v.status === 'draft' ? t('planEdit.statusDraft') : t('planEdit.statusIssued')}${v.current ? html` · <em>${t('planEdit.current')}</em>` : ''}
        <span class="meta">${v.decisionNumber ?? t('planEdit.noDecision')}${v.decisionDate ? html` · ${v.decisionDate}` : ''}${v.issuedBy ? html` · ${v.issuedBy}` : ''}</span>
      </li>`,
    )}</ol></section>`;
}

function issuedHtml(s: EditorState): SafeHtml {
  const next = nextPeriod(s.plan.startYear, s.plan.endYear);
  return html`<p class="status-line" id="plan-status" data-status="issued">${t('planEdit.issuedAs', { n: s.plan.version, decision: s.plan.decisionNumber ?? t('planEdit.noDecision') })}</p>
    <p><a href="${href('plan', { code: s.code })}" id="plan-view-link">${t('planEdit.viewIssued')}</a></p>
    ${getSession()?.user.role !== 'admin' ? '' : html`<section class="edit-section"><h2>${t('planEdit.amend')}</h2>
      <p class="hint">${t('planEdit.amendHint')}</p>
      <label class="edit-field"><span>${t('planEdit.decisionNumber')}</span><input id="amend-decision"></label>
      <button type="button" class="button" data-action="amend" id="amend-button">${t('planEdit.amend')}</button>
    </section>
    <section class="edit-section"><h2>${t('planEdit.copy')}</h2>
      <p class="hint">${t('planEdit.copyHint')}</p>
      <label class="edit-field"><span>${t('planEdit.code')}</span><input id="copy-code" value="${nextPlanCode(s.code, s.plan, next)}"></label>
      <div class="edit-row">
        <label class="edit-field"><span>${t('planEdit.startYear')}</span><input id="copy-start" type="number" value="${next.startYear}"></label>
        <label class="edit-field"><span>${t('planEdit.endYear')}</span><input id="copy-end" type="number" value="${next.endYear}"></label>
      </div>
      <button type="button" class="button" data-action="copy" id="copy-button">${t('planEdit.copy')}</button>
    </section>`}`;
}

function draftHtml(s: EditorState): SafeHtml {
  const c = s.content;
  const indicatorCodes = [...s.indicators.map((i) => i.code), ...c.newIndicators.map((i) => i.code).filter((code) => code !== '')];
  const indicatorName = (code: string) => {
    const known = s.indicators.find((i) => i.code === code);
    return known ? `${pick(known.nameVi, known.nameEn)} (${known.unitVi})` : code;
  };
  const objectiveNumbers = c.objectives.map((o) => String(o.number));
  const missing = missingBeforeIssue(c);
  return html`<p class="status-line" id="plan-status" data-status="draft">${t('planEdit.draftOf', { n: s.draft?.version ?? 1 })}</p>
    <form class="plan-edit" id="plan-draft" novalidate>
      <section class="edit-section"><h2>${t('planEdit.general')}</h2>
        ${field('planEdit.titleVi', 'titleVi', c.titleVi)}
        ${field('planEdit.titleEn', 'titleEn', c.titleEn)}
        <div class="edit-row">${field('planEdit.startYear', 'startYear', c.startYear, { type: 'number', kind: 'number' })}${field('planEdit.endYear', 'endYear', c.endYear, { type: 'number', kind: 'number' })}</div>
        ${select('planEdit.kind', 'kind', KINDS, c.kind, (k) => t(`kind.${k}` as MessageKey))}
        <label class="edit-field"><span>${t('planEdit.implements')}</span><select data-path="implements" data-kind="optional">
          <option value="">${t('planEdit.none')}</option>
          ${s.plans.filter((p) => p.code !== s.code && p.status === 'issued').map((p) => html`<option value="${p.code}" ${p.code === c.implements ? html`selected` : ''}>${p.code}</option>`)}
        </select></label>
        <label class="edit-field"><span>${t('planEdit.legalBasisVi')}</span><textarea data-path="legalBasisVi" rows="3">${c.legalBasisVi}</textarea></label>
      </section>

      <section class="edit-section" aria-labelledby="paste-heading"><h2 id="paste-heading">${t('planEdit.paste')}</h2>
        <p class="hint">${t('planEdit.pasteHint')}</p>
        <textarea id="paste-text" rows="6">${s.pasted}</textarea>
        <button type="button" class="button" data-action="read-targets" id="paste-read">${t('planEdit.pasteRead')}</button>
        <ol class="draft-list" id="draft-targets">${s.drafts.map(
          (d, i) => html`<li class="draft-target" data-draft="${i}">
            <p>${d.label ? html`<strong>${d.label}</strong> ` : ''}${d.text}</p>
            <p class="meta">${d.indicator ? indicatorName(d.indicator.code) : t('planEdit.noIndicator')} · ${d.comparator?.comparator ?? '?'} ${formatNumber(d.value.number)} · ${d.year?.year ?? c.endYear}</p>
            ${s.confirmed.has(i)
              ? html`<p class="confirmed">${t('planEdit.added')}</p>`
              : html`<button type="button" class="button" data-action="confirm-draft" data-index="${i}">${t('planEdit.addToPlan')}</button>`}
          </li>`,
        )}</ol>
      </section>

      <section class="edit-section"><h2>${t('planEdit.objectives')}</h2>
        ${c.objectives.map((o, i) => html`<fieldset class="edit-item" data-objective="${o.number}"><legend>${t('planEdit.objective', { n: o.number })}</legend>
          ${field('planEdit.number', `objectives.${i}.number`, o.number, { type: 'number', kind: 'number' })}
          ${select('planEdit.domain', `objectives.${i}.domain`, DOMAINS, o.domain, (d) => t(`domain.${d}` as MessageKey))}
          ${field('planEdit.titleVi', `objectives.${i}.titleVi`, o.titleVi)}
          <button type="button" class="button link" data-action="remove" data-path="objectives.${i}">${t('planEdit.remove')}</button></fieldset>`)}
        <button type="button" class="button" data-action="add-objective">${t('planEdit.addObjective')}</button>
      </section>

      <section class="edit-section" aria-labelledby="targets-heading"><h2 id="targets-heading">${t('planEdit.targets')} (${c.targets.length})</h2>
        <ol class="edit-list" id="plan-targets">${c.targets.map((target, i) => html`<li class="edit-item" data-target="${i}">
          <div class="edit-row">${select('planEdit.objectiveNumber', `targets.${i}.objective`, objectiveNumbers, String(target.objective), undefined, 'number')}${field('planEdit.number', `targets.${i}.number`, target.number)}</div>
          <label class="edit-field"><span>${t('planEdit.indicator')}</span><select data-path="targets.${i}.indicator">
            <option value="">${t('planEdit.chooseIndicator')}</option>${options(indicatorCodes, target.indicator, indicatorName)}</select></label>
          <div class="edit-row">${select('planEdit.comparator', `targets.${i}.comparator`, COMPARATORS, target.comparator)}${field('planEdit.value', `targets.${i}.value`, target.value, { type: 'number', kind: 'number' })}${field('planEdit.year', `targets.${i}.year`, target.year, { type: 'number', kind: 'number' })}</div>
          ${field('planEdit.text', `targets.${i}.textVi`, target.textVi)}
          ${field('planEdit.lead', `targets.${i}.lead`, target.lead, { kind: 'list' })}
          <button type="button" class="button link" data-action="remove" data-path="targets.${i}">${t('planEdit.remove')}</button></li>`)}</ol>
        <button type="button" class="button" data-action="add-target">${t('planEdit.addTarget')}</button>
      </section>

      <section class="edit-section"><h2>${t('planEdit.newIndicators')}</h2>
        <p class="hint">${t('planEdit.newIndicatorHint')}</p>
        ${c.newIndicators.map((n, i) => html`<fieldset class="edit-item"><legend>${n.code || t('planEdit.newIndicator')}</legend>
          ${field('planEdit.code', `newIndicators.${i}.code`, n.code)}
          ${field('planEdit.nameVi', `newIndicators.${i}.nameVi`, n.nameVi)}
          ${select('planEdit.domain', `newIndicators.${i}.domain`, DOMAINS, n.domain, (d) => t(`domain.${d}` as MessageKey))}
          <div class="edit-row">${field('planEdit.unit', `newIndicators.${i}.unit`, n.unit)}${select('planEdit.direction', `newIndicators.${i}.direction`, ['higher', 'lower'], n.direction, (d) => t(`planEdit.direction.${d}` as MessageKey))}</div>
          ${n.formula ? html`<div class="edit-row">${field('planEdit.factor', `newIndicators.${i}.formula.factor`, n.formula.factor, { type: 'number', kind: 'number' })}
            ${field('planEdit.numerator', `newIndicators.${i}.formula.numerator`, n.formula.numerator)}${select('planEdit.sex', `newIndicators.${i}.formula.numeratorSex`, SEXES, n.formula.numeratorSex)}
            ${field('planEdit.denominator', `newIndicators.${i}.formula.denominator`, n.formula.denominator)}${select('planEdit.sex', `newIndicators.${i}.formula.denominatorSex`, SEXES, n.formula.denominatorSex)}</div>` : ''}
          <button type="button" class="button link" data-action="remove" data-path="newIndicators.${i}">${t('planEdit.remove')}</button></fieldset>`)}
        <button type="button" class="button" data-action="add-indicator">${t('planEdit.addIndicator')}</button>
      </section>

      <section class="edit-section"><h2>${t('planEdit.activities')}</h2>
        ${c.activities.map((a, i) => html`<fieldset class="edit-item"><legend>${a.number || t('planEdit.activity')}</legend>
          <div class="edit-row">${field('planEdit.number', `activities.${i}.number`, a.number)}${select('planEdit.domain', `activities.${i}.domain`, DOMAINS, a.domain, (d) => t(`domain.${d}` as MessageKey))}</div>
          ${field('planEdit.text', `activities.${i}.textVi`, a.textVi)}
          <div class="edit-row">${select('planEdit.timing', `activities.${i}.timing`, TIMINGS, a.timing)}${field('planEdit.start', `activities.${i}.start`, a.start, { type: 'date' })}${field('planEdit.end', `activities.${i}.end`, a.end, { type: 'date' })}</div>
          ${field('planEdit.leadBodies', `activities.${i}.lead`, a.lead, { kind: 'list' })}
          ${field('planEdit.coordinatingBodies', `activities.${i}.coordinating`, a.coordinating, { kind: 'list' })}
          <button type="button" class="button link" data-action="remove" data-path="activities.${i}">${t('planEdit.remove')}</button></fieldset>`)}
        <button type="button" class="button" data-action="add-activity">${t('planEdit.addActivity')}</button>
      </section>

      <section class="edit-section"><h2>${t('planEdit.budget')}</h2>
        ${c.budgetLines.map((b, i) => html`<fieldset class="edit-item"><legend>${b.line || t('planEdit.budgetLine')}</legend>
          <div class="edit-row">${field('planEdit.line', `budgetLines.${i}.line`, b.line)}${field('planEdit.year', `budgetLines.${i}.year`, b.year, { type: 'number', kind: 'number' })}</div>
          ${field('planEdit.text', `budgetLines.${i}.titleVi`, b.titleVi)}
          <div class="edit-row">${select('planEdit.source', `budgetLines.${i}.source`, SOURCES, b.source)}${field('planEdit.planned', `budgetLines.${i}.planned`, b.planned, { type: 'number', kind: 'number' })}</div>
          <button type="button" class="button link" data-action="remove" data-path="budgetLines.${i}">${t('planEdit.remove')}</button></fieldset>`)}
        <button type="button" class="button" data-action="add-budget">${t('planEdit.addBudget')}</button>
      </section>

      <section class="edit-section"><h2>${t('planEdit.calendar')}</h2>
        ${c.calendar.map((e, i) => html`<fieldset class="edit-item"><legend>${e.nameVi || e.code}</legend>
          <div class="edit-row">${field('planEdit.code', `calendar.${i}.code`, e.code)}${select('planEdit.eventKind', `calendar.${i}.kind`, ['deadline', 'window'], e.kind)}</div>
          ${field('planEdit.nameVi', `calendar.${i}.nameVi`, e.nameVi)}
          <div class="edit-row">${field('planEdit.month', `calendar.${i}.month`, e.month, { type: 'number', kind: 'number' })}${field('planEdit.day', `calendar.${i}.day`, e.day, { type: 'number', kind: 'number' })}</div>
          <button type="button" class="button link" data-action="remove" data-path="calendar.${i}">${t('planEdit.remove')}</button></fieldset>`)}
        <button type="button" class="button" data-action="add-event">${t('planEdit.addEvent')}</button>
      </section>

      <div class="edit-actions">
        <button type="button" class="button primary" data-action="save" id="save-draft">${t('planEdit.save')}</button>
      </div>

      <section class="edit-section" aria-labelledby="issue-heading"><h2 id="issue-heading">${t('planEdit.issue')}</h2>
        ${missing.length > 0 ? html`<ul class="missing" id="issue-missing">${missing.map((m) => html`<li>${missingText(m)}</li>`)}</ul>` : ''}
        <div class="edit-row">
          <label class="edit-field"><span>${t('planEdit.decisionNumber')}</span><input id="issue-decision" value="${s.draft?.decisionNumber ?? ''}"></label>
          <label class="edit-field"><span>${t('planEdit.decisionDate')}</span><input id="issue-date" type="date"></label>
        </div>
        <button type="button" class="button primary" data-action="issue" id="issue-button">${t('planEdit.issue')}</button>
      </section>
    </form>`;
}

function editorView(initial: EditorState): View {
  let s = initial;
  let root: HTMLElement | null = null;

  const rerender = () => {
    const container = root?.querySelector<HTMLElement>('#plan-editor');
    if (!container) return;
    container.innerHTML = body().value;
  };
  const say = (text: string, error = false) => {
    s.message = { text, error };
    rerender();
  };
  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.problem.errors?.length) {
      say(error.problem.errors.map((e) => `${e.name}: ${e.reason}`).join(' · '), true);
    } else {
      say(errorMessage(error), true);
    }
  };
  const reload = async (code = s.code, message?: string) => {
    s = await loadState(code);
    if (message) s.message = { text: message, error: false };
    rerender();
  };
  const save = async (): Promise<boolean> => {
    try {
      const saved = await api.putPlanDraft(s.code, s.content, s.etag);
      s.draft = saved;
      s.content = saved.content as PlanContent;
      s.etag = saved.etag;
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };
  const input = (value: string) => root?.querySelector<HTMLInputElement>(value)?.value.trim() ?? '';

  const actions: Record<string, (button: HTMLElement) => Promise<void> | void> = {
    remove: (button) => {
      removeAt(s.content, button.dataset.path ?? '');
      rerender();
    },
    'add-objective': () => {
      const number = Math.max(0, ...s.content.objectives.map((o) => o.number)) + 1;
      s.content.objectives.push({ number, domain: 'state-capacity', titleVi: '', titleEn: '' });
      rerender();
    },
    'add-target': () => {
      s.content.targets.push({
        objective: s.content.objectives[0]?.number ?? 1, number: String(s.content.targets.length + 1), indicator: '', comparator: '>=', value: 0,
        year: s.content.endYear, textVi: '', textEn: '', baselineYear: null, baselineValue: null, lead: [], coordinating: [], source: null, confidence: null,
      });
      rerender();
    },
    'add-indicator': () => {
      s.content.newIndicators.push({
        code: '', nameVi: '', nameEn: '', domain: 'state-capacity', unit: 'percent', direction: 'higher', decimals: 1,
        formula: { factor: 100, numerator: '', numeratorSex: 'F', denominator: '', denominatorSex: '_T' },
      });
      rerender();
    },
    'add-activity': () => {
      s.content.activities.push({
        number: String(s.content.activities.length + 1), domain: 'state-capacity', objective: null, textVi: '', textEn: '', timing: 'year',
        start: `${s.content.startYear}-01-01`, end: `${s.content.endYear}-12-31`, due: null, lead: [], coordinating: [], outputs: [], seed: null, seedSentence: null,
      });
      rerender();
    },
    'add-budget': () => {
      s.content.budgetLines.push({ line: String(s.content.budgetLines.length + 1), parentLine: null, titleVi: '', leadAgency: null, year: s.content.startYear, source: 'provincial', planned: 0 });
      rerender();
    },
    'add-event': () => {
      s.content.calendar.push({ code: `report-${s.content.calendar.length + 1}`, kind: 'deadline', periodType: 'year', month: 12, day: 10, endMonth: null, endDay: null, nameVi: '', nameEn: '' });
      rerender();
    },
    'read-targets': async () => {
      const text = root?.querySelector<HTMLTextAreaElement>('#paste-text')?.value ?? '';
      if (text.trim() === '') return;
      try {
        const answer = await api.draftTargets(text, s.content.endYear);
        s.drafts = answer.drafts;
        s.pasted = text;
        s.confirmed = new Set();
        say(t('planEdit.draftsRead', { n: answer.drafts.length }));
      } catch (error) {
        fail(error);
      }
    },
    'confirm-draft': (button) => {
      const index = Number(button.dataset.index);
      const draft = s.drafts[index];
      if (!draft) return;
      const domain = s.indicators.find((i) => i.code === draft.indicator?.code)?.domain ?? 'state-capacity';
      addDraftTarget(s.content, draft, domain);
      s.confirmed.add(index);
      say(t('planEdit.draftAdded', { n: s.content.targets.length }));
    },
    save: async () => {
      if (await save()) say(t('planEdit.saved'));
    },
    issue: async () => {
      if (!(await save())) return;
      try {
        await api.issuePlan(s.code, input('#issue-decision'), input('#issue-date'));
        clearApiCache();
        await reload(s.code, t('planEdit.issuedMessage'));
      } catch (error) {
        fail(error);
      }
    },
    amend: async () => {
      try {
        await api.amendPlan(s.code, input('#amend-decision'));
        await reload(s.code, t('planEdit.amendOpened'));
      } catch (error) {
        fail(error);
      }
    },
    copy: async () => {
      try {
        const copy = await api.copyPlan(s.code, { newCode: input('#copy-code'), startYear: Number(input('#copy-start')), endYear: Number(input('#copy-end')) });
        clearApiCache();
        location.hash = href('planEdit', { code: copy.plan.code });
      } catch (error) {
        fail(error);
      }
    },
  };

  function body(): SafeHtml {
    return html`${s.message ? html`<p class="${s.message.error ? 'field-message error' : 'field-message ok'}" role="${s.message.error ? 'alert' : 'status'}" id="edit-message">${s.message.text}</p>` : ''}
      ${s.draft ? draftHtml(s) : issuedHtml(s)}
      ${historyHtml(s.versions)}`;
  }

  return {
    title: () => pick(s.plan.titleVi, s.plan.titleEn) || s.code,
    html: () => html`${backLink(href('plans'), 'plan.back')}
      <h1 tabindex="-1" id="edit-title" data-plan="${s.code}">${pick(s.content.titleVi || s.plan.titleVi, s.content.titleEn || s.plan.titleEn) || s.code}</h1>
      <p class="meta">${s.code} · ${s.plan.areaNameVi} · ${s.plan.startYear}–${s.plan.endYear}</p>
      <div id="plan-editor">${body()}</div>`,
    mount(element) {
      root = element;
      const onInput = (event: Event) => {
        const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
        const path = target.dataset.path;
        if (!path) return;
        setPath(s.content, path, parseInput(target.value, target.dataset.kind));
        if (getPath(s.content, path) === undefined) rerender();
      };
      element.addEventListener('change', onInput);
      element.addEventListener('input', onInput);
      element.addEventListener('click', (event) => {
        const button = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
        const action = button?.dataset.action;
        if (!button || !action || !actions[action]) return;
        event.preventDefault();
        void actions[action](button);
      });
    },
  };
}

export const planEditPage: Page = {
  async load(route: Route): Promise<View> {
    return editorView(await loadState(route.params.code ?? ''));
  },
};
