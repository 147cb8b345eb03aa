import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/client';
import { setLang } from '../src/i18n';
import { afterSignInHash, signInErrorMessage, signInPage } from '../src/pages/signIn';
import { parseRoute } from '../src/router';

afterEach(() => setLang('vi'));

describe('sign-in', () => {
  it('goes back where the user was, else by role: department → #/my, admin → #/review, statistics → uploads, leader → dashboard', () => {
    expect(afterSignInHash('/indicators/SRB?area=37', 'leader')).toBe('#/indicators/SRB?area=37');
    expect(afterSignInHash(undefined, 'statistics')).toBe('#/uploads');
    expect(afterSignInHash(undefined, 'admin')).toBe('#/review');
    expect(afterSignInHash(undefined, 'department')).toBe('#/my');
    expect(afterSignInHash(undefined, 'department', null)).toBe('#/activities');
    expect(afterSignInHash('/uploads', 'admin')).toBe('#/uploads');
    expect(afterSignInHash(undefined, 'leader')).toBe('#/dashboard?plan=NB-2021-2025&area=37');
    expect(afterSignInHash('https://evil.example', 'leader')).toBe('#/dashboard?plan=NB-2021-2025&area=37');
  });

  it('shows the API’s message in the current language', () => {
    const wrong = new ApiError(401, { title: 'Đăng nhập không thành công / Sign-in failed', detail: 'Tên đăng nhập hoặc mật khẩu không đúng. / Wrong user name or password.' });
    expect(signInErrorMessage(wrong)).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    setLang('en');
    expect(signInErrorMessage(wrong)).toBe('Wrong user name or password.');
    const tooMany = new ApiError(429, { title: 'x / y', detail: 'Hãy thử lại sau 14 phút. / Try again in 14 minutes.' }, 840);
    expect(signInErrorMessage(tooMany)).toBe('Try again in 14 minutes.');
    expect(signInErrorMessage(new ApiError(429, {}, 300))).toBe('Too many failed sign-ins. Try again in 5 minutes.');
  });

  it('renders a labelled form', async () => {
    const out = (await signInPage.load(parseRoute('#/sign-in?return=%2Fuploads&expired=1'))).html().value;
    expect(out).toContain('<label for="sign-in-username">Tên đăng nhập</label>');
    expect(out).toContain('<label for="sign-in-password">Mật khẩu</label>');
    expect(out).toContain('autocomplete="current-password"');
    expect(out).toContain('id="sign-in-expired"');
    expect(out).not.toContain('role="alert"');
  });
});
