import { beforeEach, describe, expect, it } from 'vitest';
import type { UploadRecord, UploadReport } from '../src/api/types';
import { formatInstant } from '../src/format';
import { setLang } from '../src/i18n';
import { canImport } from '../src/pages/uploads';
import {
  countsSummary,
  fileKey,
  historyHtml,
  isUploadFileName,
  issueRows,
  reportHtml,
  templateFileName,
} from '../src/pages/uploadReport';

const report: UploadReport = {
  uploadId: 4,
  fileName: 'so-lieu <2024>.csv',
  dryRun: true,
  status: 'rejected',
  rows: 9,
  inserted: 7,
  updated: 1,
  unchanged: 0,
  rejected: 1,
  flagged: 1,
  blank: 0,
  errors: [
    { row: 8, column: 'value', value: '95.5', rule: 'part-above-total', messageVi: 'Giá trị theo giới (95.5) lớn hơn tổng.', messageEn: 'The value for one sex (95.5) exceeds the total.' },
    { row: 3, column: 'area', value: null, rule: 'unknown-area', messageVi: 'Không có địa bàn <b>.', messageEn: 'No area <b>.' },
  ],
  flags: [{ row: 3, column: 'value', value: '9000', rule: 'outlier', messageVi: 'Khác xa chuỗi số liệu.', messageEn: 'Far from the series.' }],
  truncated: false,
};

/** The <tr> elements of the issue table, as strings. */
function issueTrs(out: string): string[] {
  return [...out.matchAll(/<tr role="row" class="(row-error|row-flag)"[^>]*>[\s\S]*?<\/tr>/g)].map((m) => m[0]);
}

beforeEach(() => setLang('vi'));

describe('upload report', () => {
  it('lists errors and flags in file order, a row’s errors first', () => {
    expect(issueRows(report).map((r) => [r.row, r.kind, r.column])).toEqual([
      [3, 'error', 'area'],
      [3, 'flag', 'value'],
      [8, 'error', 'value'],
    ]);
  });

  it('renders one table row per issue, errors as row-error and flags as row-flag, in words as well as colour', () => {
    const out = reportHtml(report).value;
    expect(out).toContain('id="upload-report"');
    const rows = issueTrs(out);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('class="row-error" data-kind="error" data-row="3" data-column="area" data-rule="unknown-area"');
    expect(rows[0]).toContain('Lỗi');
    expect(rows[0]).toContain('(trống)'); // a null value
    expect(rows[1]).toContain('class="row-flag" data-kind="flag" data-row="3"');
    expect(rows[1]).toContain('Cần xem');
    expect(rows[1]).toContain('<code>9000</code>');
    expect(rows[2]).toContain('Giá trị theo giới (95.5) lớn hơn tổng.');
    expect(rows[2]).toContain('<th role="rowheader" scope="row" class="num" data-label="Dòng">8</th>');
  });

  it('shows the messages in the current language and escapes API text', () => {
    setLang('en');
    const out = reportHtml(report).value;
    expect(out).toContain('No area &lt;b&gt;.');
    expect(out).not.toContain('Không có địa bàn');
    expect(out).toContain('so-lieu &lt;2024&gt;.csv');
    expect(out).not.toContain('<b>');
    expect(issueTrs(out)[0]).toContain('Error');
    expect(issueTrs(out)[1]).toContain('Flag');
  });

  it('shows every count and the status', () => {
    const out = reportHtml(report).value;
    expect(out).toContain('id="upload-summary" data-status="rejected"');
    for (const key of ['rows', 'inserted', 'updated', 'unchanged', 'rejected', 'flagged', 'blank']) {
      expect(out).toContain(`data-count="${key}"`);
    }
    expect(out).toMatch(/data-count="inserted">\s*<dt>Thêm mới<\/dt><dd>7<\/dd>/);
    expect(out).toContain('Bị từ chối');
  });

  it('says so when there is nothing to report, and when the list is cut short', () => {
    const clean = { ...report, status: 'validated' as const, errors: [], flags: [], rejected: 0, flagged: 0 };
    const out = reportHtml(clean).value;
    expect(issueTrs(out)).toHaveLength(0);
    expect(out).toContain('class="no-issues"');
    expect(out).not.toContain('upload-truncated');
    expect(reportHtml({ ...report, truncated: true }).value).toContain('id="upload-truncated"');
  });
});

describe('import button', () => {
  const file = { name: 'a.csv', size: 10, lastModified: 1 } as File;
  const clean: UploadReport = { ...report, status: 'validated', errors: [], flags: [], rejected: 0 };

  it('is enabled only after a dry run without errors of the same file', () => {
    expect(canImport({ file, report: clean, reportFile: fileKey(file), busy: null })).toBe(true);
    expect(canImport({ file, report: null, reportFile: null, busy: null })).toBe(false);
    expect(canImport({ file, report, reportFile: fileKey(file), busy: null })).toBe(false); // errors
    expect(canImport({ file, report: clean, reportFile: fileKey({ ...file, size: 11 }), busy: null })).toBe(false); // another file
    expect(canImport({ file, report: { ...clean, dryRun: false, status: 'imported' }, reportFile: fileKey(file), busy: null })).toBe(false);
    expect(canImport({ file, report: clean, reportFile: fileKey(file), busy: 'dryRun' })).toBe(false);
  });

  it('accepts only .csv and .xlsx files', () => {
    expect(isUploadFileName('so-lieu.CSV')).toBe(true);
    expect(isUploadFileName('mau.xlsx')).toBe(true);
    expect(isUploadFileName('mau.xls')).toBe(false);
    expect(isUploadFileName('csv')).toBe(false);
  });
});

describe('upload history', () => {
  const record: UploadRecord = {
    id: 12, fileName: 'q3.xlsx', uploadedBy: 'statistics', uploadedAt: '2026-11-22T17:30:00Z', dryRun: false, status: 'imported',
    rows: 1200, inserted: 1000, updated: 200, unchanged: 0, rejected: 0, flagged: 3, blank: 0,
  };

  it('shows times in Viet Nam (UTC+7) as dd/MM/yyyy HH:mm', () => {
    expect(formatInstant('2026-11-22T17:30:00Z')).toBe('23/11/2026 00:30');
    expect(formatInstant('2026-01-05T01:02:03.1234567Z')).toBe('05/01/2026 08:02');
  });

  it('renders one row per upload with its time, kind, status and counts', () => {
    const out = historyHtml([record]).value;
    expect(out).toContain('id="upload-history"');
    expect(out).toContain('data-upload="12" data-status="imported" data-dry-run="false"');
    expect(out).toContain('<time datetime="2026-11-22T17:30:00Z">23/11/2026 00:30</time>');
    expect(out).toContain('Nhập thật');
    expect(out).toContain('Đã nhập');
    expect(out).toContain('1.200');
    expect(countsSummary(record, 'en')).toBe('1,000 new · 200 updated · 3 flagged');
    expect(countsSummary({ ...record, inserted: 0, updated: 0, flagged: 0 })).toBe('—');
    expect(historyHtml([]).value).toContain('id="upload-history-empty"');
  });
});

describe('template', () => {
  it('is downloaded as template-CODE.xlsx', () => {
    expect(templateFileName('NB-2021-2025')).toBe('template-NB-2021-2025.xlsx');
    expect(templateFileName('VN-2021-2030')).toBe('template-VN-2021-2030.xlsx');
  });

  it('keeps unsafe characters out of the file name', () => {
    expect(templateFileName('../a b/c')).toBe('template-a-b-c.xlsx');
    expect(templateFileName('')).toBe('template-plan.xlsx');
  });
});
