// Shapes of the EqualityTracker API (JSON, camelCase). Keep in step with the API's OpenAPI document.

export type Comparator = '>=' | '>' | '<=' | '<' | '=';
export type PlanKind = 'strategy' | 'five-year' | 'annual';
export type Direction = 'higher' | 'lower';

/** RFC 9457 problem details, as the API returns them for errors. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
}

export interface Area {
  code: string;
  parentCode: string | null;
  /** Depth below the country: 0 country, 1 province, 2 district, ... (never hard-code how many). */
  level: number;
  kindVi: string;
  nameVi: string;
  nameEn: string;
  childCount: number;
}

export interface AreaRef {
  code: string;
  nameVi: string;
  nameEn: string;
  level: number;
}

export interface AreaDetail extends Area {
  /** Root first. */
  ancestors: AreaRef[];
  children: Area[];
}

/** What GET /api/areas/{code} sends; the client flattens it into an AreaDetail. */
export interface AreaResponse {
  area: Area;
  ancestors: AreaRef[];
  children: Area[];
}

export interface Agency {
  code: string;
  nameVi: string;
  nameEn: string;
}

export interface PlanSummary {
  code: string;
  kind: PlanKind;
  areaCode: string;
  areaNameVi: string;
  areaNameEn: string;
  areaLevel: number;
  startYear: number;
  endYear: number;
  titleVi: string;
  titleEn: string;
  legalBasisVi: string;
  legalBasisEn: string;
  documentRef: string | null;
  targetCount: number;
}

export interface ReportingEvent {
  code: string;
  kind: 'deadline' | 'window';
  periodType: 'half-year' | 'year' | null;
  month: number;
  day: number;
  endMonth: number | null;
  endDay: number | null;
  nameVi: string;
  nameEn: string;
}

export interface Target {
  planCode: string;
  objective: number;
  /** As the plan numbers it: '1', '2a', ... */
  number: string;
  indicatorCode: string;
  indicatorNameVi: string;
  indicatorNameEn: string;
  domain: string;
  comparator: Comparator;
  value: number;
  year: number;
  /** Unit code, e.g. 'percent', 'boys_per_100_girls', 'yes_no'. */
  unit: string;
  unitVi: string;
  unitEn: string;
  textVi: string;
  textEn: string;
  /** Agency codes. */
  leadAgencies: string[];
  coordinatingAgencies: string[];
  source: string | null;
  confidence: string | null;
}

export interface Objective {
  number: number;
  domain: string;
  domainNameVi: string;
  domainNameEn: string;
  titleVi: string;
  titleEn: string;
  targets: Target[];
}

export interface PlanDetail extends PlanSummary {
  reportingCalendar: ReportingEvent[];
  objectives: Objective[];
}

/** What GET /api/plans/{code} sends; the client flattens it into a PlanDetail. */
export interface PlanResponse {
  plan: PlanSummary;
  reportingCalendar: ReportingEvent[];
  objectives: Objective[];
}

export interface Indicator {
  code: string;
  nameVi: string;
  nameEn: string;
  domain: string;
  unit: string;
  unitVi: string;
  unitEn: string;
  direction: Direction;
  decimals: number;
  targetCount: number;
}

export interface IndicatorTarget extends Target {
  planTitleVi: string;
  planTitleEn: string;
  planAreaCode: string;
  planAreaNameVi: string;
  planAreaNameEn: string;
}

export interface IndicatorDetail extends Indicator {
  targets: IndicatorTarget[];
}

/** What GET /api/indicators/{code} sends; the client flattens it into an IndicatorDetail. */
export interface IndicatorResponse {
  indicator: Indicator;
  targets: IndicatorTarget[];
}

export interface TargetFilter {
  domain?: string;
  agency?: string;
}
