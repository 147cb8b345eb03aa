// One indicator: what it measures, the targets every plan sets on it and, for a signed-in user,
// its values for an area kept in the URL (#/indicators/SRB?area=37).

import { ApiError, api } from '../api/client';
import type { Agency, Direction, IndicatorTarget, IndicatorValues } from '../api/types';
import { targetGoalHtml } from '../format';
import { html, type SafeHtml } from '../html';
import { formatNumber, pick, t } from '../i18n';
import { href, returnPath, signInHref } from '../router';
import { getSession } from '../session';
import { agencyNames, backLink, factList, indexAgencies, type AgencyIndex } from './common';
import type { Page } from './page';
import { areaOptions, defaultArea, valuesSectionHtml } from './values';

function directionLabel(direction: Direction): string {
  return direction === 'lower' ? t('direction.lower') : t('direction.higher');
}

// The table stacks into one block per row on phones (see .stack-table in styles.css). The explicit
// roles keep it a table for screen readers when CSS changes its display; data-label names each cell.
function targetRow(target: IndicatorTarget, agencies: AgencyIndex): SafeHtml {
  return html`<tr role="row" data-target="${target.objective}.${target.number}" data-plan="${target.planCode}">
    <th role="rowheader" scope="row"><a class="plan-link" href="${href('plan', { code: target.planCode })}" data-plan="${target.planCode}">${pick(target.planTitleVi, target.planTitleEn)}</a></th>
    <td role="cell" data-label="${t('table.area')}">${pick(target.planAreaNameVi, target.planAreaNameEn)}</td>
    <td role="cell" data-label="${t('table.year')}" class="num">${target.year}</td>
    <td role="cell" data-label="${t('table.target')}" class="goal-cell">${targetGoalHtml(target)}</td>
    <td role="cell" data-label="${t('table.lead')}">${agencyNames(agencies, target.leadAgencies) || '—'}</td>
  </tr>`;
}

/** The values of an area, or the error that kept them away (a 401 ends the session: it is thrown on). */
async function loadValues(code: string, area: string): Promise<{ values: IndicatorValues | null; error: unknown }> {
  try {
    return { values: await api.indicatorValues(code, area), error: null };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw error;
    return { values: null, error };
  }
}

export const indicatorPage: Page = {
  // Another area is the same page: the area select keeps focus.
  sameViewKey: (route) => `indicator:${route.params.code}`,

  async load(route) {
    const code = route.params.code ?? '';
    const signedIn = getSession() !== null;
    const areaFromUrl = route.query.area;
    // With the area in the URL the values load alongside the indicator.
    const early = signedIn && areaFromUrl ? loadValues(code, areaFromUrl) : null;
    early?.catch(() => {}); // handled when awaited below; this only keeps it from counting as unhandled meanwhile
    const [indicator, agencyList] = await Promise.all([
      api.indicator(code),
      api.agencies().catch((): Agency[] => []),
    ]);
    const area = areaFromUrl ?? defaultArea(indicator);
    const { values, error } = signedIn ? await (early ?? loadValues(code, area)) : { values: null, error: null };
    const agencies = indexAgencies(agencyList);
    const name = () => pick(indicator.nameVi, indicator.nameEn);
    const signInLink = signInHref(returnPath(href('indicator', { code }, { area: areaFromUrl })));

    return {
      title: name,
      html: () => html`${backLink(href('indicators'), 'indicator.back')}
        <h1 tabindex="-1" id="indicator-title" data-indicator="${indicator.code}">${name()}</h1>
        ${factList([
          ['indicator.unit', pick(indicator.unitVi, indicator.unitEn)],
          ['indicator.direction', directionLabel(indicator.direction)],
          ['indicator.decimals', formatNumber(indicator.decimals, 0)],
          ['indicator.code', indicator.code],
        ])}
        <section aria-labelledby="indicator-targets-heading">
          <h2 id="indicator-targets-heading">${t('indicator.targets')}</h2>
          ${indicator.targets.length === 0
            ? html`<p class="empty">${t('indicator.noTargets')}</p>`
            : html`<table class="data-table stack-table" id="indicator-targets" role="table">
                <thead role="rowgroup"><tr role="row">
                  <th role="columnheader" scope="col">${t('table.plan')}</th>
                  <th role="columnheader" scope="col">${t('table.area')}</th>
                  <th role="columnheader" scope="col" class="num">${t('table.year')}</th>
                  <th role="columnheader" scope="col">${t('table.target')}</th>
                  <th role="columnheader" scope="col">${t('table.lead')}</th>
                </tr></thead>
                <tbody role="rowgroup">${indicator.targets.map((target) => targetRow(target, agencies))}</tbody>
              </table>`}
        </section>
        ${valuesSectionHtml({ signedIn, signInLink, area, options: areaOptions(indicator), values, error }, indicator)}`,
      mount: (root) => {
        const form = root.querySelector<HTMLFormElement>('#values-area-form');
        if (!form) return;
        const apply = () => {
          const chosen = String(new FormData(form).get('area') ?? '');
          const next = href('indicator', { code: indicator.code }, { area: chosen });
          if (location.hash !== next) location.hash = next;
        };
        form.addEventListener('change', apply);
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          apply();
        });
      },
      announce: () => (values ? t('values.shown', { area: pick(values.area.nameVi, values.area.nameEn) }) : name()),
    };
  },
};
