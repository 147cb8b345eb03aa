// View helpers shared by the pages.

import { ApiError, NetworkError } from '../api/client';
import type { Agency, ProblemDetails, Role } from '../api/types';
import { html, type SafeHtml } from '../html';
import { getLang, pick, splitBilingual, t, type Lang, type MessageKey } from '../i18n';
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

/** The agencies' names, comma-separated (none when the list is absent: the contract makes it optional). */
export function agencyNames(agencies: AgencyIndex, codes: readonly string[] = []): string {
  return codes.map((code) => agencyName(agencies, code)).join(', ');
}

const ROLE_KEYS: Record<Role, MessageKey> = {
  admin: 'role.admin',
  statistics: 'role.statistics',
  department: 'role.department',
  leader: 'role.leader',
};

/** A user's role in words. */
export function roleLabel(role: string, lang: Lang = getLang()): string {
  return role in ROLE_KEYS ? t(ROLE_KEYS[role as Role], undefined, lang) : role;
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

/**
 * A problem's message in the current language: its detail, then the reasons of invalid fields, else
 * its title (each "Vietnamese / English" on the wire, cut to one language).
 */
export function problemMessage(problem: ProblemDetails, lang: Lang = getLang()): string {
  const parts: string[] = [];
  const add = (text: string | null | undefined) => {
    const half = splitBilingual(text, lang);
    if (half && !parts.includes(half)) parts.push(half);
  };
  add(problem.detail);
  for (const error of Array.isArray(problem.errors) ? problem.errors : []) add(error?.reason);
  if (parts.length === 0) add(problem.title);
  return parts.join(' ');
}

/** What to tell the user about a failed call, in the current language. */
export function errorMessage(error: unknown, lang: Lang = getLang()): string {
  if (error instanceof NetworkError) return t('error.networkText', undefined, lang);
  if (error instanceof ApiError) {
    return problemMessage(error.problem, lang) || t('error.serverText', { status: error.status }, lang);
  }
  return t('error.unexpectedText', undefined, lang);
}

/** An error message for a part of a page (role=alert: read out when it appears). */
export function alertHtml(message: string, id = ''): SafeHtml {
  return html`<p class="error inline-error" role="alert"${id ? html` id="${id}"` : ''}>${message}</p>`;
}

/** The error page for a failed load: readable, in the current language, with the API's detail. */
export function errorView(error: unknown, retry: () => void): View {
  const describe = (): { title: string; text: string; detail: string } => {
    if (error instanceof NetworkError) {
      return { title: t('error.network'), text: t('error.networkText'), detail: '' };
    }
    if (error instanceof ApiError) {
      const detail = problemMessage(error.problem);
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
