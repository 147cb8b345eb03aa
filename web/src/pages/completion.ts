// Activity completion from approved reports, for the dashboard of a signed-in coordinator (the roster and the
// reports are not public, and the API gives no aggregate of them): each activity takes the status its latest
// approved report gives it. Loaded on first use, only for users who may read the reports.

import { ApiError, api } from '../api/client';
import { getSession } from '../session';
import type { ActivityReport, ActivityStatus, PlanActivity } from '../api/types';
import { ACTIVITY_STATUSES } from './execution';

/** At most this many approved reports are read (newest first); the rest are said to be left out. */
export const MAX_REPORTS = 40;

export interface Completion {
  /** Approved reports read. */
  reports: number;
  /** Approved reports left out (beyond MAX_REPORTS). */
  leftOut: number;
  /** The status of each activity an approved report speaks of. */
  byActivity: Map<string, ActivityStatus>;
  /** Activities per status (only the plan's activities). */
  counts: Record<ActivityStatus, number>;
  /** The plan's activities no approved report speaks of. */
  notReported: number;
}

/**
 * Each activity's status from the approved reports: the latest report (by due date) that has an item for it wins;
 * on the same day, the report of a body that leads the activity wins over a coordinating body's.
 */
export function completionFrom(activities: readonly PlanActivity[], reports: readonly ActivityReport[], leftOut = 0): Completion {
  const leads = new Map(activities.map((a) => [a.number, new Set(a.lead.map((b) => b.code))]));
  const rank = (report: ActivityReport, activity: string) => `${report.due}|${leads.get(activity)?.has(report.body) ? 1 : 0}`;
  const best = new Map<string, { status: ActivityStatus; rank: string }>();
  for (const report of reports) {
    if (report.state !== 'approved') continue;
    for (const item of report.items) {
      const r = rank(report, item.activity);
      const known = best.get(item.activity);
      if (!known || r > known.rank) best.set(item.activity, { status: item.status, rank: r });
    }
  }
  const counts = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  let notReported = 0;
  const byActivity = new Map<string, ActivityStatus>();
  for (const activity of activities) {
    const found = best.get(activity.number);
    if (!found) {
      notReported++;
      continue;
    }
    counts[found.status]++;
    byActivity.set(activity.number, found.status);
  }
  return { reports: reports.filter((r) => r.state === 'approved').length, leftOut, byActivity, counts, notReported };
}

const TTL_MS = 60_000;
const recent = new Map<string, { at: number; value: Promise<Completion | null> }>();

/**
 * Reads the plan's approved reports (newest first, at most MAX_REPORTS) and the completion they give; null when
 * the user may not. Kept a minute per plan and token (another method or objective on the dashboard reads nothing again).
 */
export function loadCompletion(plan: string, activities: readonly PlanActivity[], now: number = Date.now()): Promise<Completion | null> {
  const key = `${getSession()?.token ?? ''}|${plan}`;
  const hit = recent.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value;
  const value = readCompletion(plan, activities);
  recent.set(key, { at: now, value });
  value.catch(() => recent.delete(key));
  return value;
}

async function readCompletion(plan: string, activities: readonly PlanActivity[]): Promise<Completion | null> {
  try {
    const roster = await api.reportRoster(plan);
    const approved = roster.reports.filter((r) => r.state === 'approved').sort((a, b) => b.due.localeCompare(a.due));
    const read = await Promise.all(
      approved.slice(0, MAX_REPORTS).map((r) => api.report({ plan, area: r.area, body: r.body, kind: r.kind, period: r.period }).then((a) => a.report)),
    );
    return completionFrom(activities, read, Math.max(0, approved.length - MAX_REPORTS));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw error;
    return null;
  }
}
