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
  /** A 412 on a value write: the value stored now (someone else changed it meanwhile), with its ETag. */
  current?: StoredValue;
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

// ---- department reporting and review ---------------------------------------------------

/** Review state of a stored value: a department's draft, submitted for review, approved, or returned. */
export type ValueState = 'draft' | 'submitted' | 'approved' | 'returned';
export type SubmissionStatus = 'submitted' | 'approved' | 'returned';

/** One data field a target needs (an indicator or one of its counts, for one sex), with what is stored. */
export interface AssignmentField {
  code: string;
  nameVi: string;
  nameEn: string;
  sex: SexCode;
  /** Unit code ('percent', 'count', ...). */
  unit: string;
  integerOnly: boolean;
  min: number | null;
  max: number | null;
  value: number | null;
  note: string | null;
  /** null: nothing stored yet. */
  state: ValueState | null;
  /** The stored value's ETag (send it as If-Match); null when nothing is stored. */
  etag: string | null;
}

export interface AssignmentTarget {
  objective: number;
  number: string;
  indicatorCode: string;
  indicatorNameVi: string;
  indicatorNameEn: string;
  comparator: Comparator;
  value: number;
  year: number;
  unit: string;
  unitVi: string;
  unitEn: string;
  /** The signed-in department leads (enters the data) or only coordinates (reads). */
  role: 'lead' | 'coordinating';
  editable: boolean;
  fields: AssignmentField[];
}

/** The department's latest submission of the period. */
export interface SubmissionInfo {
  id: number;
  status: SubmissionStatus;
  /** ISO instant. */
  submittedAt: string;
  comment: string | null;
}

/** What GET /api/me/assignments?plan=&period= answers. */
export interface Assignments {
  plan: string;
  period: string;
  area: string;
  agency: string;
  /** 'yyyy-MM-dd' in Viet Nam's calendar, from the plan's reporting calendar. */
  dueDate: string | null;
  /** After this day the period is locked (only a reopening lets the department write again). */
  lockDate: string | null;
  locked: boolean;
  submission: SubmissionInfo | null;
  targets: AssignmentTarget[];
}

/** The body of PUT /api/values/{code}/{area}/{period}/{sex}. */
export interface ValueInput {
  value: number;
  note: string | null;
}

/** A stored value, as PUT /api/values/... answers it (and a 412 problem's `current`, with its etag). */
export interface StoredValue {
  code: string;
  area: string;
  period: string;
  sex: SexCode;
  value: number | null;
  note: string | null;
  state: ValueState;
  version: number;
  enteredBy: string;
  /** ISO instant. */
  enteredAt: string;
  etag?: string | null;
}

/** One entry of GET /api/values/{code}/{area}/{period}/{sex}/history (newest first). */
export interface ValueHistoryEntry {
  version: number;
  action: 'create' | 'update' | 'delete';
  oldValue: number | null;
  newValue: number | null;
  note: string | null;
  by: string;
  /** ISO instant. */
  at: string;
  uploadId: number | null;
  requestId: string | null;
}

/** What POST /api/submissions answers. */
export interface SubmissionReceipt {
  id: number;
  status: SubmissionStatus;
  submittedAt: string;
  /** How many values were submitted. */
  values: number;
}

export interface SubmissionValue {
  code: string;
  nameVi: string;
  nameEn: string;
  sex: SexCode;
  value: number | null;
  note: string | null;
  state: ValueState | null;
}

/** One entry of GET /api/submissions (and the answer of approve / return). */
export interface Submission {
  id: number;
  plan: string;
  period: string;
  agency: string;
  agencyNameVi: string;
  agencyNameEn: string;
  area: string;
  status: SubmissionStatus;
  submittedBy: string;
  submittedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  comment: string | null;
  /** Submitted by the due date; null when the plan has no due date. */
  onTime: boolean | null;
  values: SubmissionValue[];
}

export interface AgencyTimeliness {
  agency: string;
  nameVi: string;
  nameEn: string;
  /** Values the agency has to report for the period … */
  expected: number;
  /** … of which submitted by the due date, after it, and not at all. */
  onTime: number;
  late: number;
  missing: number;
  isLate: boolean;
  submissionStatus: SubmissionStatus | null;
}

/** What GET /api/plans/{plan}/timeliness?period= answers (late agencies first). */
export interface Timeliness {
  plan: string;
  period: string;
  dueDate: string | null;
  lockDate: string | null;
  /** 'yyyy-MM-dd', Viet Nam's today as the API sees it. */
  today: string;
  agencies: AgencyTimeliness[];
}

// ---- progress against the goals -----------------------------------------------------------

/** How far a target is from being met (UNSD 2023 Progress Chart or Open SDG). */
export type ProgressStatus =
  | 'achieved'
  | 'on_track'
  | 'acceleration_needed'
  | 'limited_progress'
  | 'regressing'
  | 'insufficient_data'
  | 'no_data'
  | 'not_achieved'
  | 'implausible';

export type ProgressMethod = 'unsd' | 'opensdg';

export type StatusCounts = Record<ProgressStatus, number>;

export interface YearValue {
  year: number;
  value: number;
}

/** Status counts of one objective (key: its number) or one lead agency (key: its code). */
export interface GroupCounts {
  key: string;
  nameVi: string;
  nameEn: string;
  counts: StatusCounts;
}

/** One target of GET /api/plans/{code}/progress. */
export interface TargetProgress {
  objective: number;
  number: string;
  indicatorCode: string;
  indicatorNameVi: string;
  indicatorNameEn: string;
  comparator: Comparator;
  /** The target value. */
  value: number;
  year: number;
  unit: string;
  unitVi: string;
  unitEn: string;
  decimals: number;
  leadAgencies: string[];
  status: ProgressStatus;
  /** UNSD: share of the way from baseline to target the projection reaches; Open SDG: observed over required growth. */
  ratio: number | null;
  baseline: YearValue | null;
  latest: YearValue | null;
  /** The value projected to the target year. */
  projected: number | null;
  /** A value outside the indicator's plausible range (e.g. a sex ratio at birth above 130): status implausible. */
  implausible: boolean;
  /** Why, as "Vietnamese / English". */
  implausibleReason?: string | null;
  /** Every value predates the plan's first year. */
  predatesPlan?: boolean;
  /** The yearly series at the area. */
  series: YearValue[];
}

/** What GET /api/plans/{code}/progress?area=&method= answers. */
export interface PlanProgress {
  plan: string;
  area: string;
  method: ProgressMethod;
  /** Only approved values counted (always without signing in). */
  approvedOnly: boolean;
  counts: StatusCounts;
  objectives: GroupCounts[];
  agencies: GroupCounts[];
  targets: TargetProgress[];
}

/** A goal that applies at an area: its own plan's, or a plan above it (the national strategies). */
export interface Goal {
  planCode: string;
  planTitleVi: string;
  planTitleEn: string;
  planAreaCode: string;
  planAreaNameVi: string;
  planAreaNameEn: string;
  comparator: Comparator;
  value: number;
  year: number;
}

export interface Projection {
  planCode: string;
  targetYear: number;
  targetValue: number;
  status: ProgressStatus;
  ratio: number | null;
  baseline: YearValue | null;
  latest: YearValue | null;
  implausible: boolean;
  /** Why, as "Vietnamese / English". */
  implausibleReason?: string | null;
  /** From the latest year to the target year; empty when nothing is projected. */
  points: YearValue[];
}

/** What GET /api/indicators/{code}/progress?area= answers. */
export interface IndicatorProgress {
  indicator: string;
  area: string;
  approvedOnly: boolean;
  series: ValuePoint[];
  goals: Goal[];
  projection: Projection | null;
}

export interface RankedArea {
  code: string;
  nameVi: string;
  nameEn: string;
  value: number | null;
  /** How far the value is from the goal in the bad direction (0 when met). */
  gap: number | null;
  status: ProgressStatus;
}

/** What GET /api/indicators/{code}/ranking?area= answers: the areas below, furthest behind first. */
export interface Ranking {
  indicator: string;
  area: string;
  year: number | null;
  comparator: Comparator | null;
  target: number | null;
  targetYear: number | null;
  areas: RankedArea[];
}
