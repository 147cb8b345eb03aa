// Activity completion and budget execution for the leaders' dashboard, as GET /api/plans/{code}/execution gives
// them: from approved reports only, open to everyone (leaders and the public read the figures, never the reports).
// Nothing is computed here but the map of each activity's status the API lists.

import { ApiError, api } from '../api/client';
import type { ActivityStatus, PlanExecution } from '../api/types';
import { ACTIVITY_STATUSES } from './execution';

export interface Completion {
  /** The year the figures are for; null for the whole plan. */
  period: number | null;
  /** Approved reports read. */
  reports: number;
  /** The status of each activity an approved report speaks of. */
  byActivity: Map<string, ActivityStatus>;
  /** Activities per status. */
  counts: Record<ActivityStatus, number>;
  /** Activities no approved report speaks of. */
  notReported: number;
  /** The API's answer: the share, by domain, the budget and the formula. */
  execution: PlanExecution;
}

/** The API's answer as the dashboard reads it. */
export function completionFrom(execution: PlanExecution): Completion {
  const o = execution.overall;
  const counts: Record<ActivityStatus, number> = {
    'not-started': o.notStarted,
    'in-progress': o.inProgress,
    done: o.done,
    postponed: o.postponed,
    cancelled: o.cancelled,
  };
  const byActivity = new Map<string, ActivityStatus>();
  for (const a of execution.activities) {
    if (a.status && (ACTIVITY_STATUSES as readonly string[]).includes(a.status)) byActivity.set(a.number, a.status);
  }
  return { period: execution.period ?? null, reports: execution.approvedReports, byActivity, counts, notReported: o.notReported, execution };
}

/** The plan's completion for a year (the whole plan without one); null when it cannot be read (shown as not available). */
export async function loadCompletion(plan: string, period?: number): Promise<Completion | null> {
  try {
    return completionFrom(await api.planExecution(plan, period));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw error;
    return null;
  }
}
