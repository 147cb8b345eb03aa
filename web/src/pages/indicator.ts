// One indicator: what it measures and the targets every plan sets on it.

import { api } from '../api/client';
import type { Agency, Direction, IndicatorTarget } from '../api/types';
import { targetGoalHtml } from '../format';
import { html, type SafeHtml } from '../html';
import { formatNumber, pick, t } from '../i18n';
import { href } from '../router';
import { agencyNames, backLink, factList, indexAgencies, type AgencyIndex } from './common';
import type { Page } from './page';

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

export const indicatorPage: Page = {
  async load(route) {
    const code = route.params.code ?? '';
    const [indicator, agencyList] = await Promise.all([
      api.indicator(code),
      api.agencies().catch((): Agency[] => []),
    ]);
    const agencies = indexAgencies(agencyList);
    const name = () => pick(indicator.nameVi, indicator.nameEn);

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
        </section>`,
    };
  },
};
