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
  /** Invalid inputs (400): which field and why (the reason may be "Vietnamese / English"). */
  errors?: ProblemError[];
  /** A real upload with errors (422) carries its report here. */
  report?: UploadReport;
}

export interface ProblemError {
  name: string;
  reason: string;
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

// ---- sign-in ----------------------------------------------------------------------------

export type Role = 'admin' | 'statistics' | 'department' | 'leader';

export interface SessionUser {
  username: string;
  role: Role;
  displayName: string;
  agency: string | null;
  area: string | null;
}

/** What POST /api/auth/token answers. */
export interface TokenResponse {
  accessToken: string;
  tokenType: string;
  /** ISO-8601 instant. */
  expiresAt: string;
  user: SessionUser;
}

// ---- uploads ----------------------------------------------------------------------------

export type UploadStatus = 'validated' | 'imported' | 'rejected';

/** A row-level problem in an uploaded file: an error (the row is rejected) or a flag (worth a second look). */
export interface UploadIssue {
  /** 1-based row in the file (the header is row 1). */
  row: number;
  column: string;
  value: string | null;
  rule: string;
  messageVi: string;
  messageEn: string;
}

export interface UploadCounts {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  flagged: number;
  blank: number;
}

/** What POST /api/uploads answers (and, for a rejected real upload, the 422 problem's `report`). */
export interface UploadReport extends UploadCounts {
  uploadId: number;
  fileName: string;
  dryRun: boolean;
  status: UploadStatus;
  errors: UploadIssue[];
  flags: UploadIssue[];
  /** More errors or flags exist than are listed. */
  truncated: boolean;
}

/** One entry of GET /api/uploads (newest first). */
export interface UploadRecord extends UploadCounts {
  id: number;
  fileName: string;
  uploadedBy: string;
  /** ISO-8601 instant (UTC). */
  uploadedAt: string;
  dryRun: boolean;
  status: UploadStatus;
}

// ---- values -----------------------------------------------------------------------------

/** SDMX sex codes: female, male, total. */
export type SexCode = 'F' | 'M' | '_T';

export interface AreaName {
  code: string;
  nameVi: string;
  nameEn: string;
}

export interface ValuePoint {
  /** DHIS2 period id: 2024, 2024S1, 2024Q3, 202405. */
  period: string;
  sex: SexCode;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** reported for the area itself, or computed by summing the areas below it. */
  origin: 'reported' | 'computed';
  /** For a computed value: child areas that contributed … */
  contributing: number | null;
  /** … out of how many exist. */
  childCount: number | null;
}

export interface Formula {
  factor: number;
  numeratorCode: string;
  numeratorSex: string;
  denominatorCode: string;
  denominatorSex: string;
  descriptionVi: string;
  descriptionEn: string;
}

/** What GET /api/indicators/{code}/values?area=&children=true answers. */
export interface IndicatorValues {
  indicator: string;
  area: AreaName;
  formula: Formula | null;
  rollsUp: boolean;
  series: ValuePoint[];
  children: { area: AreaName; series: ValuePoint[] }[] | null;
}

export interface DemoStatus {
  enabled: boolean;
}
