// The plan editor's pure logic: editing the draft's content by path, turning a draft target read from the
// pasted objectives into a target of the plan, the next period for "copy as next plan", and what is
// still missing before the plan can be issued. No DOM, no API: unit-tested in planDraft.test.ts.

import type { DraftTarget, PlanContent, PlanContentObjective, PlanContentTarget } from '../api/types';

/** A path into the content: 'targets.0.value' (dot-separated; numbers index arrays). */
export function getPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Sets the value at a path (the containers must exist); returns false when they do not. */
export function setPath(root: unknown, path: string, value: unknown): boolean {
  const keys = path.split('.');
  const last = keys.pop();
  const parent = keys.length === 0 ? root : getPath(root, keys.join('.'));
  if (last === undefined || parent === null || typeof parent !== 'object') return false;
  (parent as Record<string, unknown>)[last] = value;
  return true;
}

/** Removes the item a path names from its array ('targets.1'); returns false when it names none. */
export function removeAt(root: unknown, path: string): boolean {
  const keys = path.split('.');
  const index = Number(keys.pop());
  const list = getPath(root, keys.join('.'));
  if (!Array.isArray(list) || !Number.isInteger(index) || index < 0 || index >= list.length) return false;
  list.splice(index, 1);
  return true;
}

/** What an input's text becomes in the content: a number ('' → null), a list ('DOH, DOLISA'), or text. */
export function parseInput(text: string, type: string | undefined): unknown {
  switch (type) {
    case 'number': {
      const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
      if (normalized === '') return null;
      const number = Number(normalized);
      return Number.isFinite(number) ? number : null;
    }
    case 'list':
      return text
        .split(/[,;]/)
        .map((part) => part.trim())
        .filter((part) => part !== '');
    case 'optional':
      return text.trim() === '' ? null : text;
    default:
      return text;
  }
}

/** The next free number of a list of numbered items. */
export function nextNumber(numbers: readonly number[]): number {
  return numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
}

/** 'Chỉ tiêu 3' → '3'; 'Chỉ tiêu 2a' → '2a'; anything else → null. */
export function targetNumberOf(label: string | null | undefined): string | null {
  const match = /(\d+[a-z]?)\s*$/i.exec(label ?? '');
  return match ? match[1]! : null;
}

/**
 * Adds a confirmed draft target to the content: under the objective whose title is the draft's objective
 * heading (created when the plan has none of that title, in the domain given), with the draft's number
 * (or the next free one under that objective), indicator, comparator, value and year (the plan's end year
 * when the text names none). Returns the target added.
 */
export function addDraftTarget(content: PlanContent, draft: DraftTarget, domain: string): PlanContentTarget {
  const heading = (draft.objective ?? '').trim();
  let objective: PlanContentObjective | undefined = heading
    ? content.objectives.find((o) => o.titleVi.trim() === heading)
    : content.objectives[content.objectives.length - 1];
  if (!objective) {
    objective = {
      number: nextNumber(content.objectives.map((o) => o.number)),
      domain,
      titleVi: heading || 'Mục tiêu',
      titleEn: '',
    };
    content.objectives.push(objective);
  }
  const under = content.targets.filter((t) => t.objective === objective.number);
  const year = draft.year?.year ?? content.endYear;
  let number = targetNumberOf(draft.label);
  if (number === null || under.some((t) => t.number === number && t.year === year)) {
    number = String(nextNumber(under.map((t) => Number.parseInt(t.number, 10)).filter(Number.isFinite)));
  }
  const target: PlanContentTarget = {
    objective: objective.number,
    number,
    indicator: draft.indicator?.code ?? '',
    comparator: draft.comparator?.comparator ?? (draft.indicator?.direction === 'lower' ? '<=' : '>='),
    value: draft.value.number,
    year,
    textVi: draft.text.slice(0, 1000),
    textEn: '',
    baselineYear: null,
    baselineValue: null,
    lead: [],
    coordinating: [],
    source: null,
    confidence: null,
  };
  content.targets.push(target);
  return target;
}

/** The period after this one, as long: 2021–2025 → 2026–2030; 2018 → 2019. */
export function nextPeriod(startYear: number, endYear: number): { startYear: number; endYear: number } {
  const length = endYear - startYear + 1;
  return { startYear: endYear + 1, endYear: endYear + length };
}

/** The next plan's code: the period in the code moved ('NB-2021-2025' → 'NB-2026-2030'), else the new period appended. */
export function nextPlanCode(code: string, from: { startYear: number; endYear: number }, to: { startYear: number; endYear: number }): string {
  const span = `${from.startYear}-${from.endYear}`;
  if (code.includes(span)) return code.replace(span, `${to.startYear}-${to.endYear}`);
  if (from.startYear === from.endYear && code.includes(String(from.startYear))) return code.replace(String(from.startYear), String(to.startYear));
  return `${code}-${to.startYear === to.endYear ? to.startYear : `${to.startYear}-${to.endYear}`}`;
}

/** Why the draft cannot be issued yet, as message keys with their item (the API checks again, fully). */
export type Missing = { key: 'missing.content' } | { key: 'missing.indicator'; target: number } | { key: 'missing.year'; target: number };

export function missingBeforeIssue(content: PlanContent): Missing[] {
  const missing: Missing[] = [];
  const targets = content.targets;
  if (targets.length === 0 && content.activities.length === 0) missing.push({ key: 'missing.content' });
  targets.forEach((target, index) => {
    if (!target.indicator) missing.push({ key: 'missing.indicator', target: index + 1 });
    if (target.year < content.startYear || target.year > content.endYear) missing.push({ key: 'missing.year', target: index + 1 });
  });
  return missing;
}
