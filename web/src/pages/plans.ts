// Plans page: every plan, grouped by issuing area (country first, then provinces, then lower
// levels; by level then name) and, within an area, by period.

import { api } from '../api/client';
import type { PlanKind, PlanSummary } from '../api/types';
import { formatPeriod } from '../format';
import { html } from '../html';
import { getLang, getLocale, pick, t, tCount, type Lang } from '../i18n';
import { dashboardHref, href } from '../router';
import { canReview, getSession } from '../session';
import type { Page } from './page';

export interface PeriodGroup {
  startYear: number;
  endYear: number;
  plans: PlanSummary[];
}

export interface AreaGroup {
  areaCode: string;
  /** The issuing unit: old and new Ninh Bình share the code 37 but are two groups. */
  areaUnit: string;
  /** The area it sits in, for a town or commune (Bỉm Sơn: Thanh Hóa); null for the country and provinces. */
  parent: { code: string; nameVi: string; nameEn: string } | null;
  areaNameVi: string;
  areaNameEn: string;
  areaLevel: number;
  periods: PeriodGroup[];
}

const KIND_ORDER: Record<PlanKind, number> = { strategy: 0, 'five-year': 1, annual: 2 };

/**
 * Groups plans by area, then by period. Areas: by level (0 = country first), then by name in the
 * given language, then by code. Periods: oldest first (by start year, then end year). Plans within
 * a period: strategy, five-year, annual, then by title.
 */
export function groupPlans(plans: readonly PlanSummary[], lang: Lang): AreaGroup[] {
  const collator = new Intl.Collator(getLocale(lang));
  const areas = new Map<string, AreaGroup>();
  for (const plan of plans) {
    let area = areas.get(plan.areaUnit);
    if (!area) {
      area = {
        areaCode: plan.areaCode,
        areaUnit: plan.areaUnit,
        parent: plan.areaLevel >= 2 && plan.parentAreaCode
          ? { code: plan.parentAreaCode, nameVi: plan.parentAreaNameVi ?? plan.parentAreaCode, nameEn: plan.parentAreaNameEn ?? plan.parentAreaCode }
          : null,
        areaNameVi: plan.areaNameVi,
        areaNameEn: plan.areaNameEn,
        areaLevel: plan.areaLevel,
        periods: [],
      };
      areas.set(plan.areaUnit, area);
    }
    let period = area.periods.find((p) => p.startYear === plan.startYear && p.endYear === plan.endYear);
    if (!period) {
      period = { startYear: plan.startYear, endYear: plan.endYear, plans: [] };
      area.periods.push(period);
    }
    period.plans.push(plan);
  }

  const groups = [...areas.values()];
  groups.sort(
    (a, b) =>
      a.areaLevel - b.areaLevel ||
      collator.compare(pick(a.areaNameVi, a.areaNameEn, lang), pick(b.areaNameVi, b.areaNameEn, lang)) ||
      collator.compare(a.areaCode, b.areaCode),
  );
  for (const group of groups) {
    group.periods.sort((a, b) => a.startYear - b.startYear || a.endYear - b.endYear);
    for (const period of group.periods) {
      period.plans.sort(
        (a, b) =>
          (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) ||
          collator.compare(pick(a.titleVi, a.titleEn, lang), pick(b.titleVi, b.titleEn, lang)) ||
          collator.compare(a.code, b.code),
      );
    }
  }
  return groups;
}

/** A plan kind in the current language. */
export function kindLabel(kind: PlanKind): string {
  switch (kind) {
    case 'strategy':
      return t('kind.strategy');
    case 'five-year':
      return t('kind.five-year');
    case 'annual':
      return t('kind.annual');
    default:
      return String(kind);
  }
}

// The card holds two links side by side (links cannot nest): the plan itself, and its progress.
function planItem(plan: PlanSummary) {
  const title = pick(plan.titleVi, plan.titleEn);
  const draft = plan.status === 'draft';
  return html`<li class="plan-item" data-status="${plan.status}">
    <a class="plan-link card-link" href="${draft ? href('planEdit', { code: plan.code }) : href('plan', { code: plan.code })}" data-plan="${plan.code}">
      <span class="plan-title">${draft ? html`<span class="state-badge">${t('plans.draftBadge')}</span> ` : ''}${title}</span>
      <span class="meta">
        <span class="plan-period">${formatPeriod(plan.startYear, plan.endYear)}</span>
        <span class="sep" aria-hidden="true">·</span>
        <span class="plan-kind">${kindLabel(plan.kind)}</span>
        <span class="sep" aria-hidden="true">·</span>
        <span class="plan-target-count">${tCount('plans.targetCount', plan.targetCount)}</span>
      </span>
    </a>
    <a class="progress-link" href="${dashboardHref(plan.code, plan.areaCode)}" data-plan="${plan.code}"><span class="progress-link-icon" aria-hidden="true">↗︎</span> ${t('plans.progress')}<span class="sr-only">: ${title}</span></a>
  </li>`;
}

export const plansPage: Page = {
  async load() {
    const author = canReview(getSession());
    // A coordinator's list holds the drafts of their area (never cached: they change them).
    const plans = author ? await api.plansFresh() : await api.plans();
    return {
      title: () => t('plans.title'),
      html: () => {
        const groups = groupPlans(plans, getLang());
        return html`<h1 tabindex="-1">${t('plans.title')}</h1>
          <p class="intro">${t('plans.intro')}</p>
          ${author ? html`<p><a class="button primary" id="new-plan" href="${href('planNew')}">${t('planEdit.new')}</a></p>` : ''}
          ${groups.length === 0 ? html`<p>${t('plans.empty')}</p>` : ''}
          ${groups.map(
            (group) => html`<section class="area-group" aria-labelledby="area-${group.areaUnit.replace('@', '-')}" data-area="${group.areaCode}" data-unit="${group.areaUnit}">
              <h2 id="area-${group.areaUnit.replace('@', '-')}">${pick(group.areaNameVi, group.areaNameEn)}</h2>
              ${group.parent ? html`<p class="area-parent" data-parent="${group.parent.code}">${t('plans.within', { area: pick(group.parent.nameVi, group.parent.nameEn) })}</p>` : ''}
              ${group.periods.map((period) => {
                const periodText = formatPeriod(period.startYear, period.endYear);
                return html`<h3 class="period-heading">${t('plans.period', { period: periodText })}</h3>
                  <ul class="plan-list" role="list">${period.plans.map(planItem)}</ul>`;
              })}
            </section>`,
          )}`;
      },
    };
  },
};
