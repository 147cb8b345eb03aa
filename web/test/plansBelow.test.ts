import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../src/api/types';
import { setLang } from '../src/i18n';
import { plansBelowHtml } from '../src/pages/plan';

function summary(code: string, areaNameVi: string, status: PlanSummary['status']): PlanSummary {
  return {
    code, kind: 'annual', areaCode: '381', areaUnit: '381', areaNameVi, areaNameEn: areaNameVi, areaLevel: 2, startYear: 2018, endYear: 2018,
    titleVi: `Kế hoạch ${code}`, titleEn: `Plan ${code}`, legalBasisVi: '', legalBasisEn: '', documentRef: null,
    targetCount: 0, status, version: status === 'draft' ? 0 : 1,
  };
}

describe('plansBelowHtml', () => {
  it('lists each plan below with its area, period, status and why it is there', () => {
    setLang('vi');
    const text = String(plansBelowHtml([
      { plan: summary('BS-2018', 'Thị xã Bỉm Sơn', 'issued'), relation: 'below' },
      { plan: summary('XA-2026', 'Xã Gia Viễn', 'draft'), relation: 'implements' },
    ]));

    expect(text).toContain('data-plan="BS-2018"');
    expect(text).toContain('Thị xã Bỉm Sơn · 2018');
    expect(text).toMatch(/data-plan="BS-2018"[^]*đã ban hành[^]*do cấp dưới ban hành/);
    expect(text).toMatch(/data-plan="XA-2026"[^]*dự thảo[^]*thực hiện kế hoạch này/);
  });

  it('shows nothing when no plan is below', () => {
    expect(String(plansBelowHtml([]))).toBe('');
  });
});
