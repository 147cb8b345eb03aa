// All indicators, with their unit and how many plan targets use them.

import { api } from '../api/client';
import type { Indicator } from '../api/types';
import { html } from '../html';
import { getLocale, pick, t, tCount } from '../i18n';
import { href } from '../router';
import type { Page } from './page';

function sortByName(indicators: readonly Indicator[]): Indicator[] {
  const collator = new Intl.Collator(getLocale());
  return [...indicators].sort((a, b) => collator.compare(pick(a.nameVi, a.nameEn), pick(b.nameVi, b.nameEn)));
}

export const indicatorsPage: Page = {
  async load() {
    const indicators = await api.indicators();
    return {
      title: () => t('indicators.title'),
      html: () => html`<h1 tabindex="-1">${t('indicators.title')}</h1>
        <p class="intro">${t('indicators.intro')}</p>
        ${indicators.length === 0
          ? html`<p class="empty">${t('indicators.empty')}</p>`
          : html`<ul class="indicator-list" role="list">${sortByName(indicators).map(
              (indicator) => html`<li>
                <a class="card-link indicator-link" href="${href('indicator', { code: indicator.code })}" data-indicator="${indicator.code}">
                  <span class="indicator-name">${pick(indicator.nameVi, indicator.nameEn)}</span>
                  <span class="meta">${pick(indicator.unitVi, indicator.unitEn)}<span class="sep" aria-hidden="true"> · </span>${tCount('plans.targetCount', indicator.targetCount)}</span>
                </a>
              </li>`,
            )}</ul>`}`,
    };
  },
};
