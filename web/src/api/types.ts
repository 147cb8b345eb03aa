// The API's shapes (JSON, camelCase), named for the app. Every one is the contract's own type: ./contract.ts
// is generated from ../openapi.yaml (npm run contract; the build fails when the two differ), and this file
// only gives its schemas short names. Do not write an API shape here by hand: if the app needs a field the
// contract lacks, the contract (the API) is what changes. The few types below that are not API answers are
// marked "app side" and built from the contract's too.

import type { components, operations } from './contract';

type Schemas = components['schemas'];

// ---- vocabularies (enums of the contract) ---------------------------------------------------

export type Comparator = Schemas['TargetResponse']['comparator'];
export type PlanKind = Schemas['PlansPlanSummary']['kind'];
export type Direction = Schemas['IndicatorsIndicatorResponse']['direction'];
export type Role = Schemas['MeGetResponse']['role'];
export type UploadStatus = Schemas['UploadsListResponse']['status'];
/** SDMX sex codes: female, male, total. */
export type SexCode = Schemas['ValuePoint']['sex'];
/** Review state of a stored value: a department's draft, submitted for review, approved, or returned. */
export type ValueState = Schemas['ValueResponse']['state'];
export type SubmissionStatus = Schemas['SubmissionsSubmissionResponse']['status'];
/** How far a target is from being met (UNSD 2023 Progress Chart or Open SDG). */
export type ProgressStatus = Schemas['TargetProgress']['status'];
export type ProgressMethod = Schemas['PlansProgressResponse']['method'];

// ---- problem details ------------------------------------------------------------------------

export type ProblemError = Schemas['ProblemError'];

/**
 * App side: what an ApiError carries. The body of an error answer is one of the contract's problem
 * documents (`ProblemDocument`; a value write's `ValueConflictProblem` with `current`; an upload's
 * `UploadProblem` with `report`, `rule`, `row`, `column`), read without checking which; when the answer
 * is not JSON, the client makes one of its status (and title). So every member is optional here.
 */
export type ProblemDetails = Partial<
  Schemas['ProblemDocument'] &
    Omit<Schemas['ValueConflictProblem'], keyof Schemas['ProblemDocument']> &
    Omit<Schemas['UploadProblem'], keyof Schemas['ProblemDocument']>
>;

// ---- areas, agencies, plans, indicators -----------------------------------------------------

export type Area = Schemas['AreasAreaResponse'];
/** What GET /api/areas/{code} sends; the client flattens it into an AreaDetail. */
export type AreaResponse = Schemas['AreasGetResponse'];
/** App side: GET /api/areas/{code} flattened (the area's members, with its ancestors, root first, and children). */
export type AreaDetail = Area & Omit<AreaResponse, 'area'>;

export type Agency = Schemas['AgenciesListResponse'];

export type PlanSummary = Schemas['PlansPlanSummary'];
export type ReportingEvent = Schemas['PlansGetReportingEventResponse'];
/** A plan's target (GET /api/plans/{code}/targets, a plan's objectives, an indicator's targets). */
export type Target = Schemas['TargetResponse'];
export type Objective = Schemas['PlansGetObjectiveResponse'];
/** What GET /api/plans/{code} sends; the client flattens it into a PlanDetail. */
export type PlanResponse = Schemas['PlansGetResponse'];
/** App side: GET /api/plans/{code} flattened (the plan summary's members, its calendar and objectives). */
export type PlanDetail = PlanSummary & Omit<PlanResponse, 'plan'>;

export type Indicator = Schemas['IndicatorsIndicatorResponse'];
/** A target as an indicator lists it: the same shape as every target (with its plan's title and area). */
export type IndicatorTarget = Target;
/** What GET /api/indicators/{code} sends; the client flattens it into an IndicatorDetail. */
export type IndicatorResponse = Schemas['IndicatorsGetResponse'];
/** App side: GET /api/indicators/{code} flattened (the indicator's members and its targets). */
export type IndicatorDetail = Indicator & Omit<IndicatorResponse, 'indicator'>;

/** The filters of GET /api/plans/{code}/targets. */
export type TargetFilter = Pick<NonNullable<operations['ListPlanTargets']['parameters']['query']>, 'domain' | 'agency'>;

// ---- sign-in --------------------------------------------------------------------------------

export type SessionUser = Schemas['MeGetResponse'];
/** What POST /api/auth/token answers. */
export type TokenResponse = Schemas['AuthTokenResponse'];

// ---- uploads --------------------------------------------------------------------------------

/** A row-level problem in an uploaded file: an error (the row is rejected) or a flag (worth a second look). */
export type UploadIssue = Schemas['EqualityTrackerApiDomainRowIssue'];
/** What POST /api/uploads answers (and, for a refused upload, the 409/422 problem's `report`). */
export type UploadReport = Schemas['UploadsCreateResponse'];
/** One entry of GET /api/uploads (newest first). */
export type UploadRecord = Schemas['UploadsListResponse'];
/** App side: the counts an upload record has (an upload report has them too, optional). */
export type UploadCounts = Pick<UploadRecord, 'rows' | 'inserted' | 'updated' | 'unchanged' | 'rejected' | 'flagged' | 'blank'>;

// ---- values ---------------------------------------------------------------------------------

export type AreaName = Schemas['IndicatorsValuesAreaName'];
export type ValuePoint = Schemas['ValuePoint'];
export type Formula = Schemas['IndicatorsValuesFormulaResponse'];
/** What GET /api/indicators/{code}/values?area=&children=true answers. */
export type IndicatorValues = Schemas['IndicatorsValuesResponse'];
export type DemoStatus = Schemas['DemoGetResponse'];

// ---- department reporting and review --------------------------------------------------------

/** One data field a target needs (an indicator or one of its counts, for one sex), with what is stored. */
export type AssignmentField = Schemas['MeAssignmentsField'];
export type AssignmentTarget = Schemas['MeAssignmentsAssignedTarget'];
/** The department's latest submission of the period. */
export type SubmissionInfo = Schemas['MeAssignmentsSubmissionState'];
/** What GET /api/me/assignments?plan=&period= answers. */
export type Assignments = Schemas['MeAssignmentsResponse'];
/** The body of PUT /api/values/{code}/{area}/{period}/{sex} (the value and its note; the key is in the path). */
export type ValueInput = Required<NonNullable<operations['PutValue']['requestBody']>['content']['application/json']>;
/** A stored value, as PUT /api/values/... answers it (and a 412/428 problem's `current`). */
export type StoredValue = Schemas['ValueResponse'];
/** One entry of GET /api/values/{code}/{area}/{period}/{sex}/history (newest first). */
export type ValueHistoryEntry = Schemas['ValuesHistoryResponse'];
/** One value a submission covers. */
export type SubmissionValue = Schemas['SubmissionsSubmittedValue'];
/** One entry of GET /api/submissions, and the answer of POST /api/submissions, approve and return. */
export type Submission = Schemas['SubmissionsSubmissionResponse'];
export type AgencyTimeliness = Schemas['PlansTimelinessAgencyTimeliness'];
/** What GET /api/plans/{plan}/timeliness?period= answers (late agencies first). */
export type Timeliness = Schemas['PlansTimelinessResponse'];
/** What POST /api/reopenings answers. */
export type Reopening = Schemas['ReopeningsCreateResponse'];

// ---- progress against the goals -------------------------------------------------------------

/** Targets per status (the contract: a map from status name to count). */
export type StatusCounts = Schemas['PlansProgressResponse']['counts'];
export type YearValue = Schemas['YearValue'];
/** Status counts of one objective (key: its number) or one lead agency (key: its code). */
export type GroupCounts = Schemas['PlansProgressGroupCounts'];
/** One target of GET /api/plans/{code}/progress. */
export type TargetProgress = Schemas['TargetProgress'];
/** What GET /api/plans/{code}/progress?area=&method= answers. */
export type PlanProgress = Schemas['PlansProgressResponse'];
/** A goal that applies at an area: its own plan's, or a plan above it (the national strategies). */
export type Goal = Schemas['IndicatorsProgressGoalResponse'];
export type Projection = Schemas['IndicatorsProgressProjectionResponse'];
/** What GET /api/indicators/{code}/progress?area= answers. */
export type IndicatorProgress = Schemas['IndicatorsProgressResponse'];
export type RankedArea = Schemas['IndicatorsRankingRankedArea'];
/** What GET /api/indicators/{code}/ranking?area= answers: the areas below, furthest behind first. */
export type Ranking = Schemas['IndicatorsRankingResponse'];

// ---- plan execution: activities, budget, implementation reports ------------------------------

/** A plan's activity (nhiệm vụ, giải pháp, hoạt động), as GET /api/plans/{code}/activities lists it. */
export type PlanActivity = Schemas['PlansListActivitiesActivityResponse'];
export type ActivityBody = Schemas['PlansListActivitiesActivityBody'];
export type ActivityOutput = Schemas['PlansListActivitiesActivityOutput'];
/** How an activity's time is given: whole years, a window (the Action Month), a date, the whole plan. */
export type ActivityTiming = PlanActivity['timing'];
/** The filters of GET /api/plans/{code}/activities. */
export type ActivityFilter = NonNullable<operations['ListPlanActivities']['parameters']['query']>;
/** What GET /api/plans/{code}/budget answers: lines, computed totals, the printed totals beside them. */
export type PlanBudget = Schemas['PlansBudgetResponse'];
export type BudgetLine = Schemas['PlansBudgetBudgetLine'];
export type BudgetSource = Schemas['PlansBudgetBudgetLineAmount']['source'];
export type StatedTotalCheck = Schemas['PlansBudgetStatedTotalCheck'];

/** What GET /api/me/activities?plan=&year= answers: what the body leads and coordinates, and the reports it owes. */
export type MyActivities = Schemas['MeActivitiesResponse'];
export type MyActivity = Schemas['MeActivitiesMyActivity'];
export type MyOutput = Schemas['MeActivitiesMyOutput'];
export type MyReport = Schemas['MeActivitiesMyReport'];
/** The kinds of report a plan's calendar asks for (half-year, year, Action Month, GBV, mid-term, final, plan). */
export type ReportKind = MyReport['kind'];
/** An implementation report, with its review state (GET and PUT /api/plans/{code}/reports/{area}/{body}/{kind}/{period}). */
export type ActivityReport = Schemas['ReportsReportResponse'];
export type ReportItem = Schemas['ReportsReportItem'];
/** What a body says of one activity: not started, in progress, done, postponed, cancelled. */
export type ActivityStatus = ReportItem['status'];
/** The body of PUT /api/plans/{code}/reports/{area}/{body}/{kind}/{period}. */
export type ReportInput = NonNullable<operations['PutReport']['requestBody']>['content']['application/json'];
export type ReportInputItem = Schemas['ReportsPutRequestItem'];
/** An output achieved beyond the planned ones, as PUT sends it. */
export type AdditionalOutputInput = Schemas['ReportsPutRequestAdditionalOutput'];
/** The units an output is counted in. */
export type OutputUnit = Schemas['ReportsReportAdditionalOutput']['unit'];
/** What GET /api/plans/{code}/execution?period= answers: activity completion and budget execution from approved reports. */
export type PlanExecution = Schemas['PlansExecutionResponse'];
export type CompletionFigures = Schemas['PlansExecutionCompletionFigures'];
/** What GET /api/plans/{code}/annual-report?period= answers: the Word document's content, block by block. */
export type AnnualReportDraft = Schemas['PlansAnnualReportAnnualReportContent'];
export type AnnualReportBlock = Schemas['PlansAnnualReportAnnualReportBlock'];
/** What GET /api/plans/{code}/reports?year= answers: every owed report, late first. */
export type ReportRoster = Schemas['ReportsListResponse'];
export type OwedReport = Schemas['ReportsListOwedReport'];

// ---- plans written in the product ------------------------------------------------------------

// The API sends every member of a plan's content (its defaults make them optional in the contract only).
export type PlanContentObjective = Required<Schemas['PlanObjective']>;
export type PlanContentTarget = Required<Schemas['PlanTarget']>;
export type PlanContentFormula = Required<Schemas['PlanFormula']>;
export type PlanContentIndicator = Required<Omit<Schemas['PlanIndicator'], 'formula'>> & { formula: PlanContentFormula | null };
export type PlanContentOutput = Required<Schemas['PlanOutput']>;
export type PlanContentActivity = Required<Omit<Schemas['PlanActivity'], 'outputs'>> & { outputs: PlanContentOutput[] };
export type PlanContentBudgetLine = Required<Schemas['PlanBudgetLine']>;
export type PlanContentEvent = Required<Schemas['PlanEvent']>;
/** A plan's whole content, as its author writes it (PUT /api/plans/{code}) and as each version keeps it. */
export type PlanContent = Required<Omit<Schemas['PlanContent'], 'objectives' | 'targets' | 'newIndicators' | 'activities' | 'budgetLines' | 'calendar'>> & {
  objectives: PlanContentObjective[];
  targets: PlanContentTarget[];
  newIndicators: PlanContentIndicator[];
  activities: PlanContentActivity[];
  budgetLines: PlanContentBudgetLine[];
  calendar: PlanContentEvent[];
};
/** The draft being written, with its ETag. */
export type PlanDraft = Schemas['PlansAuthoringPlanDraftResponse'];
export type PlanVersion = Schemas['PlansAuthoringPlanVersionResponse'];
export type PlanBelow = Schemas['PlansBelowResponse'];
/** A draft target read from pasted objectives text (POST /api/plans/drafts/targets). */
export type DraftTarget = Schemas['PlansDraftTargetsDraftTarget'];
export type NewPlanInput = BodyOf<'CreatePlan'>;
type BodyOf<Op extends keyof operations> = NonNullable<operations[Op]['requestBody']> extends { content: { 'application/json': infer T } } ? T : never;
