import { describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n';
import { predecessorsNoteHtml } from '../src/pages/dashboard';

const old = [
  { code: '37', nameVi: 'Tỉnh Ninh Bình', nameEn: 'Ninh Binh Province', hasData: true },
  { code: '35', nameVi: 'Tỉnh Hà Nam', nameEn: 'Ha Nam Province', hasData: true },
  { code: '36', nameVi: 'Tỉnh Nam Định', nameEn: 'Nam Dinh Province', hasData: false },
];

describe('predecessorsNoteHtml', () => {
  it('says a baseline was summed from the old units, naming them and those without data', () => {
    setLang('vi');
    const text = String(predecessorsNoteHtml({ year: 2025, value: 112.4, predecessors: old }, { year: 2026, value: 110 }));

    expect(text).toContain('data-predecessors="37,35,36"');
    expect(text).toContain('2025: tính từ số liệu cộng lại của các đơn vị cũ');
    expect(text).toContain('Tỉnh Hà Nam');
    expect(text).toContain('Tỉnh Nam Định (chưa có số liệu)');
  });

  it('says nothing for an area’s own data', () => {
    expect(String(predecessorsNoteHtml({ year: 2024, value: 111 }, { year: 2025, value: 110 }))).toBe('');
    expect(String(predecessorsNoteHtml(null, undefined))).toBe('');
  });
});
