// View helpers shared by the pages.

import { ApiError, NetworkError } from '../api/client';
import type { Agency } from '../api/types';
import { html, type SafeHtml } from '../html';
import { pick, t, type MessageKey } from '../i18n';
import { href } from '../router';
import type { View } from './page';

export type AgencyIndex = Map<string, Agency>;

export function indexAgencies(agencies: Agency[]): AgencyIndex {
  return new Map(agencies.map((agency) => [agency.code, agency]));
}

/** An agency's name in the current language, or its code when the name is unknown. */
export function agencyName(agencies: AgencyIndex, code: string): string {
  const agency = agencies.get(code);
  return agency ? pick(agency.nameVi, agency.nameEn) || code : code;
}

export function agencyNames(agencies: AgencyIndex, codes: readonly string[]): string {
  return codes.map((code) => agencyName(agencies, code)).join(', ');
}

/** A definition list of label/value pairs; pairs with an empty value are left out. */
export function factList(facts: ReadonlyArray<readonly [MessageKey, unknown]>): SafeHtml {
  const shown = facts.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return html`<dl class="facts">${shown.map(
    ([label, value]) => html`<div class="fact"><dt>${t(label)}</dt><dd>${value}</dd></div>`,
  )}</dl>`;
}

export function backLink(target: string, label: MessageKey): SafeHtml {
  return html`<p class="back"><a href="${target}"><span aria-hidden="true">←</span>${t(label)}</a></p>`;
}

/** The error page for a failed load: readable, in the current language, with the API's detail. */
export function errorView(error: unknown, retry: () => void): View {
  const describe = (): { title: string; text: string; detail: string } => {
    if (error instanceof NetworkError) {
      return { title: t('error.network'), text: t('error.networkText'), detail: '' };
    }
    if (error instanceof ApiError) {
      const detail = error.problem.detail || error.problem.title || '';
      if (error.status === 404) return { title: t('error.notFound'), text: t('error.notFoundText'), detail };
      return { title: t('error.server'), text: t('error.serverText', { status: error.status }), detail };
    }
    return {
      title: t('error.title'),
      text: t('error.unexpectedText'),
      detail: error instanceof Error ? error.message : String(error),
    };
  };
  return {
    title: () => describe().title,
    html: () => {
      const { title, text, detail } = describe();
      return html`<div class="error" role="alert">
        <h1 tabindex="-1">${title}</h1>
        <p>${text}</p>
        ${detail ? html`<p class="error-detail">${t('error.detail', { detail })}</p>` : ''}
      </div>
      <p class="actions">
        <button type="button" class="button" data-action="retry">${t('error.retry')}</button>
        <a href="${href('plans')}">${t('error.home')}</a>
      </p>`;
    },
    mount: (root) => {
      root.querySelector('[data-action="retry"]')?.addEventListener('click', retry);
    },
  };
}

/** A route the app does not know. */
export function notFoundView(path: string): View {
  return {
    title: () => t('notFound.title'),
    html: () => html`<h1 tabindex="-1">${t('notFound.title')}</h1>
      <p>${t('notFound.text', { path })}</p>
      <p><a href="${href('plans')}">${t('error.home')}</a></p>`,
  };
}
