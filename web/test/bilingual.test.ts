import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../src/api/client';
import { setLang, splitBilingual } from '../src/i18n';
import { errorMessage, errorView, problemMessage } from '../src/pages/common';

afterEach(() => setLang('vi'));

describe('bilingual API texts ("Vietnamese / English")', () => {
  const detail = 'Tên đăng nhập hoặc mật khẩu không đúng. / Wrong user name or password.';

  it('takes the first half in Vietnamese and the second in English', () => {
    expect(splitBilingual(detail, 'vi')).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(splitBilingual(detail, 'en')).toBe('Wrong user name or password.');
  });

  it('returns a text without the separator whole, in both languages', () => {
    expect(splitBilingual("'username' must not be empty.", 'vi')).toBe("'username' must not be empty.");
    expect(splitBilingual('a/b and c/d', 'en')).toBe('a/b and c/d'); // a slash without spaces is not the separator
    expect(splitBilingual(null, 'en')).toBe('');
  });

  it('splits in the middle when both halves contain the separator', () => {
    const text = "Tệp 'a / b.txt' phải có đuôi .csv. / File 'a / b.txt' must be a .csv file.";
    expect(splitBilingual(text, 'vi')).toBe("Tệp 'a / b.txt' phải có đuôi .csv.");
    expect(splitBilingual(text, 'en')).toBe("File 'a / b.txt' must be a .csv file.");
  });

  it('falls back to the other half when one is empty', () => {
    expect(splitBilingual('Chỉ tiếng Việt / ', 'en')).toBe('Chỉ tiếng Việt');
  });
});

describe('problem details in the current language', () => {
  it('uses the detail, else the reasons of invalid fields, else the title', () => {
    expect(problemMessage({ title: 'Đăng nhập không thành công / Sign-in failed', detail: 'Sai. / Wrong.' }, 'en')).toBe('Wrong.');
    expect(
      problemMessage({ title: 'Bad Request', errors: [{ name: 'area', reason: 'Cần chọn địa bàn (area). / area is required.' }, { name: 'from', reason: "'from' sai. / from is wrong." }] }, 'en'),
    ).toBe('area is required. from is wrong.');
    expect(problemMessage({ title: 'Tệp quá lớn / File too large' }, 'vi')).toBe('Tệp quá lớn');
    expect(problemMessage({}, 'vi')).toBe('');
  });

  it('describes failed calls for people', () => {
    const tooLarge = new ApiError(413, { status: 413, title: 'Tệp quá lớn / File too large', detail: 'Tệp lớn hơn giới hạn 50 MB. / The file is larger than the 50 MB limit.' });
    expect(errorMessage(tooLarge, 'vi')).toBe('Tệp lớn hơn giới hạn 50 MB.');
    expect(errorMessage(tooLarge, 'en')).toBe('The file is larger than the 50 MB limit.');
    expect(errorMessage(new ApiError(500, {}), 'en')).toBe('The server answered with error code 500.');
    expect(errorMessage(new NetworkError('down'), 'en')).toBe('Check your connection and try again.');
  });

  it('shows only the current language on the error page', () => {
    const error = new ApiError(404, { title: 'Không tìm thấy / Not found', detail: "Không có kế hoạch mã 'X'. / No plan with code 'X'." });
    const view = errorView(error, () => {});
    expect(view.html().value).toContain('Không có kế hoạch mã &#39;X&#39;.');
    expect(view.html().value).not.toContain('No plan with code');
    setLang('en');
    expect(view.html().value).toContain('No plan with code &#39;X&#39;.');
    expect(view.html().value).not.toContain('Không có kế hoạch');
  });
});
