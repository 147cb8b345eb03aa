import { describe, expect, it } from 'vitest';
import type { DraftTarget, PlanContent } from '../src/api/types';
import { addDraftTarget, getPath, missingBeforeIssue, nextPeriod, nextPlanCode, parseInput, removeAt, setPath, targetNumberOf } from '../src/pages/planDraft';

function plan(): PlanContent {
  return {
    titleVi: 'Kế hoạch 2026-2030', titleEn: '', kind: 'five-year', implements: null, startYear: 2026, endYear: 2030, legalBasisVi: '', legalBasisEn: '',
    objectives: [], targets: [], newIndicators: [], activities: [], budgetLines: [], statedTotals: [], calendar: [], duties: [], bodies: [],
  } as PlanContent;
}

function draft(partial: Partial<DraftTarget>): DraftTarget {
  return {
    text: 'Tỷ số giới tính khi sinh ở mức 109 bé trai/100 bé gái vào năm 2030', span: { start: 0, length: 10 },
    value: { number: 109, text: '109', span: { start: 0, length: 3 } }, missing: [], notes: [], ...partial,
  } as DraftTarget;
}

describe('paths into the content', () => {
  it('reads, writes and removes by path', () => {
    const content = plan();
    content.targets.push({ objective: 1, number: '1', indicator: 'SRB', comparator: '<=', value: 110, year: 2030, textVi: '', textEn: '', baselineYear: null, baselineValue: null, lead: [], coordinating: [], source: null, confidence: null });
    expect(setPath(content, 'targets.0.value', 109)).toBe(true);
    expect(getPath(content, 'targets.0.value')).toBe(109);
    expect(setPath(content, 'nothing.0.value', 1)).toBe(false);
    expect(removeAt(content, 'targets.3')).toBe(false);
    expect(removeAt(content, 'targets.0')).toBe(true);
    expect(content.targets).toHaveLength(0);
  });

  it('parses numbers the Vietnamese way, lists and optional text', () => {
    expect(parseInput('12,5', 'number')).toBe(12.5);
    expect(parseInput('', 'number')).toBeNull();
    expect(parseInput('abc', 'number')).toBeNull();
    expect(parseInput('DOH, DOLISA;WU', 'list')).toEqual(['DOH', 'DOLISA', 'WU']);
    expect(parseInput(' ', 'optional')).toBeNull();
    expect(parseInput('x', undefined)).toBe('x');
  });
});

describe('a confirmed draft target', () => {
  it('goes under the objective of its heading, created once, with its number, comparator and year', () => {
    const content = plan();
    const heading = 'Mục tiêu 4: Trong lĩnh vực y tế';
    addDraftTarget(content, draft({ objective: heading, label: 'Chỉ tiêu 1', comparator: { comparator: '<=', source: 'phrase' }, year: { year: 2030, source: 'sentence' }, indicator: { code: 'SRB', nameVi: '', unit: 'ratio', direction: 'lower', score: 1, confidence: 'high', matched: [], alternatives: [] } }), 'health');
    addDraftTarget(content, draft({ objective: heading, label: 'Chỉ tiêu 1', value: { number: 30, text: '30', span: { start: 0, length: 2 } } }), 'health');

    expect(content.objectives).toEqual([{ number: 1, domain: 'health', titleVi: heading, titleEn: '' }]);
    expect(content.targets.map((t) => [t.objective, t.number, t.indicator, t.comparator, t.value, t.year])).toEqual([
      [1, '1', 'SRB', '<=', 109, 2030],
      [1, '2', '', '>=', 30, 2030],
    ]);
  });

  it('reads the number of its label', () => {
    expect(targetNumberOf('Chỉ tiêu 2a')).toBe('2a');
    expect(targetNumberOf(null)).toBeNull();
  });
});

describe('the next plan', () => {
  it('has the next period, as long, and its code follows', () => {
    expect(nextPeriod(2021, 2025)).toEqual({ startYear: 2026, endYear: 2030 });
    expect(nextPeriod(2018, 2018)).toEqual({ startYear: 2019, endYear: 2019 });
    expect(nextPlanCode('NB-2021-2025', { startYear: 2021, endYear: 2025 }, { startYear: 2026, endYear: 2030 })).toBe('NB-2026-2030');
    expect(nextPlanCode('BS-2018', { startYear: 2018, endYear: 2018 }, { startYear: 2019, endYear: 2019 })).toBe('BS-2019');
    expect(nextPlanCode('X', { startYear: 2021, endYear: 2025 }, { startYear: 2026, endYear: 2030 })).toBe('X-2026-2030');
  });
});

describe('before issuing', () => {
  it('names an empty plan, a target with no indicator and a year outside the period', () => {
    const content = plan();
    expect(missingBeforeIssue(content)).toEqual([{ key: 'missing.content' }]);
    content.targets.push({ objective: 1, number: '1', indicator: '', comparator: '>=', value: 1, year: 2031, textVi: '', textEn: '', baselineYear: null, baselineValue: null, lead: [], coordinating: [], source: null, confidence: null });
    expect(missingBeforeIssue(content)).toEqual([{ key: 'missing.indicator', target: 1 }, { key: 'missing.year', target: 1 }]);
  });
});
