// Sign-in: user name and password for a bearer token, then back to where the user was
// (#/sign-in?return=/indicators/SRB), or by role: a department to its values (#/my), the
// coordinating department (admin) to its review queue, the statistics office to uploads, a leader to the
// progress dashboard.

import { ApiError, api } from '../api/client';
import type { Role } from '../api/types';
import { html } from '../html';
import { t } from '../i18n';
import { announce } from '../live';
import { dashboardHref, href, safeReturn } from '../router';
import { UPLOAD_ROLES, getSession, sessionFromToken, setSession } from '../session';
import { alertHtml, errorMessage } from './common';
import type { Page } from './page';

/**
 * Where to go after signing in: the return path if it is one of the app's pages, else by role. A department
 * user who reports for a body that is no provincial agency (a town office, a People's Committee: no agency,
 * so no target values to enter) lands on its activities.
 */
export function afterSignInHash(returnTo: string | undefined, role: Role, agency?: string | null): string {
  const back = safeReturn(returnTo);
  if (back) return `#${back}`;
  if (role === 'department') return agency === null ? href('activities') : href('my');
  if (role === 'admin') return href('review');
  if (role === 'leader') return dashboardHref();
  return UPLOAD_ROLES.includes(role) ? href('uploads') : '#/';
}

/** The message for a failed sign-in, in the current language. */
export function signInErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 429) {
    const detail = errorMessage(error);
    if (error.problem.detail) return detail;
    const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60));
    return t('signIn.tooMany', { minutes });
  }
  if (error instanceof ApiError && error.status === 401 && !error.problem.detail) return t('signIn.wrong');
  return errorMessage(error);
}

export const signInPage: Page = {
  async load(route) {
    const returnTo = route.query.return;
    const expired = route.query.expired === '1';
    // Kept across re-renders (language switch); the password is dropped after each attempt.
    const form = { username: '', password: '' };
    let error: unknown = null;
    let fieldError: 'username' | 'password' | null = null;
    let busy = false;

    const errorText = (): string => {
      if (fieldError === 'username') return t('signIn.needUsername');
      if (fieldError === 'password') return t('signIn.needPassword');
      return error ? signInErrorMessage(error) : '';
    };

    return {
      title: () => t('signIn.title'),
      html: () => {
        const session = getSession();
        const message = errorText();
        return html`<h1 tabindex="-1" id="sign-in-title">${t('signIn.title')}</h1>
          <p class="intro">${t('signIn.intro')}</p>
          ${expired ? html`<p class="notice" id="sign-in-expired">${t('signIn.expired')}</p>` : ''}
          ${session ? html`<p class="notice" id="signed-in-as">${t('signIn.already', { name: session.user.displayName || session.user.username })}</p>` : ''}
          <form id="sign-in-form" class="form-card" novalidate>
            <div class="field">
              <label for="sign-in-username">${t('signIn.username')}</label>
              <input id="sign-in-username" name="username" type="text" autocomplete="username" autocapitalize="none"
                spellcheck="false" required value="${form.username}"${fieldError === 'username' ? html` aria-invalid="true" aria-describedby="sign-in-error"` : ''} />
            </div>
            <div class="field">
              <label for="sign-in-password">${t('signIn.password')}</label>
              <input id="sign-in-password" name="password" type="password" autocomplete="current-password" required${fieldError === 'password' ? html` aria-invalid="true" aria-describedby="sign-in-error"` : ''} />
            </div>
            <div id="sign-in-message">${message ? alertHtml(message, 'sign-in-error') : ''}</div>
            <p class="actions">
              <button type="submit" class="button primary" id="sign-in-submit"${busy ? html` disabled` : ''}>${busy ? t('signIn.busy') : t('signIn.submit')}</button>
            </p>
          </form>`;
      },
      mount: (root) => {
        const formEl = root.querySelector<HTMLFormElement>('#sign-in-form');
        if (!formEl) return;
        const user = formEl.querySelector<HTMLInputElement>('#sign-in-username')!;
        const pass = formEl.querySelector<HTMLInputElement>('#sign-in-password')!;
        const button = formEl.querySelector<HTMLButtonElement>('#sign-in-submit')!;
        pass.value = form.password; // kept across a language switch, never written into the markup
        user.addEventListener('input', () => (form.username = user.value));
        pass.addEventListener('input', () => (form.password = pass.value));

        // Looks the elements up again: a language switch may have re-rendered the form meanwhile.
        const showMessage = () => {
          const box = document.getElementById('sign-in-message');
          const message = errorText();
          if (box) box.innerHTML = message ? alertHtml(message, 'sign-in-error').value : '';
          const inputs = [['sign-in-username', 'username'], ['sign-in-password', 'password']] as const;
          for (const [id, name] of inputs) {
            const input = document.getElementById(id);
            if (!input) continue;
            if (fieldError === name) {
              input.setAttribute('aria-invalid', 'true');
              input.setAttribute('aria-describedby', 'sign-in-error');
            } else {
              input.removeAttribute('aria-invalid');
              input.removeAttribute('aria-describedby');
            }
          }
        };

        formEl.addEventListener('submit', async (event) => {
          event.preventDefault();
          if (busy) return;
          form.username = user.value.trim();
          form.password = pass.value;
          error = null;
          fieldError = !form.username ? 'username' : !form.password ? 'password' : null;
          if (fieldError) {
            showMessage();
            document.getElementById(fieldError === 'username' ? 'sign-in-username' : 'sign-in-password')?.focus();
            return;
          }
          busy = true;
          button.disabled = true;
          button.textContent = t('signIn.busy');
          showMessage();
          try {
            const answer = await api.signIn(form.username, form.password);
            form.password = '';
            busy = false;
            announce(t('signIn.done', { name: answer.user.displayName || answer.user.username }));
            const target = afterSignInHash(returnTo, answer.user.role, answer.user.agency ?? null);
            // Changing the hash first makes the session listener (main.ts) open the target page.
            history.replaceState(null, '', target);
            setSession(sessionFromToken(answer));
          } catch (err) {
            error = err;
            busy = false;
            form.password = '';
            const current = document.getElementById('sign-in-submit') as HTMLButtonElement | null;
            if (current) {
              current.disabled = false;
              current.textContent = t('signIn.submit');
            }
            const currentPass = document.getElementById('sign-in-password') as HTMLInputElement | null;
            if (currentPass) {
              currentPass.value = '';
              currentPass.focus();
            }
            showMessage();
          }
        });
      },
    };
  },
};
