// The department's form for one plan period (#/my): the model (validation, what changed, saving
// with If-Match and the 412 conflict, submitting) and its HTML. No DOM here: my.ts wires it up.

import { ApiError, api, type ValueKey } from '../api/client';
import type {
  AssignmentField,
  AssignmentTarget,
  Assignments,
  SexCode,
  Submission,
  ValueHistoryEntry,
  ValueState,
} from '../api/types';
import { formatInstant, targetGoalHtml } from '../format';
import { html, type SafeHtml } from '../html';
import { formatNumber, getLang, pick, t, type Lang, type MessageKey } from '../i18n';
import { errorMessage } from './common';
import { formatIsoDate, stateBadge } from './reporting';
import { sexLabel } from './values';

// ---- validation --------------------------------------------------------------------------

export type FieldRules = Pick<AssignmentField, 'integerOnly' | 'min' | 'max' | 'unit'>;

export type Rule = 'required' | 'number' | 'negative' | 'integer' | 'min' | 'max' | 'range' | 'percent';

export type Check = { ok: true; value: number | null } | { ok: false; rule: Rule };

/**
 * Reads a number as people type it: '12', '12.5' or '12,5' (either decimal mark, no thousands
 * separators), with spaces around. null for an empty text, NaN for anything else.
 */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

/** The lowest and highest value a field accepts: never below 0; at most 100 for a percentage. */
export function bounds(rules: FieldRules): { min: number; max: number | null } {
  const min = Math.max(0, rules.min ?? 0);
  const caps = [rules.max, rules.unit === 'percent' ? 100 : null].filter((v): v is number => v !== null && v !== undefined);
  return { min, max: caps.length ? Math.min(...caps) : null };
}

/**
 * Checks what was typed into a field: a number, ≥ 0, whole when the field counts things, within
 * the field's min–max, ≤ 100 for a percentage. Empty is fine unless `required` (a stored value
 * cannot be emptied here).
 */
export function checkValue(text: string, rules: FieldRules, required = false): Check {
  const value = parseNumber(text);
  if (value === null) return required ? { ok: false, rule: 'required' } : { ok: true, value: null };
  if (!Number.isFinite(value)) return { ok: false, rule: 'number' };
  if (value < 0) return { ok: false, rule: 'negative' };
  if (rules.integerOnly && !Number.isInteger(value)) return { ok: false, rule: 'integer' };
  if (rules.unit === 'percent' && value > 100 && (rules.max === null || rules.max === undefined || rules.max >= 100)) {
    return { ok: false, rule: 'percent' };
  }
  const { min, max } = bounds(rules);
  if (value < min || (max !== null && value > max)) {
    if (rules.min !== null && rules.min !== undefined && rules.max !== null && rules.max !== undefined) return { ok: false, rule: 'range' };
    return { ok: false, rule: value < min ? 'min' : 'max' };
  }
  return { ok: true, value };
}

const RULE_KEYS: Record<Rule, MessageKey> = {
  required: 'check.required',
  number: 'check.number',
  negative: 'check.negative',
  integer: 'check.integer',
  min: 'check.min',
  max: 'check.max',
  range: 'check.range',
  percent: 'check.percent',
};

/** What a failed check says, in the given language. */
export function ruleMessage(rule: Rule, rules: FieldRules, lang: Lang = getLang()): string {
  const { min, max } = bounds(rules);
  return t(RULE_KEYS[rule], { min: formatNumber(min, 3, lang), max: formatNumber(max ?? 0, 3, lang) }, lang);
}

/** What a field accepts, shown under its label: 'Số nguyên, từ 0 trở lên.' / 'A number from 0 to 100.' */
export function fieldHint(rules: FieldRules, lang: Lang = getLang()): string {
  const { min, max } = bounds(rules);
  const vars = { min: formatNumber(min, 3, lang), max: formatNumber(max ?? 0, 3, lang) };
  const key: MessageKey = rules.integerOnly
    ? max === null ? 'hint.wholeFrom' : 'hint.wholeRange'
    : max === null ? 'hint.numberFrom' : 'hint.numberRange';
  return t(key, vars, lang);
}

/** A stored number as the field's text: a decimal comma in Vietnamese ('12,5'), no grouping. */
export function inputText(value: number | null | undefined, lang: Lang = getLang()): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

function normNote(text: string | null | undefined): string | null {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

// ---- the model ---------------------------------------------------------------------------

/** The value stored now, as a 412 (or a reload after a 428) tells it. */
export interface Conflict {
  value: number | null;
  note: string | null;
  state: ValueState | null;
  etag: string | null;
  by: string | null;
  at: string | null;
}

export type ReadOnlyReason = 'locked' | 'submitted' | 'approved' | 'notEditable';

/** A field as the form keeps it: what is stored, with "nothing stored" always null (the contract lets the API leave these members out). */
export type StoredField = Omit<AssignmentField, 'value' | 'note' | 'state' | 'etag'> & {
  [K in 'value' | 'note' | 'state' | 'etag']-?: NonNullable<AssignmentField[K]> | null;
};

/** An assignment's field with its absent members as null. */
export function storedField(field: AssignmentField): StoredField {
  return { ...field, value: field.value ?? null, note: field.note ?? null, state: field.state ?? null, etag: field.etag ?? null };
}

export interface FieldModel {
  /** `${code}-${sex}`; the input is `field-${key}`. */
  key: string;
  /** What is stored (updated after each save): value, note, state and ETag. */
  field: StoredField;
  /** The target whose card holds the input (the first editable target that needs this field). */
  owner: AssignmentTarget;
  /** What is typed. */
  text: string;
  noteText: string;
  conflict: Conflict | null;
  saveError: unknown;
  /** Saved by the last "Save draft". */
  saved: boolean;
}

export type SaveOutcome = 'saved' | 'conflict' | 'error';

export interface SaveSummary {
  saved: number;
  conflicts: number;
  errors: number;
  /** Fields whose text does not pass the checks (nothing was sent). */
  invalid: FieldModel[];
}

export const fieldKey = (field: Pick<AssignmentField, 'code' | 'sex'>): string => `${field.code}-${field.sex}`;
export const inputId = (key: string): string => `field-${key}`;

/** The department's values of one plan period, as the form edits them. */
export class ValueForm {
  readonly fields = new Map<string, FieldModel>();

  constructor(
    public data: Assignments,
    private readonly lang: Lang = getLang(),
  ) {
    this.load(data);
  }

  /** Takes (new) assignments: every field starts again from what is stored. */
  load(data: Assignments): void {
    this.data = data;
    this.fields.clear();
    for (const target of data.targets) {
      if (target.role === 'coordinating') continue;
      for (const field of target.fields) {
        const key = fieldKey(field);
        const known = this.fields.get(key);
        // The input goes to the first editable target that needs the field.
        if (known && (!target.editable || known.owner.editable)) continue;
        this.fields.set(key, {
          key,
          field: storedField(field),
          owner: target,
          text: inputText(field.value, this.lang),
          noteText: field.note ?? '',
          conflict: null,
          saveError: null,
          saved: false,
        });
      }
    }
  }

  valueKey(field: Pick<AssignmentField, 'code' | 'sex'>): ValueKey {
    return { code: field.code, area: this.data.area, period: this.data.period, sex: field.sex as SexCode };
  }

  /** Why a field cannot be changed, or null when it can. */
  readOnlyReason(model: FieldModel): ReadOnlyReason | null {
    if (this.data.locked) return 'locked';
    if (model.field.state === 'submitted') return 'submitted';
    if (model.field.state === 'approved') return 'approved';
    if (!model.owner.editable) return 'notEditable';
    return null;
  }

  editable(): FieldModel[] {
    return [...this.fields.values()].filter((model) => this.readOnlyReason(model) === null);
  }

  /** The check of a field's text (a field that holds a value cannot be emptied). */
  check(model: FieldModel): Check {
    const required = model.field.value !== null || normNote(model.noteText) !== null;
    return checkValue(model.text, model.field, required);
  }

  /** Editable fields whose value or note differs from what is stored (valid or not). */
  changed(): FieldModel[] {
    return this.editable().filter((model) => {
      const check = this.check(model);
      if (!check.ok) return model.text.trim() !== '' || normNote(model.noteText) !== model.field.note;
      if (check.value === null) return false;
      return check.value !== model.field.value || normNote(model.noteText) !== model.field.note;
    });
  }

  /** Changed fields that do not pass the checks. */
  invalid(): FieldModel[] {
    return this.changed().filter((model) => !this.check(model).ok);
  }

  /** Writes one field (PUT with If-Match when it had an ETag). */
  async saveField(model: FieldModel): Promise<SaveOutcome> {
    const check = this.check(model);
    if (!check.ok || check.value === null) return 'error';
    model.saveError = null;
    model.saved = false;
    try {
      const answer = await api.putValue(this.valueKey(model.field), { value: check.value, note: normNote(model.noteText) }, model.field.etag);
      const stored = answer.value;
      model.field = {
        ...model.field,
        value: stored?.value ?? check.value,
        note: stored ? (stored.note ?? null) : normNote(model.noteText),
        state: stored?.state ?? 'draft',
        etag: answer.etag,
      };
      model.text = inputText(model.field.value, this.lang);
      model.noteText = model.field.note ?? '';
      model.conflict = null;
      model.saved = true;
      return 'saved';
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) throw error; // the session has ended
      if (error instanceof ApiError && (error.status === 412 || error.status === 428)) {
        const conflict = await this.currentValue(model, error);
        if (conflict) {
          model.conflict = conflict;
          return 'conflict';
        }
      }
      model.saveError = error;
      return 'error';
    }
  }

  /** The value stored now: from the 412's `current`, else read again (a 428 carries none). */
  private async currentValue(model: FieldModel, error: ApiError): Promise<Conflict | null> {
    const current = error.problem.current;
    if (current && current.etag) {
      return {
        value: current.value ?? null,
        note: current.note ?? null,
        state: current.state ?? null,
        etag: current.etag,
        by: current.enteredBy ?? null,
        at: current.enteredAt ?? null,
      };
    }
    try {
      const fresh = await api.assignments(this.data.plan, this.data.period);
      for (const target of fresh.targets) {
        const field = target.fields.find((f) => fieldKey(f) === model.key);
        if (field) {
          const { value, note, state, etag } = storedField(field);
          return { value, note, state, etag, by: current?.enteredBy ?? null, at: current?.enteredAt ?? null };
        }
      }
    } catch {
      // could not read it again: the error itself is shown
    }
    return null;
  }

  /** Saves every changed field, one after the other. Nothing is sent while some field is invalid. */
  async save(): Promise<SaveSummary> {
    const summary: SaveSummary = { saved: 0, conflicts: 0, errors: 0, invalid: this.invalid() };
    for (const model of this.fields.values()) model.saved = false;
    if (summary.invalid.length > 0) return summary;
    for (const model of this.changed()) {
      if (model.conflict) {
        summary.conflicts++; // waits for "use theirs" or "keep mine"
        continue;
      }
      const outcome = await this.saveField(model);
      if (outcome === 'saved') summary.saved++;
      else if (outcome === 'conflict') summary.conflicts++;
      else summary.errors++;
    }
    return summary;
  }

  /** Conflict: take the value stored now (the typed one is dropped). */
  useTheirs(model: FieldModel): void {
    const c = model.conflict;
    if (!c) return;
    model.field = { ...model.field, value: c.value, note: c.note, state: c.state, etag: c.etag };
    model.text = inputText(c.value, this.lang);
    model.noteText = c.note ?? '';
    model.conflict = null;
    model.saveError = null;
  }

  /** Conflict: write the typed value over the one stored now (with its ETag). */
  async keepMine(model: FieldModel): Promise<SaveOutcome> {
    const c = model.conflict;
    if (!c) return this.saveField(model);
    model.field = { ...model.field, value: c.value, note: c.note, state: c.state, etag: c.etag };
    model.conflict = null;
    return this.saveField(model);
  }

  /** Submits the period for review. */
  submit(): Promise<Submission> {
    return api.submit(this.data.plan, this.data.period);
  }
}

// ---- HTML --------------------------------------------------------------------------------

/** A number for reading: formatted in the language, '—' with words for screen readers when empty. */
export function valueText(value: number | null | undefined, unit: string, lang: Lang = getLang()): string {
  if (value === null || value === undefined) return t('field.empty', undefined, lang);
  const number = formatNumber(value, 3, lang);
  return unit === 'percent' ? `${number}%` : number;
}

/** A field's label: its name, the sex, and '%' for a percentage. */
export function fieldLabel(field: Pick<AssignmentField, 'nameVi' | 'nameEn' | 'sex' | 'unit'>, lang: Lang = getLang()): string {
  return `${pick(field.nameVi, field.nameEn, lang)} — ${sexLabel(field.sex, lang)}${field.unit === 'percent' ? ' (%)' : ''}`;
}

const REASON_KEYS: Record<ReadOnlyReason, MessageKey> = {
  locked: 'readonly.locked',
  submitted: 'readonly.submitted',
  approved: 'readonly.approved',
  notEditable: 'readonly.notEditable',
};

export function readOnlyText(reason: ReadOnlyReason, data: Pick<Assignments, 'lockDate'>, lang: Lang = getLang()): string {
  return t(REASON_KEYS[reason], { date: formatIsoDate(data.lockDate) || '—' }, lang);
}

/** The conflict box of a field: what is stored now, and "use theirs" / "keep mine". */
export function conflictHtml(model: FieldModel, lang: Lang = getLang()): SafeHtml {
  const c = model.conflict;
  if (!c) return html``;
  const who = c.by || c.at ? ` (${[c.by, c.at ? formatInstant(c.at) : ''].filter(Boolean).join(', ')})` : '';
  return html`<div class="conflict" role="alert" id="conflict-${model.key}">
    <p><span aria-hidden="true">⚠</span> ${t('conflict.text', { value: valueText(c.value, model.field.unit, lang), who }, lang)}</p>
    <p class="actions">
      <button type="button" class="button use-theirs" data-key="${model.key}">${t('conflict.useTheirs', { value: valueText(c.value, model.field.unit, lang) }, lang)}</button>
      <button type="button" class="button keep-mine" data-key="${model.key}">${t('conflict.keepMine', { value: model.text.trim() || '—' }, lang)}</button>
    </p>
  </div>`;
}

/** The message under a field's input: its check, else a save error, else "saved". */
export function fieldMessageHtml(form: ValueForm, model: FieldModel, lang: Lang = getLang()): SafeHtml {
  const check = form.check(model);
  if (!check.ok && (model.text.trim() !== '' || check.rule === 'required')) {
    return html`<span class="field-error"><span aria-hidden="true">✖</span> ${ruleMessage(check.rule, model.field, lang)}</span>`;
  }
  if (model.saveError) return html`<span class="field-error"><span aria-hidden="true">✖</span> ${errorMessage(model.saveError, lang)}</span>`;
  if (model.saved) return html`<span class="field-saved"><span aria-hidden="true">✔</span> ${t('field.saved', undefined, lang)}</span>`;
  return html``;
}

/** True when the field's message is an error (the input is then aria-invalid). */
export function fieldInvalid(form: ValueForm, model: FieldModel): boolean {
  const check = form.check(model);
  return (!check.ok && (model.text.trim() !== '' || check.rule === 'required')) || !!model.saveError || !!model.conflict;
}

function historyButton(field: AssignmentField, lang: Lang): SafeHtml {
  return html`<button type="button" class="button history-button" data-code="${field.code}" data-sex="${field.sex}"
    aria-label="${t('valueHistory.titleOf', { field: fieldLabel(field, lang) }, lang)}"><span aria-hidden="true">🕘</span> ${t('valueHistory.button', undefined, lang)}</button>`;
}

/** One field of an editable target: label, hint, input, state, message, note, history. */
export function fieldHtml(form: ValueForm, model: FieldModel, lang: Lang = getLang()): SafeHtml {
  const { field, key } = model;
  const id = inputId(key);
  const reason = form.readOnlyReason(model);
  const invalid = reason === null && fieldInvalid(form, model);
  const describedBy = reason ? `${id}-reason` : `${id}-hint ${id}-msg`;
  return html`<div class="value-field" data-field="${key}" data-state="${field.state ?? 'none'}"${reason ? html` data-readonly="${reason}"` : ''}>
    <div class="field-head">
      <label for="${id}">${fieldLabel(field, lang)}</label>
      ${stateBadge(field.state, lang)}
    </div>
    ${reason
      ? html`<input id="${id}" class="value-input" type="text" inputmode="decimal" readonly value="${model.text}" aria-describedby="${describedBy}" />
          <p class="readonly-reason" id="${id}-reason"><span aria-hidden="true">🔒</span> ${readOnlyText(reason, form.data, lang)}</p>
          ${field.note ? html`<p class="field-note">${t('field.noteLabel', undefined, lang)}: ${field.note}</p>` : ''}`
      : html`<p class="help" id="${id}-hint">${fieldHint(field, lang)}</p>
          <input id="${id}" class="value-input" type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
            name="${key}" value="${model.text}" aria-describedby="${describedBy}"${invalid ? html` aria-invalid="true"` : ''} />
          <p class="field-message" id="${id}-msg">${fieldMessageHtml(form, model, lang)}</p>
          ${conflictHtml(model, lang)}
          <div class="note-field">
            <label for="note-${key}">${t('field.note', undefined, lang)}</label>
            <input id="note-${key}" class="note-input" type="text" autocomplete="off" maxlength="500" value="${model.noteText}" />
          </div>`}
    <p class="field-actions">${historyButton(field, lang)}</p>
  </div>`;
}

function targetHead(target: AssignmentTarget, lang: Lang): SafeHtml {
  const id = `${target.objective}.${target.number}`;
  return html`<h3 class="target-head" id="target-${target.objective}-${target.number}"><span class="target-number"><span class="sr-only">${t('target.prefix', undefined, lang)} </span>${id}</span>
      <span class="target-name">${pick(target.indicatorNameVi, target.indicatorNameEn, lang)}</span></h3>
    <p class="target-goal">${t('card.goal', undefined, lang)}: ${targetGoalHtml(target, lang)} <span class="target-year">${t('target.year', { year: target.year }, lang)}</span></p>`;
}

/** The card of a target the department leads: its goal beside one input per field. */
export function targetCardHtml(form: ValueForm, target: AssignmentTarget, lang: Lang = getLang()): SafeHtml {
  const id = `${target.objective}.${target.number}`;
  return html`<article class="target-card" data-target="${id}" data-role="${target.role}" aria-labelledby="target-${target.objective}-${target.number}">
    ${targetHead(target, lang)}
    <div class="card-fields">${target.fields.map((field) => {
      const model = form.fields.get(fieldKey(field));
      if (model && model.owner === target) return fieldHtml(form, model, lang);
      const ownerId = model ? `${model.owner.objective}.${model.owner.number}` : '';
      return html`<div class="value-field shared" data-field="${fieldKey(field)}">
        <p><span class="field-name">${fieldLabel(field, lang)}</span>: ${valueText(model?.field.value ?? field.value, field.unit, lang)}</p>
        <p class="help">${t('field.shared', { target: ownerId }, lang)}</p>
      </div>`;
    })}</div>
  </article>`;
}

/** A target the department coordinates: read only. */
export function coordinatingCardHtml(target: AssignmentTarget, lang: Lang = getLang()): SafeHtml {
  const id = `${target.objective}.${target.number}`;
  return html`<article class="target-card readonly-card" data-target="${id}" data-role="${target.role}" aria-labelledby="target-${target.objective}-${target.number}">
    ${targetHead(target, lang)}
    <dl class="readonly-fields">${target.fields.map(
      (field) => html`<div class="readonly-row" data-field="${fieldKey(field)}">
        <dt>${fieldLabel(field, lang)}</dt>
        <dd><span class="readonly-value">${valueText(field.value, field.unit, lang)}</span> ${stateBadge(field.state, lang)}</dd>
      </div>`,
    )}</dl>
  </article>`;
}

/** The targets: the ones led (cards with inputs), then the ones coordinated (read only). */
export function targetsHtml(form: ValueForm, lang: Lang = getLang()): SafeHtml {
  const lead = form.data.targets.filter((target) => target.role !== 'coordinating');
  const coordinating = form.data.targets.filter((target) => target.role === 'coordinating');
  return html`<section class="lead-targets" id="lead-targets" aria-labelledby="lead-heading">
      <h2 id="lead-heading">${t('my.lead', undefined, lang)}</h2>
      ${lead.length === 0
        ? html`<p class="empty" id="lead-empty">${t('my.noLead', undefined, lang)}</p>`
        : lead.map((target) => targetCardHtml(form, target, lang))}
    </section>
    ${coordinating.length
      ? html`<section class="coordinating-targets" id="coordinating-targets" aria-labelledby="coordinating-heading">
          <h2 id="coordinating-heading">${t('my.coordinating', undefined, lang)}</h2>
          <p class="help">${t('my.coordinatingHelp', undefined, lang)}</p>
          ${coordinating.map((target) => coordinatingCardHtml(target, lang))}
        </section>`
      : ''}`;
}

// ---- history -----------------------------------------------------------------------------

const ACTION_KEYS: Record<ValueHistoryEntry['action'], MessageKey> = {
  create: 'valueHistory.create',
  update: 'valueHistory.update',
  delete: 'valueHistory.delete',
};

/** A value's history, newest first: version, what changed, who, when (Viet Nam's time), note, upload. */
export function historyListHtml(entries: readonly ValueHistoryEntry[], unit = '', lang: Lang = getLang()): SafeHtml {
  if (entries.length === 0) return html`<p class="empty" id="history-empty">${t('valueHistory.none', undefined, lang)}</p>`;
  const sorted = [...entries].sort((a, b) => b.version - a.version);
  return html`<ol class="history-list" id="history-list" role="list">${sorted.map((entry) => {
    const change =
      entry.action === 'create'
        ? valueText(entry.newValue, unit, lang)
        : entry.action === 'delete'
          ? valueText(entry.oldValue, unit, lang)
          : html`${valueText(entry.oldValue, unit, lang)} <span aria-hidden="true">→</span><span class="sr-only"> ${t('valueHistory.to', undefined, lang)} </span> ${valueText(entry.newValue, unit, lang)}`;
    return html`<li class="history-entry" data-version="${entry.version}" data-action="${entry.action}">
      <p class="history-what"><span class="history-version">${t('valueHistory.version', { version: entry.version }, lang)}</span>
        <span class="history-action">${t(ACTION_KEYS[entry.action] ?? 'valueHistory.update', undefined, lang)}:</span> <span class="history-change">${change}</span></p>
      <p class="history-meta">${t('valueHistory.byAt', { by: entry.by, at: formatInstant(entry.at) }, lang)}${entry.uploadId !== null && entry.uploadId !== undefined
        ? html` · <span class="history-upload" data-upload="${entry.uploadId}">${t('valueHistory.viaUpload', { id: entry.uploadId }, lang)}</span>`
        : ''}</p>
      ${entry.note ? html`<p class="history-note">${t('field.noteLabel', undefined, lang)}: ${entry.note}</p>` : ''}
    </li>`;
  })}</ol>`;
}
