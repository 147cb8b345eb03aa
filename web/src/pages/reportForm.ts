// An implementation report's form (#/reports/...): the model (what is typed for each activity, checks as
// you type, the whole report as one PUT with If-Match, the 412/428 conflict) and its HTML, editable for the
// body that owes it and read only for everyone else or once submitted. No DOM here: activityReport.ts wires it.

import { ApiError, api, type ReportAnswer, type ReportKey } from '../api/client';
import type {
  ActivityReport,
  ActivityStatus,
  AdditionalOutputInput,
  BudgetSource,
  OutputUnit,
  PlanActivity,
  ReportInput,
  ReportInputItem,
  SexCode,
} from '../api/types';
import { formatInstant } from '../format';
import { html, type SafeHtml } from '../html';
import { formatNumber, getLang, pick, t, type Lang, type MessageKey } from '../i18n';
import {
  ACTIVITY_STATUSES,
  BUDGET_SOURCES,
  activityInYear,
  activityStatusBadge,
  activityStatusLabel,
  activityTimeText,
  formatMoney,
  OUTPUT_UNITS,
  outputUnitLabel,
  plannedOutputHtml,
  sourceLabel,
} from './execution';
import { dueStatus, formatIsoDate, stateBadge } from './reporting';
import { checkValue, inputText, parseNumber, ruleMessage, type FieldRules, type Rule } from './valueForm';
import { sexLabel } from './values';

// ---- the activities a report covers -------------------------------------------------------

type Output = PlanActivity['outputs'][number];

/** An activity as a report shows it: the body's part in it (lead or coordinating) and what it plans. */
export interface ActivityRef {
  number: string;
  textVi: string;
  textEn: string;
  role: 'lead' | 'coordinating' | null;
  start: string;
  end: string;
  due?: string | null;
  timing?: PlanActivity['timing'];
  outputs: Output[];
}

/**
 * The activities a body reports on for a year: those it leads or coordinates whose time overlaps the year
 * (the plan's order), then any the report already holds that are not among them (so a save keeps them).
 */
export function reportActivities(all: readonly PlanActivity[], body: string, year: number, report: Pick<ActivityReport, 'items'> | null = null): ActivityRef[] {
  const refs: ActivityRef[] = [];
  for (const activity of all) {
    const lead = activity.lead.some((b) => b.code === body);
    const coordinating = activity.coordinating.some((b) => b.code === body);
    const filed = report?.items.some((item) => item.activity === activity.number) ?? false;
    if ((!lead && !coordinating) || (!activityInYear(activity, year) && !filed)) continue;
    refs.push({ ...activity, role: lead ? 'lead' : 'coordinating' });
  }
  for (const item of report?.items ?? []) {
    if (refs.some((ref) => ref.number === item.activity)) continue;
    const numbers = [...new Set(item.outputs.map((o) => o.number))];
    refs.push({
      number: item.activity, textVi: '', textEn: '', role: null, start: '', end: '',
      outputs: numbers.map((number) => ({
        number, textVi: `Đầu ra ${number}`, textEn: `Output ${number}`, unit: 'other', quantity: null, per: null, communes: [],
        bySex: item.outputs.some((o) => o.number === number && o.sex !== '_T'),
      })),
    });
  }
  return refs;
}

// ---- the model ---------------------------------------------------------------------------

/** Counts are whole numbers from 0; money (million VND) any number from 0. */
export const COUNT_RULES: FieldRules = { integerOnly: true, min: 0, max: null, unit: 'count' };
export const MONEY_RULES: FieldRules = { integerOnly: false, min: 0, max: null, unit: 'million_vnd' };

export interface OutputField {
  output: Output;
  sex: SexCode;
  /** The input's id. */
  id: string;
  text: string;
}

/** An output achieved beyond the planned ones, as typed: women and men only where the unit counts people. */
export interface AdditionalField {
  /** Its number in the item (stable while the form is open: inputs are named by it). */
  key: number;
  unit: OutputUnit | '';
  description: string;
  total: string;
  female: string;
  male: string;
}

export const ADDITIONAL_PARTS = ['unit', 'description', 'total', 'female', 'male'] as const;
export type AdditionalPart = (typeof ADDITIONAL_PARTS)[number];

/** At most this many additional outputs per activity (the API's limit). */
export const MAX_ADDITIONAL = 20;

/** True when the unit counts people (trainees, participants): women and men are asked for. */
export function countsPeople(unit: OutputUnit | ''): boolean {
  return unit === 'person';
}

export interface ItemModel {
  index: number;
  activity: ActivityRef;
  status: ActivityStatus | '';
  note: string;
  outputs: OutputField[];
  additional: AdditionalField[];
  spent: Record<BudgetSource, string>;
}

export type ReportReadOnly = 'locked' | 'submitted' | 'approved';

/** Someone changed the report since it was read: what is stored now. */
export interface ReportConflict {
  report: ActivityReport;
  etag: string | null;
}

/** What a report's fields can be wrong with: a number's check, or a status missing for an activity with content. */
export interface FieldProblem {
  id: string;
  /** 'sexSum': women and men add up to more than the total. */
  rule: Rule | 'status' | 'unit' | 'description' | 'sexSum';
  rules?: FieldRules;
}

const TEXT_FIELDS = ['results', 'difficulties', 'proposals'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

function sexesOf(output: Output): SexCode[] {
  return output.bySex ? ['F', 'M'] : ['_T'];
}

/** The body's report for one period, as its form edits it. */
export class ReportForm {
  report!: ActivityReport;
  etag: string | null = null;
  items: ItemModel[] = [];
  text: Record<TextField, string> = { results: '', difficulties: '', proposals: '' };
  conflict: ReportConflict | null = null;
  private baseline = '';
  private nextKey = 1;

  constructor(
    answer: ReportAnswer,
    readonly activities: ActivityRef[],
    private readonly lang: Lang = getLang(),
  ) {
    this.load(answer);
  }

  get key(): ReportKey {
    const r = this.report;
    return { plan: r.plan, area: r.area, body: r.body, kind: r.kind, period: r.period };
  }

  /** Takes a report as stored (after a read, a save or a step of the review): every field starts again from it. */
  load(answer: ReportAnswer): void {
    const { report, etag } = answer;
    this.report = report;
    this.etag = etag;
    this.conflict = null;
    this.text = { results: report.results ?? '', difficulties: report.difficulties ?? '', proposals: report.proposals ?? '' };
    this.items = this.activities.map((activity, index) => {
      const filed = report.items.find((item) => item.activity === activity.number);
      const spent = {} as Record<BudgetSource, string>;
      for (const source of BUDGET_SOURCES) {
        const amount = filed?.spent.find((s) => s.source === source)?.amount;
        spent[source] = inputText(amount, this.lang);
      }
      return {
        index,
        activity,
        status: filed?.status ?? '',
        note: filed?.note ?? '',
        spent,
        additional: (filed?.additionalOutputs ?? []).map((o) => ({
          key: this.nextKey++,
          unit: o.unit,
          description: o.description,
          total: inputText(o.total, this.lang),
          female: inputText(o.female ?? undefined, this.lang),
          male: inputText(o.male ?? undefined, this.lang),
        })),
        outputs: activity.outputs.flatMap((output) =>
          sexesOf(output).map((sex) => ({
            output,
            sex,
            id: outputInputId(index, output.number, sex),
            text: inputText(filed?.outputs.find((o) => o.number === output.number && o.sex === sex)?.achieved, this.lang),
          })),
        ),
      };
    });
    this.baseline = JSON.stringify(this.inputOrNull());
  }

  /** Why the body cannot change the report now, or null when it can. */
  readOnlyReason(): ReportReadOnly | null {
    if (this.report.state === 'submitted') return 'submitted';
    if (this.report.state === 'approved') return 'approved';
    if (this.report.locked) return 'locked';
    return null;
  }

  /** The field (by its input id) an item model holds, to update it as the user types. */
  setField(id: string, value: string): boolean {
    const text = /^report-(results|difficulties|proposals)$/.exec(id);
    if (text) {
      this.text[text[1] as TextField] = value;
      return true;
    }
    const m = /^item-(\d+)-(status|note|spent-(central|provincial|other)|out-.+|add-(\d+)-(unit|description|total|female|male))$/.exec(id);
    const item = m ? this.items[Number(m[1])] : undefined;
    if (!m || !item) return false;
    if (m[4]) {
      const field = item.additional.find((a) => a.key === Number(m[4]));
      if (!field) return false;
      const part = m[5] as AdditionalPart;
      if (part === 'unit') field.unit = (OUTPUT_UNITS as readonly string[]).includes(value) ? (value as OutputUnit) : '';
      else field[part] = value;
    } else if (m[2] === 'status') item.status = (ACTIVITY_STATUSES as readonly string[]).includes(value) ? (value as ActivityStatus) : '';
    else if (m[2] === 'note') item.note = value;
    else if (m[3]) item.spent[m[3] as BudgetSource] = value;
    else {
      const field = item.outputs.find((o) => o.id === id);
      if (!field) return false;
      field.text = value;
    }
    return true;
  }

  /** Adds an empty output achieved to an activity; the id of its first input (null at the limit). */
  addOutput(index: number): string | null {
    const item = this.items[index];
    if (!item || item.additional.length >= MAX_ADDITIONAL) return null;
    const key = this.nextKey++;
    item.additional.push({ key, unit: '', description: '', total: '', female: '', male: '' });
    return additionalInputId(index, key, 'unit');
  }

  /** Removes an output achieved from an activity. */
  removeOutput(index: number, key: number): boolean {
    const item = this.items[index];
    const before = item?.additional.length ?? 0;
    if (item) item.additional = item.additional.filter((a) => a.key !== key);
    return (item?.additional.length ?? 0) < before;
  }

  /** The problem with one input (by id), or null. */
  problem(id: string): FieldProblem | null {
    return this.problems().find((p) => p.id === id) ?? null;
  }

  /** Every input whose text does not pass its check, and every activity reported on without a status. */
  problems(): FieldProblem[] {
    const found: FieldProblem[] = [];
    for (const item of this.items) {
      let content = item.note.trim() !== '';
      for (const field of item.outputs) {
        const check = checkValue(field.text, COUNT_RULES);
        if (!check.ok) found.push({ id: field.id, rule: check.rule, rules: COUNT_RULES });
        content ||= field.text.trim() !== '';
      }
      for (const add of item.additional) {
        const id = (part: AdditionalPart) => additionalInputId(item.index, add.key, part);
        content = true;
        if (!add.unit) found.push({ id: id('unit'), rule: 'unit' });
        if (!add.description.trim()) found.push({ id: id('description'), rule: 'description' });
        const total = checkValue(add.total, COUNT_RULES, true);
        if (!total.ok) found.push({ id: id('total'), rule: total.rule, rules: COUNT_RULES });
        if (!countsPeople(add.unit)) continue;
        const female = checkValue(add.female, COUNT_RULES);
        const male = checkValue(add.male, COUNT_RULES);
        if (!female.ok) found.push({ id: id('female'), rule: female.rule, rules: COUNT_RULES });
        if (!male.ok) found.push({ id: id('male'), rule: male.rule, rules: COUNT_RULES });
        if (total.ok && female.ok && male.ok && (female.value ?? 0) + (male.value ?? 0) > (total.value ?? 0)) {
          found.push({ id: id(female.value !== null ? 'female' : 'male'), rule: 'sexSum' });
        }
      }
      for (const source of BUDGET_SOURCES) {
        const check = checkValue(item.spent[source], MONEY_RULES);
        if (!check.ok) found.push({ id: spentInputId(item.index, source), rule: check.rule, rules: MONEY_RULES });
        content ||= item.spent[source].trim() !== '';
      }
      if (content && !item.status) found.push({ id: statusInputId(item.index), rule: 'status' });
    }
    return found;
  }

  /** The body of the PUT: each activity with a status, its outputs and money as typed; null while a field is wrong. */
  inputOrNull(): ReportInput | null {
    if (this.problems().length > 0) return null;
    const normalized = (text: string) => (text.trim() === '' ? null : text.trim());
    const items: ReportInputItem[] = [];
    for (const item of this.items) {
      if (!item.status) continue;
      items.push({
        activity: item.activity.number,
        status: item.status,
        note: normalized(item.note),
        outputs: item.outputs
          .filter((field) => field.text.trim() !== '')
          .map((field) => ({ number: field.output.number, sex: field.sex, achieved: parseNumber(field.text)! })),
        additionalOutputs: item.additional.map((add): AdditionalOutputInput => {
          const people = countsPeople(add.unit);
          return {
            unit: add.unit as OutputUnit,
            description: add.description.trim(),
            total: parseNumber(add.total)!,
            female: people ? parseNumber(add.female) : null,
            male: people ? parseNumber(add.male) : null,
          };
        }),
        spent: BUDGET_SOURCES.filter((source) => item.spent[source].trim() !== '').map((source) => ({ source, amount: parseNumber(item.spent[source])! })),
      });
    }
    return { results: normalized(this.text.results), difficulties: normalized(this.text.difficulties), proposals: normalized(this.text.proposals), items };
  }

  /** True when what is typed differs from what is stored (a wrong field counts as a change). */
  changed(): boolean {
    return JSON.stringify(this.inputOrNull()) !== this.baseline || (this.report.version === 0 && this.problems().length > 0);
  }

  /**
   * Saves the whole report as a draft (If-Match with the ETag it was read with). 'conflict' when someone
   * changed it meanwhile (412, or 428: it was filed since it was read): `conflict` then holds what is stored.
   */
  async save(): Promise<'saved' | 'conflict'> {
    const input = this.inputOrNull();
    if (!input) throw new RangeError('the report has fields to fix');
    try {
      this.load(await api.putReport(this.key, input, this.etag));
      return 'saved';
    } catch (error) {
      if (error instanceof ApiError && (error.status === 412 || error.status === 428)) {
        this.conflict = await api.report(this.key);
        return 'conflict';
      }
      throw error;
    }
  }

  /** Conflict: drop what was typed and take the stored report. */
  useTheirs(): void {
    if (this.conflict) this.load(this.conflict);
  }

  /** Conflict: write what was typed over the stored report (with its ETag). */
  keepMine(): Promise<'saved' | 'conflict'> {
    if (this.conflict) {
      this.etag = this.conflict.etag;
      this.report = this.conflict.report;
      this.conflict = null;
    }
    return this.save();
  }

  /** Submits the report to its reviewer (saved first by the page). */
  async submit(): Promise<void> {
    this.load(await api.reportAction(this.key, 'submit'));
  }
}

export const statusInputId = (index: number): string => `item-${index}-status`;
export const noteInputId = (index: number): string => `item-${index}-note`;
export const spentInputId = (index: number, source: BudgetSource): string => `item-${index}-spent-${source}`;
export const outputInputId = (index: number, output: number, sex: SexCode): string => `item-${index}-out-${output}-${sex}`;
export const additionalInputId = (index: number, key: number, part: AdditionalPart): string => `item-${index}-add-${key}-${part}`;

// ---- HTML: the report's facts ------------------------------------------------------------

/** What a failed check says ('Chọn tình trạng thực hiện' for a missing status). */
export function problemText(problem: FieldProblem, lang: Lang = getLang()): string {
  if (problem.rule === 'status') return t('reportForm.statusRequired', undefined, lang);
  if (problem.rule === 'unit') return t('reportForm.additional.unitRequired', undefined, lang);
  if (problem.rule === 'description') return t('reportForm.additional.descriptionRequired', undefined, lang);
  if (problem.rule === 'sexSum') return t('reportForm.additional.sexSum', undefined, lang);
  return ruleMessage(problem.rule, problem.rules ?? COUNT_RULES, lang);
}

/** The message under an input: its problem, or nothing. */
export function problemHtml(problem: FieldProblem | null, lang: Lang = getLang()): SafeHtml {
  return problem ? html`<span class="field-error"><span aria-hidden="true">✖</span> ${problemText(problem, lang)}</span>` : html``;
}

/** State, due date (and how it stands today), lock date, recipient, who submitted and reviewed it, the reviewer's comment. */
export function reportFactsHtml(report: ActivityReport, today: string, recipientName: string | null, lang: Lang = getLang()): SafeHtml {
  const pending = report.state !== 'submitted' && report.state !== 'approved';
  const due = pending ? dueStatus(report.due, today, lang) : null;
  return html`<dl class="facts deadlines report-facts" id="report-facts">
      <div class="fact"><dt>${t('reportForm.state', undefined, lang)}</dt><dd id="report-state" data-state="${report.state ?? 'none'}">${stateBadge(report.state, lang)}${report.submittedAt
        ? html` <span class="muted">${t('my.submittedAt', { at: formatInstant(report.submittedAt) }, lang)}</span>`
        : ''}${report.onTime === false ? html` <span class="state-badge late" data-on-time="false"><span aria-hidden="true">⚠</span> ${t('review.late', undefined, lang)}</span>` : ''}</dd></div>
      <div class="fact"><dt>${t('my.dueDate', undefined, lang)}</dt><dd id="report-due" data-date="${report.due}">${formatIsoDate(report.due)}${due
        ? html` <span class="due-status${due.overdue ? ' overdue' : ''}">${due.overdue ? html`<span aria-hidden="true">⚠</span> ` : ''}${due.text}</span>`
        : ''}</dd></div>
      <div class="fact"><dt>${t('my.lockDate', undefined, lang)}</dt><dd id="report-lock" data-date="${report.lockDate}" data-locked="${report.locked ? 'true' : 'false'}">${formatIsoDate(report.lockDate)}${report.locked
        ? html` <span class="locked-badge"><span aria-hidden="true">🔒</span> ${t('my.lockedShort', undefined, lang)}</span>`
        : ''}</dd></div>
      <div class="fact"><dt>${t('reportForm.recipient', undefined, lang)}</dt><dd id="report-recipient">${recipientName || report.recipient || t('reportForm.coordinator', undefined, lang)}</dd></div>
      ${report.enteredBy && report.enteredAt
        ? html`<div class="fact"><dt>${t('reportForm.lastSaved', undefined, lang)}</dt><dd>${t('valueHistory.byAt', { by: report.enteredBy, at: formatInstant(report.enteredAt) }, lang)}</dd></div>`
        : ''}
      ${report.reviewedBy && report.reviewedAt
        ? html`<div class="fact"><dt>${t('reportForm.reviewed', undefined, lang)}</dt><dd>${t('valueHistory.byAt', { by: report.reviewedBy, at: formatInstant(report.reviewedAt) }, lang)}</dd></div>`
        : ''}
    </dl>
    ${report.state === 'returned'
      ? html`<div class="notice returned-notice" id="report-returned"><p><span aria-hidden="true">↩</span> ${t('reportForm.returnedText', undefined, lang)}</p>
          ${report.comment ? html`<blockquote id="report-comment">${report.comment}</blockquote>` : ''}</div>`
      : ''}`;
}

const READONLY_KEYS: Record<ReportReadOnly, MessageKey> = {
  locked: 'reportForm.readonly.locked',
  submitted: 'reportForm.readonly.submitted',
  approved: 'reportForm.readonly.approved',
};

/** Why the body cannot change the report, as a notice. */
export function readOnlyNoticeHtml(reason: ReportReadOnly, report: Pick<ActivityReport, 'lockDate'>, lang: Lang = getLang()): SafeHtml {
  return html`<p class="notice locked-notice" id="report-readonly" data-reason="${reason}"><span aria-hidden="true">🔒</span> ${t(READONLY_KEYS[reason], { date: formatIsoDate(report.lockDate) }, lang)}</p>`;
}

function roleBadge(role: ActivityRef['role'], lang: Lang): SafeHtml {
  if (!role) return html``;
  return html`<span class="role-badge role-${role}" data-role="${role}">${t(role === 'lead' ? 'activities.roleLead' : 'activities.roleCoordinating', undefined, lang)}</span>`;
}

function activityHead(item: ItemModel, lang: Lang): SafeHtml {
  const a = item.activity;
  return html`<h3 class="activity-title" id="item-${item.index}-title"><span class="activity-number">${a.number}</span> ${roleBadge(a.role, lang)}</h3>
    ${a.textVi || a.textEn ? html`<p class="activity-text">${pick(a.textVi, a.textEn, lang)}</p>` : ''}
    ${a.start ? html`<p class="activity-meta"><span class="activity-time">${activityTimeText(a, lang)}</span>${a.due ? html` · ${t('activity.due', { date: formatIsoDate(a.due) }, lang)}` : ''}</p>` : ''}`;
}

// ---- HTML: the editable form -------------------------------------------------------------

function numberInput(id: string, label: SafeHtml | string, text: string, problem: FieldProblem | null, mode: 'numeric' | 'decimal', lang: Lang): SafeHtml {
  return html`<div class="number-field">
    <label for="${id}">${label}</label>
    <input id="${id}" class="report-input" type="text" inputmode="${mode}" autocomplete="off" spellcheck="false" value="${text}"
      aria-describedby="${id}-msg"${problem ? html` aria-invalid="true"` : ''} />
    <p class="field-message" id="${id}-msg">${problemHtml(problem, lang)}</p>
  </div>`;
}

/** One activity of the form: status, achieved outputs (F and M where counted by sex), money spent by source, note. */
export function itemFormHtml(form: ReportForm, item: ItemModel, lang: Lang = getLang()): SafeHtml {
  const statusId = statusInputId(item.index);
  const statusProblem = form.problem(statusId);
  const byOutput = new Map<number, OutputField[]>();
  for (const field of item.outputs) byOutput.set(field.output.number, [...(byOutput.get(field.output.number) ?? []), field]);
  return html`<article class="report-item" data-activity="${item.activity.number}" data-status="${item.status || 'none'}" aria-labelledby="item-${item.index}-title">
    ${activityHead(item, lang)}
    <div class="field status-field">
      <label for="${statusId}">${t('reportForm.status', undefined, lang)}</label>
      <select id="${statusId}" class="status-select report-input" data-activity="${item.activity.number}" aria-describedby="${statusId}-msg"${statusProblem ? html` aria-invalid="true"` : ''}>
        <option value=""${item.status ? '' : html` selected`}>${t('reportForm.statusNone', undefined, lang)}</option>
        ${ACTIVITY_STATUSES.map((status) => html`<option value="${status}"${item.status === status ? html` selected` : ''}>${activityStatusLabel(status, lang)}</option>`)}
      </select>
      <p class="field-message" id="${statusId}-msg">${problemHtml(statusProblem, lang)}</p>
    </div>
    ${byOutput.size
      ? html`<fieldset class="outputs-fieldset">
          <legend>${t('reportForm.outputs', undefined, lang)}</legend>
          ${[...byOutput.values()].map((fields) => {
            const output = fields[0]!.output;
            return html`<div class="output-row" data-output="${output.number}" role="group" aria-labelledby="item-${item.index}-out-${output.number}-label">
              <p class="output-label" id="item-${item.index}-out-${output.number}-label">${plannedOutputHtml(output, lang, item.activity)}</p>
              <div class="number-fields">${fields.map((field) =>
                numberInput(field.id, field.sex === '_T' ? t('reportForm.achieved', undefined, lang) : sexLabel(field.sex, lang), field.text, form.problem(field.id), 'numeric', lang),
              )}</div>
            </div>`;
          })}
        </fieldset>`
      : ''}
    ${additionalFormHtml(form, item, lang)}
    <fieldset class="spent-fieldset">
      <legend>${t('reportForm.spent', undefined, lang)}</legend>
      <div class="number-fields">${BUDGET_SOURCES.map((source) => {
        const id = spentInputId(item.index, source);
        return numberInput(id, t(SHORT_SOURCE_KEYS[source], undefined, lang), item.spent[source], form.problem(id), 'decimal', lang);
      })}</div>
    </fieldset>
    <div class="field note-field">
      <label for="${noteInputId(item.index)}">${t('reportForm.note', undefined, lang)}</label>
      <textarea id="${noteInputId(item.index)}" class="report-input note-text" rows="2" maxlength="2000">${item.note}</textarea>
    </div>
  </article>`;
}

/** The outputs achieved beyond the planned ones: unit, description, total, and women and men where the unit counts people. */
export function additionalFormHtml(form: ReportForm, item: ItemModel, lang: Lang = getLang()): SafeHtml {
  const full = item.additional.length >= MAX_ADDITIONAL;
  return html`<fieldset class="additional-fieldset" id="item-${item.index}-additional">
    <legend>${t('reportForm.additional.legend', undefined, lang)}</legend>
    <p class="help">${t('reportForm.additional.help', undefined, lang)}</p>
    ${item.additional.map((add, position) => {
      const id = (part: AdditionalPart) => additionalInputId(item.index, add.key, part);
      const unitProblem = form.problem(id('unit'));
      const descriptionProblem = form.problem(id('description'));
      return html`<div class="additional-output" data-key="${add.key}" data-unit="${add.unit || 'none'}" role="group" aria-label="${t('reportForm.additional.number', { n: position + 1 }, lang)}">
        <div class="field">
          <label for="${id('unit')}">${t('reportForm.additional.unit', undefined, lang)}</label>
          <select id="${id('unit')}" class="report-input additional-unit" aria-describedby="${id('unit')}-msg"${unitProblem ? html` aria-invalid="true"` : ''}>
            <option value=""${add.unit ? '' : html` selected`}>${t('reportForm.additional.unitNone', undefined, lang)}</option>
            ${OUTPUT_UNITS.map((unit) => html`<option value="${unit}"${add.unit === unit ? html` selected` : ''}>${outputUnitLabel(unit, lang)}</option>`)}
          </select>
          <p class="field-message" id="${id('unit')}-msg">${problemHtml(unitProblem, lang)}</p>
        </div>
        <div class="field">
          <label for="${id('description')}">${t('reportForm.additional.description', undefined, lang)}</label>
          <input id="${id('description')}" class="report-input" type="text" maxlength="300" autocomplete="off" value="${add.description}"
            placeholder="${t('reportForm.additional.placeholder', undefined, lang)}" aria-describedby="${id('description')}-msg"${descriptionProblem ? html` aria-invalid="true"` : ''} />
          <p class="field-message" id="${id('description')}-msg">${problemHtml(descriptionProblem, lang)}</p>
        </div>
        <div class="number-fields">
          ${numberInput(id('total'), t('reportForm.additional.total', undefined, lang), add.total, form.problem(id('total')), 'numeric', lang)}
          ${countsPeople(add.unit)
            ? html`${numberInput(id('female'), sexLabel('F', lang), add.female, form.problem(id('female')), 'numeric', lang)}
              ${numberInput(id('male'), sexLabel('M', lang), add.male, form.problem(id('male')), 'numeric', lang)}`
            : ''}
        </div>
        <button type="button" class="button link-button remove-output" id="${id('unit').replace(/-unit$/, '-remove')}" data-action="remove-output" data-item="${item.index}" data-key="${add.key}">${t('reportForm.additional.remove', undefined, lang)}<span class="sr-only"> ${position + 1}</span></button>
      </div>`;
    })}
    <button type="button" class="button add-output" id="item-${item.index}-add-new" data-action="add-output" data-item="${item.index}"${full ? html` disabled` : ''}>+ ${t('reportForm.additional.add', undefined, lang)}</button>
  </fieldset>`;
}

/** "Học viên tập huấn: 120 người (Nữ: 85 · Nam: 35)". */
export function additionalText(output: NonNullable<ActivityReport['items'][number]['additionalOutputs']>[number], lang: Lang = getLang()): string {
  const bySex = [
    output.female !== null && output.female !== undefined ? `${sexLabel('F', lang)}: ${formatNumber(output.female, 0, lang)}` : '',
    output.male !== null && output.male !== undefined ? `${sexLabel('M', lang)}: ${formatNumber(output.male, 0, lang)}` : '',
  ].filter(Boolean);
  const unrecorded = bySex.length ? output.total - (output.female ?? 0) - (output.male ?? 0) : 0;
  if (unrecorded > 0) bySex.push(t('reportForm.additional.unrecorded', { count: formatNumber(unrecorded, 0, lang) }, lang));
  return `${output.description}: ${formatNumber(output.total, 0, lang)} ${outputUnitLabel(output.unit, lang)}${bySex.length ? ` (${bySex.join(' · ')})` : ''}`;
}

const SHORT_SOURCE_KEYS: Record<BudgetSource, MessageKey> = {
  central: 'reportForm.source.central',
  provincial: 'reportForm.source.provincial',
  other: 'reportForm.source.other',
};

const TEXT_KEYS: Record<TextField, { label: MessageKey; help: MessageKey }> = {
  results: { label: 'reportForm.results', help: 'reportForm.resultsHelp' },
  difficulties: { label: 'reportForm.difficulties', help: 'reportForm.difficultiesHelp' },
  proposals: { label: 'reportForm.proposals', help: 'reportForm.proposalsHelp' },
};

/** The three texts of the report: results, difficulties and their causes, proposals. */
export function textsFormHtml(form: ReportForm, lang: Lang = getLang()): SafeHtml {
  return html`<section class="report-texts" aria-labelledby="report-texts-heading">
    <h2 id="report-texts-heading">${t('reportForm.texts', undefined, lang)}</h2>
    ${TEXT_FIELDS.map((name) => {
      const id = `report-${name}`;
      return html`<div class="field text-field">
        <label for="${id}">${t(TEXT_KEYS[name].label, undefined, lang)}</label>
        <p class="help" id="${id}-help">${t(TEXT_KEYS[name].help, undefined, lang)}</p>
        <textarea id="${id}" class="report-input report-text" rows="4" maxlength="4000" aria-describedby="${id}-help">${form.text[name]}</textarea>
      </div>`;
    })}
  </section>`;
}

/** The items and texts of an editable report. */
export function reportFormHtml(form: ReportForm, lang: Lang = getLang()): SafeHtml {
  return html`<section class="report-items" aria-labelledby="report-items-heading">
      <h2 id="report-items-heading">${t('reportForm.items', { count: form.items.length }, lang)}</h2>
      ${form.items.length === 0 ? html`<p class="empty" id="report-no-items">${t('reportForm.noItems', undefined, lang)}</p>` : form.items.map((item) => itemFormHtml(form, item, lang))}
    </section>
    ${textsFormHtml(form, lang)}`;
}

/** The conflict box: who changed the report, and "take theirs" / "keep mine" (only while it can still be changed). */
export function conflictBoxHtml(form: ReportForm, lang: Lang = getLang()): SafeHtml {
  const c = form.conflict;
  if (!c) return html``;
  const who = c.report.enteredBy && c.report.enteredAt ? ` (${c.report.enteredBy}, ${formatInstant(c.report.enteredAt)})` : '';
  const editable = c.report.state !== 'submitted' && c.report.state !== 'approved' && !c.report.locked;
  return html`<div class="conflict" role="alert" id="report-conflict">
    <p><span aria-hidden="true">⚠</span> ${t('reportForm.conflict', { who }, lang)}</p>
    <p class="actions">
      <button type="button" class="button" id="report-use-theirs">${t('reportForm.useTheirs', undefined, lang)}</button>
      ${editable ? html`<button type="button" class="button" id="report-keep-mine">${t('reportForm.keepMine', undefined, lang)}</button>` : ''}
    </p>
  </div>`;
}

// ---- HTML: read only ---------------------------------------------------------------------

function achievedText(item: ActivityReport['items'][number] | undefined, output: Output, lang: Lang): string {
  const values = sexesOf(output)
    .map((sex) => ({ sex, value: item?.outputs.find((o) => o.number === output.number && o.sex === sex)?.achieved }))
    .filter((v) => v.value !== undefined);
  if (values.length === 0) return t('field.empty', undefined, lang);
  return values.map((v) => (v.sex === '_T' ? formatNumber(v.value!, 3, lang) : `${sexLabel(v.sex, lang)}: ${formatNumber(v.value!, 3, lang)}`)).join(' · ');
}

/** A report as its reviewer (or its body, once submitted) reads it: per activity the status, outputs, money, note; then the texts. */
export function reportReadHtml(report: ActivityReport, activities: readonly ActivityRef[], lang: Lang = getLang()): SafeHtml {
  const items = activities.map((activity, index) => ({ activity, index, filed: report.items.find((i) => i.activity === activity.number) }));
  const text = (name: TextField) => report[name];
  return html`<section class="report-items" aria-labelledby="report-items-heading">
      <h2 id="report-items-heading">${t('reportForm.items', { count: items.length }, lang)}</h2>
      ${items.length === 0 ? html`<p class="empty" id="report-no-items">${t('reportForm.noItems', undefined, lang)}</p>` : ''}
      ${items.map(({ activity, index, filed }) => {
        const model = { index, activity } as ItemModel;
        const spent = filed?.spent ?? [];
        return html`<article class="report-item readonly-item" data-activity="${activity.number}" data-status="${filed?.status ?? 'none'}" aria-labelledby="item-${index}-title">
          ${activityHead(model, lang)}
          <dl class="readonly-fields">
            <div class="readonly-row"><dt>${t('reportForm.status', undefined, lang)}</dt><dd>${filed ? activityStatusBadge(filed.status, lang) : t('reportForm.notReported', undefined, lang)}</dd></div>
            ${activity.outputs.map(
              (output) => html`<div class="readonly-row" data-output="${output.number}"><dt>${plannedOutputHtml(output, lang, activity)}</dt><dd class="readonly-value">${achievedText(filed, output, lang)}</dd></div>`,
            )}
            ${filed?.additionalOutputs?.length
              ? html`<div class="readonly-row additional-read"><dt>${t('reportForm.additional.legend', undefined, lang)}</dt><dd><ul class="plain-list">${filed.additionalOutputs.map(
                  (o) => html`<li class="readonly-value" data-unit="${o.unit}">${additionalText(o, lang)}</li>`,
                )}</ul></dd></div>`
              : ''}
            <div class="readonly-row"><dt>${t('reportForm.spent', undefined, lang)}</dt><dd>${spent.length
              ? spent.map((s, i) => html`${i ? ' · ' : ''}${sourceLabel(s.source, lang)}: <span class="readonly-value">${formatMoney(s.amount, lang)}</span>`)
              : t('field.empty', undefined, lang)}</dd></div>
            ${filed?.note ? html`<div class="readonly-row"><dt>${t('reportForm.note', undefined, lang)}</dt><dd class="pre-wrap">${filed.note}</dd></div>` : ''}
          </dl>
        </article>`;
      })}
    </section>
    <section class="report-texts" aria-labelledby="report-texts-heading">
      <h2 id="report-texts-heading">${t('reportForm.texts', undefined, lang)}</h2>
      <dl class="facts readonly-texts">${TEXT_FIELDS.map(
        (name) => html`<div class="readonly-row" data-text="${name}"><dt>${t(TEXT_KEYS[name].label, undefined, lang)}</dt><dd class="pre-wrap" id="report-${name}-text">${text(name) || t('field.empty', undefined, lang)}</dd></div>`,
      )}</dl>
    </section>`;
}

/** The money a report says was spent, by source, added up over its activities (what the body typed; nothing else). */
export function spentBySource(report: Pick<ActivityReport, 'items'>): Record<BudgetSource, number> {
  const totals = { central: 0, provincial: 0, other: 0 } as Record<BudgetSource, number>;
  for (const item of report.items) for (const s of item.spent) totals[s.source] += s.amount;
  return totals;
}
