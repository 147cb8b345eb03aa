import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../src/api/types';
import { groupPlans } from '../src/pages/plans';

function plan(code: string, areaCode: string, areaNameVi: string, areaLevel: number, startYear: number, endYear: number, kind: PlanSummary['kind'] = 'five-year'): PlanSummary {
  return {
    code,
    kind,
    areaCode, areaUnit: areaCode,
    areaNameVi,
    areaNameEn: areaNameVi.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'),
    areaLevel,
    startYear,
    endYear,
    titleVi: `Kế hoạch ${code}`,
    titleEn: `Plan ${code}`,
    legalBasisVi: '',
    legalBasisEn: '',
    documentRef: null,
    targetCount: 1, status: 'issued', version: 1,
  };
}

const plans: PlanSummary[] = [
  { ...plan('BS-2018', '381', 'Thị xã Bỉm Sơn', 2, 2018, 2018, 'annual'), parentAreaCode: '38', parentAreaNameVi: 'Tỉnh Thanh Hóa', parentAreaNameEn: 'Thanh Hoa Province' },
  plan('NB-2021-2025', '37', 'Ninh Bình', 1, 2021, 2025),
  plan('VN-2021-2030', 'VN', 'Việt Nam', 0, 2021, 2030, 'strategy'),
  plan('TN-2017', '19', 'Thái Nguyên', 1, 2017, 2017, 'annual'),
  plan('QN-2011-2015', '22', 'Quảng Ninh', 1, 2011, 2015),
  plan('VN-2011-2020', 'VN', 'Việt Nam', 0, 2011, 2020, 'strategy'),
  plan('PT-2016-2020', '25', 'Phú Thọ', 1, 2016, 2020),
  plan('NB-2021', '37', 'Ninh Bình', 1, 2021, 2021, 'annual'),
  plan('NB-2021-2025-B', '37', 'Ninh Bình', 1, 2021, 2025, 'strategy'),
];

describe('groupPlans', () => {
  it('puts the country first, then provinces by name, then lower levels', () => {
    const groups = groupPlans(plans, 'vi');
    expect(groups.map((g) => g.areaCode)).toEqual(['VN', '37', '25', '22', '19', '381']);
  });

  it('sorts area names by the language shown', () => {
    const areas = [plan('A', 'a', 'Đắk Lắk', 1, 2020, 2020), plan('B', 'b', 'Điện Biên', 1, 2020, 2020), plan('C', 'c', 'Cà Mau', 1, 2020, 2020), plan('D', 'd', 'Gia Lai', 1, 2020, 2020)];
    // Vietnamese order puts Đ after D (here: after Cà Mau, before Gia Lai).
    expect(groupPlans(areas, 'vi').map((g) => g.areaNameVi)).toEqual(['Cà Mau', 'Đắk Lắk', 'Điện Biên', 'Gia Lai']);
    expect(groupPlans(areas, 'en').map((g) => g.areaNameEn)).toEqual(['Ca Mau', 'Dak Lak', 'Dien Bien', 'Gia Lai']);
  });

  it('groups an area\'s plans by period, oldest first', () => {
    const vn = groupPlans(plans, 'vi')[0]!;
    expect(vn.periods.map((p) => [p.startYear, p.endYear])).toEqual([
      [2011, 2020],
      [2021, 2030],
    ]);
    const nb = groupPlans(plans, 'vi').find((g) => g.areaCode === '37')!;
    expect(nb.periods.map((p) => [p.startYear, p.endYear])).toEqual([
      [2021, 2021],
      [2021, 2025],
    ]);
  });

  it('keeps plans of the same period together, strategy before five-year before annual', () => {
    const nb = groupPlans(plans, 'vi').find((g) => g.areaCode === '37')!;
    const fiveYear = nb.periods.find((p) => p.endYear === 2025)!;
    expect(fiveYear.plans.map((p) => p.code)).toEqual(['NB-2021-2025-B', 'NB-2021-2025']);
  });

  it('returns nothing for no plans and does not change its input', () => {
    expect(groupPlans([], 'vi')).toEqual([]);
    const copy = plans.map((p) => p.code);
    groupPlans(plans, 'en');
    expect(plans.map((p) => p.code)).toEqual(copy);
  });
});

describe('a town or commune plan', () => {
  it('is listed with the province it sits in', () => {
    const groups = groupPlans(plans, 'vi');
    expect(groups.find((g) => g.areaCode === '381')?.parent).toEqual({ code: '38', nameVi: 'Tỉnh Thanh Hóa', nameEn: 'Thanh Hoa Province' });
    expect(groups.find((g) => g.areaCode === '37')?.parent).toBeNull();
  });
});
