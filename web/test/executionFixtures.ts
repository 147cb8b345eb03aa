// Shared test data for plan execution: activities, budget, implementation reports, the roster (the shapes the API answers).
import type { ActivityReport, CompletionFigures, MyActivities, OwedReport, PlanActivity, PlanBudget, PlanExecution, PlanSummary, ReportRoster } from '../src/api/types';

const body = (code: string, nameVi: string, nameEn: string, kind: PlanActivity['lead'][number]['kind'] = 'department') => ({ code, kind, nameVi, nameEn });

export const WU = body('WU', 'Hội Liên hiệp Phụ nữ tỉnh', "Provincial Women's Union", 'mass-organisation');
export const DOLISA = body('DOLISA', 'Sở Lao động - Thương binh và Xã hội', 'Department of Labour, Invalids and Social Affairs');

export function planActivity(over: Partial<PlanActivity> = {}): PlanActivity {
  return {
    number: 'III.1.4', domain: 'family-gbv', objective: 3, textVi: 'Tổ chức Tháng hành động vì bình đẳng giới', textEn: 'Hold the Action Month for gender equality',
    timing: 'window', start: '2025-11-15', end: '2025-12-15', due: null, lead: [DOLISA], coordinating: [WU], seed: '004.txt', seedSentence: 'Hằng năm, tổ chức…',
    outputs: [
      { number: 1, textVi: 'Tập huấn cán bộ cơ sở', textEn: 'Training of grassroots staff', quantity: 4, unit: 'class', bySex: false, per: null, communes: [] },
      { number: 2, textVi: 'Người được tập huấn', textEn: 'People trained', quantity: null, unit: 'person', bySex: true, per: null, communes: [] },
    ],
    ...over,
  };
}

/** Ninh Bình, 2025: DOLISA leads III.1.4 (coordinated by WU), WU leads V.19.2 (no outputs), DOH leads IV.1 (not WU's). */
export function nbActivities(): PlanActivity[] {
  return [
    planActivity(),
    planActivity({
      number: 'V.19.2', domain: 'politics', objective: null, textVi: 'Hội LHPN tỉnh chủ động đề xuất chính sách', textEn: "The Women's Union proposes policies",
      timing: 'period', start: '2021-01-01', end: '2025-12-31', lead: [WU], coordinating: [], outputs: [],
    }),
    planActivity({ number: 'IV.1', domain: 'health', textVi: 'Y tế', textEn: 'Health', timing: 'year', start: '2025-01-01', end: '2025-12-31', lead: [body('DOH', 'Sở Y tế', 'Department of Health')], coordinating: [], outputs: [] }),
    planActivity({ number: 'II.1', domain: 'communication', textVi: 'Truyền thông 2022', textEn: 'Communication 2022', timing: 'year', start: '2022-01-01', end: '2022-12-31', lead: [WU], coordinating: [], outputs: [] }),
  ];
}

export function activityReport(over: Partial<ActivityReport> = {}): ActivityReport {
  return {
    plan: 'NB-2021-2025', area: '37', body: 'WU', bodyNameVi: 'Hội Liên hiệp Phụ nữ tỉnh', bodyNameEn: "Provincial Women's Union", kind: 'action-month', period: '2025',
    recipient: null, due: '2025-12-15', lockDate: '2025-12-30', locked: false, state: null, version: 0, results: null, difficulties: null, proposals: null,
    items: [], enteredBy: null, enteredAt: null, submittedAt: null, onTime: null, reviewedBy: null, reviewedAt: null, comment: null,
    ...over,
  };
}

/** A draft with an item for each of WU's activities: III.1.4 with outputs (by sex and not) and money, V.19.2 done. */
export function filedReport(over: Partial<ActivityReport> = {}): ActivityReport {
  return activityReport({
    state: 'draft', version: 2, results: 'Tổ chức 12 buổi truyền thông', difficulties: 'Kinh phí <ít>', proposals: null, enteredBy: 'wu', enteredAt: '2025-12-01T03:00:00Z',
    items: [
      {
        activity: 'III.1.4', status: 'in-progress', note: 'Còn 1 lớp',
        outputs: [{ number: 1, sex: '_T', achieved: 3 }, { number: 2, sex: 'F', achieved: 60 }, { number: 2, sex: 'M', achieved: 25 }],
        additionalOutputs: [],
        spent: [{ source: 'provincial', amount: 12.5 }],
      },
      { activity: 'V.19.2', status: 'done', note: null, outputs: [], additionalOutputs: [], spent: [] },
    ],
    ...over,
  });
}

export function myActivities(over: Partial<MyActivities> = {}): MyActivities {
  return {
    plan: 'NB-2021-2025', year: 2025, area: '37', body: 'WU',
    activities: [
      { number: 'V.19.2', domain: 'politics', textVi: 'Hội LHPN tỉnh chủ động đề xuất chính sách', textEn: "The Women's Union proposes policies", role: 'lead', start: '2021-01-01', end: '2025-12-31', due: null, outputs: [] },
      {
        number: 'III.1.4', domain: 'family-gbv', textVi: 'Tổ chức Tháng hành động vì bình đẳng giới', textEn: 'Hold the Action Month for gender equality', role: 'coordinating',
        start: '2025-11-15', end: '2025-12-15', due: null,
        outputs: [{ number: 2, textVi: 'Người được tập huấn', textEn: 'People trained', quantity: null, unit: 'person', bySex: true }],
      },
    ],
    reports: [
      { kind: 'action-month', period: '2025', due: '2025-12-15', lockDate: '2025-12-30', recipient: null, state: null, locked: false },
      { kind: 'year', period: '2025', due: '2025-12-10', lockDate: '2025-12-25', recipient: 'DOLISA', state: 'submitted', locked: false },
    ],
    ...over,
  };
}

export function owedReport(over: Partial<OwedReport> = {}): OwedReport {
  return {
    area: '37', body: 'WU', bodyNameVi: 'Hội Liên hiệp Phụ nữ tỉnh', bodyNameEn: "Provincial Women's Union", kind: 'action-month', period: '2025', due: '2025-12-15',
    lockDate: '2025-12-30', recipient: null, recipientNameVi: null, recipientNameEn: null, state: null, submittedAt: null, reported: false, onTime: null, late: false,
    ...over,
  };
}

/** Late first, as the API orders it: DCS's annual report is late; a district committee reports from its own area. */
export function roster(over: Partial<ReportRoster> = {}): ReportRoster {
  return {
    plan: 'NB-2021-2025', today: '2025-12-12', owed: 4, reported: 2, onTime: 1, late: 2,
    reports: [
      owedReport({ body: 'DCS', bodyNameVi: 'Sở <Văn hóa>', bodyNameEn: 'Department of Culture', kind: 'year', due: '2025-12-10', recipient: 'DOLISA', recipientNameVi: 'Sở LĐTBXH', recipientNameEn: 'DOLISA', late: true }),
      owedReport({ body: 'DOH', bodyNameVi: 'Sở Y tế', bodyNameEn: 'Department of Health', kind: 'year', due: '2025-12-10', state: 'approved', reported: true, submittedAt: '2025-12-11T02:00:00Z', onTime: false, late: true }),
      owedReport({ state: 'submitted', reported: true, submittedAt: '2025-12-11T02:00:00Z', onTime: true }),
      owedReport({ area: '369', body: 'DISTRICT-PC', bodyNameVi: 'UBND huyện', bodyNameEn: 'District committee', state: 'draft' }),
    ],
    ...over,
  };
}

/** Quảng Ninh 2012–2015 (shortened): the printed total 10,050 leaves out line V (90). */
export function qnBudget(): PlanBudget {
  const amounts = (planned: [number, number][]) => planned.map(([year, value]) => ({ year, source: 'provincial' as const, planned: value }));
  return {
    plan: 'QN-2011-2015', unit: 'million VND',
    formula: 'Tổng do hệ thống tính = cộng các dòng cấp cao nhất. / Computed totals add up the top-level lines.',
    lines: [
      { line: 'I', parent: null, titleVi: 'Dự án 1', leadAgency: null, amounts: amounts([[2013, 5000], [2014, 5050]]), total: 10050 },
      { line: 'I.1', parent: 'I', titleVi: 'Tuyên truyền', leadAgency: 'DIC', amounts: amounts([[2013, 5000], [2014, 5050]]), total: 10050 },
      { line: 'V', parent: null, titleVi: 'Hoạt động kiểm tra, đánh giá', leadAgency: 'DOLISA', amounts: amounts([[2013, 40], [2014, 50]]), total: 90 },
    ],
    computed: {
      total: 10140,
      byYear: [{ year: 2013, amount: 5040 }, { year: 2014, amount: 5100 }],
      bySource: [{ source: 'central', amount: 0 }, { source: 'provincial', amount: 10140 }, { source: 'other', amount: 0 }],
    },
    stated: [
      { scope: 'total', year: null, source: null, line: null, stated: 10050, computed: 10140, difference: 90, explainedBy: ['V'], seedSentence: 'Tổng cộng 10.050' },
      { scope: 'year', year: 2013, source: null, line: null, stated: 5000, computed: 5040, difference: 40, explainedBy: ['V'], seedSentence: 'Tổng cộng' },
      { scope: 'source', year: 2014, source: 'provincial', line: null, stated: 5100, computed: 5100, difference: 0, explainedBy: [], seedSentence: 'Tổng cộng' },
    ],
    subLineDifferences: [],
  };
}

export const bsPlan: PlanSummary = {
  code: 'BS-2018', kind: 'annual', areaCode: '381', areaUnit: '381', areaNameVi: 'Thị xã Bỉm Sơn', areaNameEn: 'Bim Son town', areaLevel: 2,
  startYear: 2018, endYear: 2018, titleVi: 'Kế hoạch Bỉm Sơn 2018', titleEn: 'Bỉm Sơn plan 2018', legalBasisVi: '', legalBasisEn: '', documentRef: null, targetCount: 0, status: 'issued', version: 1,
};

export const nbPlan: PlanSummary = {
  code: 'NB-2021-2025', kind: 'five-year', areaCode: '37', areaUnit: '37', areaNameVi: 'Tỉnh Ninh Bình', areaNameEn: 'Ninh Binh province', areaLevel: 1,
  startYear: 2021, endYear: 2025, titleVi: 'Kế hoạch Ninh Bình', titleEn: 'Ninh Bình plan', legalBasisVi: '', legalBasisEn: '', documentRef: null, targetCount: 23, status: 'issued', version: 1,
};

const figures = (planned: number, done: number, postponed = 0, cancelled = 0): CompletionFigures => {
  const due = planned - cancelled;
  return { planned, done, inProgress: 0, notStarted: 0, postponed, cancelled, notReported: planned - done - postponed - cancelled, due, completion: due ? Math.round((1000 * done) / due) / 10 : null };
};

/** What GET /api/plans/NB-2021-2025/execution?period=2025 answers over nbActivities(): 2 done, 1 postponed, 1 not reported. */
export function planExecution(over: Partial<PlanExecution> = {}): PlanExecution {
  return {
    plan: 'NB-2021-2025', period: 2025, formula: 'Tỷ lệ hoàn thành = số hoạt động đã hoàn thành ÷ (số có kế hoạch − bị hủy bỏ) / Completion = done ÷ (planned − cancelled)',
    approvedReports: 3,
    overall: figures(4, 2, 1),
    domains: [
      { domain: 'politics', nameVi: 'Chính trị', nameEn: 'Politics', figures: figures(1, 1) },
      { domain: 'family-gbv', nameVi: 'Gia đình', nameEn: 'Family', figures: figures(1, 1) },
      { domain: 'health', nameVi: 'Y tế', nameEn: 'Health', figures: figures(1, 0, 1) },
      { domain: 'communication', nameVi: 'Truyền thông', nameEn: 'Communication', figures: figures(1, 0) },
    ],
    activities: [
      { number: 'III.1.4', domain: 'family-gbv', status: 'done' },
      { number: 'V.19.2', domain: 'politics', status: 'done' },
      { number: 'IV.1', domain: 'health', status: 'postponed' },
      { number: 'II.1', domain: 'communication', status: null },
    ],
    budget: {
      unit: 'million VND', planned: 200, spent: 50, execution: 25,
      sources: [
        { source: 'central', planned: 0, spent: 0, execution: null },
        { source: 'provincial', planned: 200, spent: 50, execution: 25 },
        { source: 'other', planned: 0, spent: 0, execution: null },
      ],
    },
    ...over,
  };
}
