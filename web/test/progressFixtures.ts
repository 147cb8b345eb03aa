// Small, hand-made answers of the progress endpoints (the shapes of /api/plans/{code}/progress,
// /api/indicators/{code}/progress and /api/indicators/{code}/ranking).
import type { IndicatorProgress, PlanProgress, Ranking, StatusCounts, TargetProgress } from '../src/api/types';

export function counts(over: Partial<StatusCounts> = {}): StatusCounts {
  return {
    achieved: 0, on_track: 0, acceleration_needed: 0, limited_progress: 0, regressing: 0,
    insufficient_data: 0, no_data: 0, not_achieved: 0, implausible: 0, ...over,
  };
}

export function targetProgress(over: Partial<TargetProgress> = {}): TargetProgress {
  return {
    objective: 4, number: '1', indicatorCode: 'SRB', indicatorNameVi: 'Tỷ số giới tính khi sinh', indicatorNameEn: 'Sex ratio at birth',
    textVi: 'Tỷ số giới tính khi sinh không quá 111 bé trai/100 bé gái', textEn: 'Sex ratio at birth at most 111 boys per 100 girls', comparator: '<=', value: 111, year: 2025, unit: 'boys_per_100_girls', unitVi: 'bé trai/100 bé gái', unitEn: 'boys per 100 girls',
    decimals: 1, leadAgencies: ['DOH'], status: 'achieved', ratio: null,
    baseline: { year: 2021, value: 111.279 }, latest: { year: 2025, value: 109.928 }, projected: 109.928, implausible: false,
    series: [
      { year: 2021, value: 111.279 }, { year: 2022, value: 111.355 }, { year: 2023, value: 111.404 },
      { year: 2024, value: 109.764 }, { year: 2025, value: 109.928 },
    ],
    ...over,
  };
}

export const mmr = targetProgress({
  number: '2', indicatorCode: 'MMR', indicatorNameVi: 'Tỷ số tử vong mẹ', indicatorNameEn: 'Maternal mortality ratio', value: 28,
  unit: 'per_100k_live_births', unitVi: 'trên 100.000 trẻ đẻ sống', unitEn: 'per 100,000 live births',
  status: 'regressing', ratio: -1.97, baseline: { year: 2021, value: 44.7 }, latest: { year: 2023, value: 60.2 }, projected: 77.8,
  series: [{ year: 2021, value: 44.7 }, { year: 2022, value: 50.1 }, { year: 2023, value: 60.2 }],
});

export const leaders = targetProgress({
  objective: 1, number: '1', indicatorCode: 'WOMEN_KEY_LEADERS', indicatorNameVi: 'Tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ',
  indicatorNameEn: 'Share of agencies with a female key leader', comparator: '>=', value: 60, unit: 'percent', unitVi: 'phần trăm (%)', unitEn: 'percent',
  leadAgencies: ['DOHA'], status: 'acceleration_needed', ratio: 0.89, baseline: { year: 2021, value: 46.06 }, latest: { year: 2025, value: 58.5 },
  projected: 58.5, series: [{ year: 2021, value: 46.06 }, { year: 2023, value: 52 }, { year: 2025, value: 58.5 }],
});

export const abr = targetProgress({
  number: '3', indicatorCode: 'ADOLESCENT_BIRTH_RATE', indicatorNameVi: 'Tỷ suất sinh ở vị thành niên <b>', indicatorNameEn: 'Adolescent birth rate',
  value: 15.5, unit: 'births_per_1000_women_15_19', unitVi: 'ca sinh/1.000 phụ nữ 15-19 tuổi', unitEn: 'births per 1,000 women aged 15-19',
  status: 'acceleration_needed', ratio: 0.42, baseline: { year: 2021, value: 21.2 }, latest: { year: 2025, value: 18.8 }, projected: 18.8,
  series: [{ year: 2021, value: 21.2 }, { year: 2025, value: 18.8 }],
});

export const curriculum = targetProgress({
  objective: 5, number: '1', indicatorCode: 'GENDER_CURRICULUM', indicatorNameVi: 'Nội dung về giới trong chương trình', indicatorNameEn: 'Gender content in the curriculum',
  comparator: '=', value: 1, unit: 'yes_no', unitVi: 'có/không', unitEn: 'yes/no', decimals: 0, leadAgencies: ['DOET'], status: 'not_achieved',
  baseline: { year: 2021, value: 0 }, latest: { year: 2025, value: 0 }, projected: null, series: [{ year: 2021, value: 0 }, { year: 2025, value: 0 }],
});

export const noData = targetProgress({
  objective: 5, number: '2', indicatorCode: 'EMPTY', indicatorNameVi: 'Chưa có số liệu', indicatorNameEn: 'Nothing yet', unit: 'percent',
  status: 'no_data', ratio: null, baseline: null, latest: null, projected: null, series: [],
});

export function planProgress(over: Partial<PlanProgress> = {}): PlanProgress {
  return {
    plan: 'NB-2021-2025', area: '37', method: 'unsd', approvedOnly: true,
    counts: counts({ achieved: 1, acceleration_needed: 2, regressing: 1, not_achieved: 1, no_data: 1 }),
    objectives: [
      { key: '1', nameVi: 'Trong lĩnh vực chính trị', nameEn: 'In politics', counts: counts({ acceleration_needed: 1 }) },
      { key: '4', nameVi: 'Trong lĩnh vực y tế', nameEn: 'In health', counts: counts({ achieved: 1, acceleration_needed: 1, regressing: 1 }) },
      { key: '5', nameVi: 'Giáo dục <script>', nameEn: 'Education', counts: counts({ not_achieved: 1, no_data: 1 }) },
    ],
    agencies: [
      { key: 'DOH', nameVi: 'Sở Y tế', nameEn: 'Department of Health', counts: counts({ achieved: 1, acceleration_needed: 1, regressing: 1 }) },
      { key: 'DOHA', nameVi: 'Sở Nội vụ', nameEn: 'Department of Home Affairs', counts: counts({ acceleration_needed: 1 }) },
      { key: 'DOET', nameVi: 'Sở Giáo dục và Đào tạo', nameEn: 'Department of Education and Training', counts: counts({ not_achieved: 1, no_data: 1 }) },
    ],
    targets: [leaders, targetProgress(), mmr, abr, curriculum, noData],
    ...over,
  };
}

export function indicatorProgress(over: Partial<IndicatorProgress> = {}): IndicatorProgress {
  const point = (period: string, sex: 'F' | 'M' | '_T', value: number | null) => ({
    period, sex, value, numerator: null, denominator: null, origin: 'computed' as const, contributing: 8, childCount: 8,
  });
  return {
    indicator: 'SRB', area: '37', approvedOnly: true,
    series: [
      point('2016', '_T', 115.3596), point('2017', '_T', 114.166), point('2018', '_T', null), point('2019', '_T', 113.896),
      point('2020', '_T', 112.55), point('2021', '_T', 111.279), point('2022', '_T', 111.355), point('2023', '_T', 111.404),
      point('2023S1', '_T', 130), // half-years are not on the yearly chart
      point('2021', 'F', 100), point('2023', 'F', 101.25), point('2021', 'M', 120), point('2022', 'M', 121), point('2023', 'M', 119.5),
    ],
    goals: [
      { planCode: 'VN-2011-2020', planTitleVi: 'Chiến lược 2011-2020', planTitleEn: 'Strategy 2011-2020', planAreaCode: 'VN', planAreaNameVi: 'Việt Nam', planAreaNameEn: 'Viet Nam', comparator: '<=', value: 115, year: 2020 },
      { planCode: 'VN-2021-2030', planTitleVi: 'Chiến lược 2021-2030', planTitleEn: 'Strategy 2021-2030', planAreaCode: 'VN', planAreaNameVi: 'Việt Nam', planAreaNameEn: 'Viet Nam', comparator: '<=', value: 111, year: 2025 },
      { planCode: 'NB-2021-2025', planTitleVi: 'Kế hoạch Ninh Bình', planTitleEn: 'Ninh Bình plan', planAreaCode: '37', planAreaNameVi: 'Ninh Bình', planAreaNameEn: 'Ninh Binh', comparator: '<=', value: 111, year: 2025 },
    ],
    projection: {
      planCode: 'NB-2021-2025', targetYear: 2025, targetValue: 111, status: 'on_track', ratio: 0.97,
      baseline: { year: 2021, value: 111.279 }, latest: { year: 2023, value: 111.404 }, implausible: false,
      points: [{ year: 2023, value: 111.404 }, { year: 2024, value: 111.466 }, { year: 2025, value: 111.529 }],
    },
    ...over,
  };
}

export function ranking(over: Partial<Ranking> = {}): Ranking {
  return {
    indicator: 'SRB', area: '37', year: 2025, comparator: '<=', target: 111, targetYear: 2025,
    areas: [
      { code: '373', nameVi: 'Huyện Gia Viễn', nameEn: 'Gia Vien district', value: 114.706, gap: 3.706, status: 'regressing' },
      { code: '370', nameVi: 'Thành phố <Tam Điệp>', nameEn: 'Tam Diep city', value: 112.136, gap: 1.136, status: 'acceleration_needed' },
      { code: '369', nameVi: 'Thành phố Ninh Bình', nameEn: 'Ninh Binh city', value: 109.507, gap: 0, status: 'achieved' },
      { code: '377', nameVi: 'Huyện Yên Mô', nameEn: 'Yen Mo district', value: null, gap: null, status: 'no_data' },
    ],
    ...over,
  };
}
