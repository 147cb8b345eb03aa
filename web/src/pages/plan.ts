// One plan: its facts, reporting calendar, objectives and targets, with domain and agency
// filters kept in the URL (#/plans/{code}?domain=&agency=).

import { api, type Answer } from '../api/client';
import type { Agency, Objective, PlanActivity, PlanDetail, Target } from '../api/types';
import { formatCalendarEvent, formatPeriod, targetGoalHtml } from '../format';
import { html, type SafeHtml } from '../html';
import { getLocale, pick, t } from '../i18n';
import { dashboardHref, href, type Route } from '../router';
import { canReview, getSession } from '../session';
import { agencyName, agencyNames, backLink, factList, indexAgencies, type AgencyIndex } from './common';
import { activitiesSectionHtml } from './execution';
import type { Page } from './page';
import { kindLabel } from './plans';

export interface PlanFilter {
  domain?: string;
  agency?: string;
}

export function filterFromRoute(route: Route): PlanFilter {
  return { domain: route.query.domain, agency: route.query.agency };
}

export function planHref(code: string, filter: PlanFilter = {}): string {
  return href('plan', { code }, { domain: filter.domain, agency: filter.agency });
}

interface Option {
  value: string;
  label: string;
}

function selectHtml(id: string, name: string, label: string, options: Option[], selected: string | undefined): SafeHtml {
  // Keep a value from the URL selectable even if the plan does not know it.
  const all = selected && !options.some((o) => o.value === selected) ? [...options, { value: selected, label: selected }] : options;
  return html`<div class="field">
    <label for="${id}">${label}</label>
    <select id="${id}" name="${name}">
      <option value="">${t('plan.filterAll')}</option>
      ${all.map((o) => html`<option value="${o.value}"${o.value === selected ? html` selected` : ''}>${o.label}</option>`)}
    </select>
  </div>`;
}

function domainOptions(plan: PlanDetail): Option[] {
  const seen = new Map<string, Option>();
  for (const objective of plan.objectives) {
    if (!seen.has(objective.domain)) {
      seen.set(objective.domain, { value: objective.domain, label: pick(objective.domainNameVi, objective.domainNameEn) });
    }
  }
  return [...seen.values()];
}

function agencyOptions(plan: PlanDetail, agencies: AgencyIndex): Option[] {
  const codes = new Set<string>();
  for (const objective of plan.objectives) {
    for (const target of objective.targets ?? []) {
      target.leadAgencies?.forEach((code) => codes.add(code));
      target.coordinatingAgencies?.forEach((code) => codes.add(code));
    }
  }
  const collator = new Intl.Collator(getLocale());
  return [...codes]
    .map((code) => ({ value: code, label: agencyName(agencies, code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

function targetItem(target: Target, agencies: AgencyIndex): SafeHtml {
  const id = `${target.objective}.${target.number}`;
  return html`<li class="target" data-target="${id}">
    <p class="target-head"><span class="target-number"><span class="sr-only">${t('target.prefix')} </span>${id}</span>
      <span class="target-text">${pick(target.textVi, target.textEn)}</span></p>
    <p class="target-goal">${targetGoalHtml(target)} <span class="target-year">${t('target.year', { year: target.year })}</span></p>
    ${target.leadAgencies?.length
      ? html`<p class="agencies lead"><span class="label">${t('target.lead')}:</span> ${agencyNames(agencies, target.leadAgencies)}</p>`
      : ''}
    ${target.coordinatingAgencies?.length
      ? html`<p class="agencies coordinating"><span class="label">${t('target.coordinating')}:</span> ${agencyNames(agencies, target.coordinatingAgencies)}</p>`
      : ''}
    <p class="target-indicator"><a class="indicator-link" href="${href('indicator', { code: target.indicatorCode })}" data-indicator="${target.indicatorCode}">${t('target.indicatorLink', { name: pick(target.indicatorNameVi, target.indicatorNameEn) })}</a></p>
  </li>`;
}

/** Targets grouped under the plan's objectives, in the plan's order; objectives without targets are left out. */
export function groupTargetsByObjective(objectives: readonly Objective[], targets: readonly Target[]): { objective: Objective; targets: Target[] }[] {
  const groups = objectives.map((objective) => ({
    objective,
    targets: targets.filter((target) => target.objective === objective.number),
  }));
  return groups.filter((group) => group.targets.length > 0);
}

function objectiveSection(objective: Objective, targets: Target[], agencies: AgencyIndex): SafeHtml {
  const headingId = `objective-${objective.number}`;
  return html`<section class="objective" aria-labelledby="${headingId}" data-objective="${objective.number}" data-domain="${objective.domain}">
    <h3 id="${headingId}"><span class="objective-number">${t('plan.objective', { number: objective.number })}.</span> ${pick(objective.titleVi, objective.titleEn)}</h3>
    <p class="domain-tag">${pick(objective.domainNameVi, objective.domainNameEn)}</p>
    <ul class="targets" role="list">${targets.map((target) => targetItem(target, agencies))}</ul>
  </section>`;
}

type PlanBelow = Answer<'ListPlansBelow'>[number];

/** The plan's cascade: the plans that implement it and those issued below its area, each with its status. */
export function plansBelowHtml(below: readonly PlanBelow[]): SafeHtml | string {
  if (below.length === 0) return '';
  return html`<section class="plans-below" aria-labelledby="below-heading">
    <h2 id="below-heading">${t('plan.below')}</h2>
    <ul class="plan-list" role="list">${below.map(
      ({ plan, relation }) => html`<li class="plan-item" data-plan="${plan.code}" data-relation="${relation}" data-status="${plan.status}">
        <a href="${planHref(plan.code)}">${pick(plan.titleVi, plan.titleEn)}</a>
        <span class="plan-meta">${pick(plan.areaNameVi, plan.areaNameEn)} · ${formatPeriod(plan.startYear, plan.endYear)} ·
          ${plan.status === 'draft' ? t('planEdit.statusDraft') : t('planEdit.statusIssued')} ·
          ${relation === 'implements' ? t('plan.relationImplements') : t('plan.relationBelow')}</span>
      </li>`,
    )}</ul>
  </section>`;
}

export const planPage: Page = {
  sameViewKey: (route) => `plan:${route.params.code}`,

  async load(route) {
    const code = route.params.code ?? '';
    const filter = filterFromRoute(route);
    const filtered = Boolean(filter.domain || filter.agency);
    const [plan, agencyList, filteredTargets, activities, below] = await Promise.all([
      api.plan(code),
      api.agencies().catch((): Agency[] => []), // names fall back to codes
      filtered ? api.planTargets(code, filter) : Promise.resolve(null),
      api.planActivities(code).catch((): PlanActivity[] | null => null), // the page stands without them
      api.plansBelow(code).catch((): PlanBelow[] => []), // the cascade is extra: the page stands without it
    ]);
    const agencies = indexAgencies(agencyList);
    const allTargets = plan.objectives.flatMap((objective) => objective.targets ?? []);
    const targets = filteredTargets ?? allTargets;
    const shownText = () => t('plan.shown', { count: targets.length, total: allTargets.length });

    return {
      title: () => pick(plan.titleVi, plan.titleEn),
      announce: shownText,
      html: () => {
        const groups = groupTargetsByObjective(plan.objectives, targets);
        return html`${backLink(href('plans'), 'plan.back')}
          <h1 tabindex="-1" id="plan-title" data-plan="${plan.code}">${pick(plan.titleVi, plan.titleEn)}</h1>
          ${canReview(getSession()) ? html`<p><a id="plan-edit-link" href="${href('planEdit', { code: plan.code })}">${t('planEdit.edit')}</a></p>` : ''}
          <p class="plan-progress"><a class="button progress-link" id="plan-progress-link" data-plan="${plan.code}" href="${dashboardHref(plan.code, plan.areaCode)}"><span aria-hidden="true">↗︎</span> ${t('plan.progressLink')}</a></p>
          ${factList([
            ['plan.area', pick(plan.areaNameVi, plan.areaNameEn)],
            ['plan.period', formatPeriod(plan.startYear, plan.endYear)],
            ['plan.kind', kindLabel(plan.kind)],
            ['plan.legalBasis', pick(plan.legalBasisVi, plan.legalBasisEn)],
            ['plan.documentRef', plan.documentRef],
          ])}

          <section class="calendar" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">${t('plan.calendar')}</h2>
            ${plan.reportingCalendar.length === 0
              ? html`<p>${t('plan.calendarEmpty')}</p>`
              : html`<ul class="calendar-list" role="list">${plan.reportingCalendar.map(
                  (event) => html`<li data-event="${event.code}" data-kind="${event.kind}">
                    <span class="event-name">${pick(event.nameVi, event.nameEn)}</span>
                    <span class="event-when">${formatCalendarEvent(event)}</span>
                  </li>`,
                )}</ul>`}
          </section>

          <section class="plan-targets" aria-labelledby="targets-heading">
            <h2 id="targets-heading">${t('plan.targets')}</h2>
            <form class="filters" id="target-filters">
              <fieldset>
                <legend>${t('plan.filters')}</legend>
                ${selectHtml('filter-domain', 'domain', t('plan.filterDomain'), domainOptions(plan), filter.domain)}
                ${selectHtml('filter-agency', 'agency', t('plan.filterAgency'), agencyOptions(plan, agencies), filter.agency)}
                ${filtered ? html`<p class="clear"><a id="clear-filters" href="${planHref(plan.code)}">${t('plan.clearFilters')}</a></p>` : ''}
              </fieldset>
            </form>
            <p id="target-count" class="count">${shownText()}</p>
            <div id="objectives">
              ${groups.length === 0
                ? html`<p class="empty">${allTargets.length === 0 && activities?.length ? t('execution.noTargets') : t('plan.noTargets')}</p>`
                : groups.map((group) => objectiveSection(group.objective, group.targets, agencies))}
            </div>
          </section>
          ${activities ? activitiesSectionHtml(activities, { year: null, open: allTargets.length === 0 }) : ''}
          ${plansBelowHtml(below)}`;
      },
      mount: (root) => {
        const form = root.querySelector<HTMLFormElement>('#target-filters');
        if (!form) return;
        const apply = () => {
          const data = new FormData(form);
          const next = planHref(plan.code, {
            domain: String(data.get('domain') ?? ''),
            agency: String(data.get('agency') ?? ''),
          });
          if (location.hash !== next) location.hash = next;
        };
        form.addEventListener('change', apply);
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          apply();
        });
      },
    };
  },
};
