// The implementation report's form (#/reports/...): which activities it covers, checks as you type, the PUT it
// sends (with If-Match once filed), the 412 conflict, submitting, and its HTML editable and read only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearApiCache, reportPath } from '../src/api/client';
import { setLang } from '../src/i18n';
import {
  ReportForm,
  conflictBoxHtml,
  itemFormHtml,
  reportActivities,
  reportFactsHtml,
  reportFormHtml,
  reportReadHtml,
  spentBySource,
  additionalFormHtml,
  additionalText,
} from '../src/pages/reportForm';
import { json, stubFetch } from './fixtures';
import { activityReport, filedReport, nbActivities } from './executionFixtures';

const URL = '/api/plans/NB-2021-2025/reports/37/WU/action-month/2025';

beforeEach(() => setLang('vi'));
afterEach(() => {
  vi.unstubAllGlobals();
  clearApiCache();
  setLang('vi');
});

const formFor = (report = activityReport(), etag: string | null = null) => new ReportForm({ report, etag }, reportActivities(nbActivities(), 'WU', 2025, report));

describe('the activities a report covers', () => {
  it('takes those the body leads or coordinates in the year, in the plan’s order, with its part in each', () => {
    const refs = reportActivities(nbActivities(), 'WU', 2025);
    expect(refs.map((r) => [r.number, r.role])).toEqual([['III.1.4', 'coordinating'], ['V.19.2', 'lead']]);
    expect(reportActivities(nbActivities(), 'WU', 2022).map((r) => r.number)).toEqual(['V.19.2', 'II.1']);
  });

  it('keeps an activity the report already holds, even outside the year or unknown, so that a save keeps it', () => {
    const report = activityReport({ items: [{ activity: 'X.9', status: 'done', note: null, outputs: [{ number: 1, sex: 'F', achieved: 4 }, { number: 1, sex: 'M', achieved: 2 }], additionalOutputs: [], spent: [] }] });
    const refs = reportActivities(nbActivities(), 'WU', 2025, report);
    expect(refs.map((r) => r.number)).toEqual(['III.1.4', 'V.19.2', 'X.9']);
    expect(refs[2]!.outputs).toMatchObject([{ number: 1, bySex: true }]);
  });

  it('builds the report’s path from its key', () => {
    expect(reportPath({ plan: 'BS-2018', area: '381', body: 'BS-CULTURE', kind: 'half-year', period: '2018S1' })).toBe('/api/plans/BS-2018/reports/381/BS-CULTURE/half-year/2018S1');
  });
});

describe('the form’s model', () => {
  it('starts from what is filed: statuses, outputs by sex, money with a decimal comma, texts', () => {
    const form = formFor(filedReport(), '"2"');
    const [month, policy] = form.items;
    expect(month!.status).toBe('in-progress');
    expect(month!.outputs.map((o) => [o.id, o.text])).toEqual([['item-0-out-1-_T', '3'], ['item-0-out-2-F', '60'], ['item-0-out-2-M', '25']]);
    expect(month!.spent).toEqual({ central: '', provincial: '12,5', other: '' });
    expect(policy!.status).toBe('done');
    expect(form.text.results).toBe('Tổ chức 12 buổi truyền thông');
    expect(form.changed()).toBe(false);
    expect(form.readOnlyReason()).toBeNull();
  });

  it('checks as you type: counts are whole and never negative, money is never negative, content needs a status', () => {
    const form = formFor();
    expect(form.problems()).toEqual([]);
    form.setField('item-0-out-2-F', '-3');
    form.setField('item-0-out-2-M', '2,5');
    form.setField('item-0-spent-central', 'abc');
    expect(form.problems().map((p) => [p.id, p.rule])).toEqual([
      ['item-0-out-2-F', 'negative'],
      ['item-0-out-2-M', 'integer'],
      ['item-0-spent-central', 'number'],
      ['item-0-status', 'status'],
    ]);
    expect(form.inputOrNull()).toBeNull();
    form.setField('item-0-out-2-F', '60');
    form.setField('item-0-out-2-M', '25');
    form.setField('item-0-spent-central', '7,5');
    form.setField('item-0-status', 'done');
    expect(form.problems()).toEqual([]);
    expect(form.setField('nope', 'x')).toBe(false);
  });

  it('sends each activity with a status, its outputs (F and M, or _T) and money as typed; empty ones left out', () => {
    const form = formFor();
    form.setField('item-0-status', 'done');
    form.setField('item-0-out-1-_T', '4');
    form.setField('item-0-out-2-F', '60');
    form.setField('item-0-spent-provincial', '12,5');
    form.setField('item-0-note', '  Đủ 4 lớp ');
    form.setField('report-results', 'Kết quả');
    expect(form.inputOrNull()).toEqual({
      results: 'Kết quả', difficulties: null, proposals: null,
      items: [{
        activity: 'III.1.4', status: 'done', note: 'Đủ 4 lớp',
        outputs: [{ number: 1, sex: '_T', achieved: 4 }, { number: 2, sex: 'F', achieved: 60 }],
        additionalOutputs: [],
        spent: [{ source: 'provincial', amount: 12.5 }],
      }],
    });
    expect(form.changed()).toBe(true);
  });

  it('adds outputs achieved beyond the plan: women and men only for people, checked against the total', () => {
    const form = formFor(activityReport({ items: [] }));
    const first = form.addOutput(1);
    expect(first).toBe('item-1-add-1-unit');
    expect(form.problems().map((p) => [p.id, p.rule])).toEqual([
      ['item-1-add-1-unit', 'unit'], ['item-1-add-1-description', 'description'], ['item-1-add-1-total', 'required'], ['item-1-status', 'status'],
    ]);
    form.setField('item-1-status', 'done');
    form.setField('item-1-add-1-unit', 'person');
    form.setField('item-1-add-1-description', ' Học viên tập huấn ');
    form.setField('item-1-add-1-total', '40');
    form.setField('item-1-add-1-female', '30');
    form.setField('item-1-add-1-male', '15');
    expect(form.problems()).toEqual([{ id: 'item-1-add-1-female', rule: 'sexSum' }]);
    form.setField('item-1-add-1-male', '8');
    form.addOutput(1);
    form.setField('item-1-add-2-unit', 'class');
    form.setField('item-1-add-2-description', 'Lớp tập huấn');
    form.setField('item-1-add-2-total', '2');
    form.setField('item-1-add-2-female', '9'); // typed before the unit changed: a class is not counted by sex
    expect(form.inputOrNull()?.items).toEqual([{
      activity: 'V.19.2', status: 'done', note: null, outputs: [], spent: [],
      additionalOutputs: [
        { unit: 'person', description: 'Học viên tập huấn', total: 40, female: 30, male: 8 },
        { unit: 'class', description: 'Lớp tập huấn', total: 2, female: null, male: null },
      ],
    }]);
    expect(form.removeOutput(1, 2)).toBe(true);
    expect(form.inputOrNull()?.items?.[0]?.additionalOutputs).toHaveLength(1);
  });

  it('reads back the outputs achieved a report holds, and shows them with women, men and the unrecorded rest', () => {
    const report = filedReport({ items: [{ activity: 'V.19.2', status: 'done', note: null, outputs: [], spent: [],
      additionalOutputs: [{ unit: 'person', description: 'Học viên', total: 40, female: 25, male: 12 }] }] });
    const form = formFor(report, '"3"');
    expect(form.items[1]!.additional).toMatchObject([{ unit: 'person', description: 'Học viên', total: '40', female: '25', male: '12' }]);
    expect(additionalText(report.items[0]!.additionalOutputs[0]!, 'vi')).toBe('Học viên: 40 người (Nữ: 25 · Nam: 12 · chưa ghi giới tính: 3)');
    expect(additionalFormHtml(form, form.items[1]!, 'vi').value).toContain('id="item-1-add-1-female"');
  });

  it('saves a new report without If-Match, then with the ETag it got', async () => {
    const saved = filedReport({ version: 1, items: [{ activity: 'V.19.2', status: 'done', note: null, outputs: [], additionalOutputs: [], spent: [] }] });
    const calls = stubFetch({ [`PUT ${URL}`]: [json(saved, 200, { etag: '"1"' }), json({ ...saved, version: 2 }, 200, { etag: '"2"' })] });
    const form = formFor();
    form.setField('item-1-status', 'done');
    await expect(form.save()).resolves.toBe('saved');
    expect(calls[0]).toMatchObject({ method: 'PUT', url: URL, body: { items: [{ activity: 'V.19.2', status: 'done', outputs: [], additionalOutputs: [], spent: [] }] } });
    expect(calls[0]!.headers['If-Match']).toBeUndefined();
    expect(form.etag).toBe('"1"');
    expect(form.report.state).toBe('draft');
    form.setField('report-proposals', 'Thêm kinh phí');
    await form.save();
    expect(calls[1]!.headers['If-Match']).toBe('"1"');
  });

  it('on 412 reads the report again and offers theirs or mine; mine is written with the new ETag', async () => {
    const theirs = filedReport({ version: 3, results: 'Của người khác', enteredBy: 'wu2' });
    const calls = stubFetch({
      [`PUT ${URL}`]: [json({ status: 412, detail: 'Báo cáo vừa bị thay đổi. / The report changed.' }, 412), json({ ...theirs, version: 4, results: 'Của tôi' }, 200, { etag: '"4"' })],
      [`GET ${URL}`]: json(theirs, 200, { etag: '"3"' }),
    });
    const form = formFor(filedReport(), '"2"');
    form.setField('report-results', 'Của tôi');
    await expect(form.save()).resolves.toBe('conflict');
    expect(form.conflict?.etag).toBe('"3"');
    expect(conflictBoxHtml(form).value).toContain('Báo cáo vừa được thay đổi ở nơi khác (wu2, 01/12/2025 10:00)');
    expect(conflictBoxHtml(form).value).toContain('id="report-keep-mine"');
    await expect(form.keepMine()).resolves.toBe('saved');
    expect(calls.map((c) => `${c.method} ${c.headers['If-Match'] ?? ''}`)).toEqual(['PUT "2"', 'GET ', 'PUT "3"']);
    expect(form.text.results).toBe('Của tôi');
  });

  it('takes theirs on request, dropping what was typed; a colleague’s submission leaves only that choice', async () => {
    stubFetch({
      [`PUT ${URL}`]: json({ status: 428, detail: 'Cần If-Match. / If-Match required.' }, 428),
      [`GET ${URL}`]: json(filedReport({ state: 'submitted', version: 5 }), 200, { etag: '"5"' }),
    });
    const form = formFor();
    form.setField('report-results', 'Mới');
    await expect(form.save()).resolves.toBe('conflict');
    expect(conflictBoxHtml(form).value).not.toContain('report-keep-mine');
    form.useTheirs();
    expect(form.conflict).toBeNull();
    expect(form.text.results).toBe('Tổ chức 12 buổi truyền thông');
    expect(form.readOnlyReason()).toBe('submitted');
  });

  it('submits with a POST without a body, and reads the answer', async () => {
    const calls = stubFetch({ [`POST ${URL}/submit`]: json(filedReport({ state: 'submitted', version: 3 }), 200, { etag: '"3"' }) });
    const form = formFor(filedReport(), '"2"');
    await form.submit();
    expect(calls[0]).toMatchObject({ method: 'POST', url: `${URL}/submit`, body: undefined });
    expect(form.report.state).toBe('submitted');
    expect(form.etag).toBe('"3"');
  });

  it('is read only once submitted or approved, and after its lock date', () => {
    expect(formFor(filedReport({ state: 'submitted' })).readOnlyReason()).toBe('submitted');
    expect(formFor(filedReport({ state: 'approved' })).readOnlyReason()).toBe('approved');
    expect(formFor(activityReport({ locked: true })).readOnlyReason()).toBe('locked');
    expect(formFor(filedReport({ state: 'returned' })).readOnlyReason()).toBeNull();
  });

  it('adds up the money spent by source', () => {
    expect(spentBySource(filedReport())).toEqual({ central: 0, provincial: 12.5, other: 0 });
  });
});

describe('the form’s HTML', () => {
  it('gives each activity a labelled status, F and M inputs for outputs counted by sex, one otherwise, money by source and a note', () => {
    const form = formFor(filedReport(), '"2"');
    const out = itemFormHtml(form, form.items[0]!).value;
    expect(out).toMatch(/^<article class="report-item" data-activity="III.1.4" data-status="in-progress" aria-labelledby="item-0-title">/);
    expect(out).toContain('<span class="role-badge role-coordinating" data-role="coordinating">Phối hợp</span>');
    expect(out).toContain('<label for="item-0-status">Tình trạng thực hiện</label>');
    expect(out).toContain('<option value="in-progress" selected>Đang thực hiện</option>');
    expect(out).toContain('Tập huấn cán bộ cơ sở</span> <span class="output-planned">(kế hoạch: 4 lớp)</span>');
    expect(out).toContain('<label for="item-0-out-1-_T">Số đạt được</label>');
    expect(out).toContain('<label for="item-0-out-2-F">Nữ</label>');
    expect(out).toContain('<label for="item-0-out-2-M">Nam</label>');
    expect(out).toMatch(/id="item-0-out-2-F" class="report-input" type="text" inputmode="numeric"[^>]*value="60"/);
    expect(out).toMatch(/id="item-0-spent-provincial" class="report-input" type="text" inputmode="decimal"[^>]*value="12,5"/);
    expect(out).toContain('<label for="item-0-spent-central">Trung ương</label>');
    expect(out).toContain('<textarea id="item-0-note" class="report-input note-text" rows="2" maxlength="2000">Còn 1 lớp</textarea>');
    expect(out).not.toContain('aria-invalid');
  });

  it('marks a wrong field and says why, in the current language', () => {
    const form = formFor();
    form.setField('item-0-out-2-F', '-1');
    const out = itemFormHtml(form, form.items[0]!).value;
    expect(out).toMatch(/id="item-0-out-2-F"[^>]*aria-invalid="true"/);
    expect(out).toContain('Không được là số âm.');
    expect(out).toMatch(/id="item-0-status"[^>]*aria-invalid="true"/);
    setLang('en');
    expect(itemFormHtml(form, form.items[0]!).value).toContain("Choose this activity&#39;s status.");
  });

  it('has the three texts, labelled and escaped', () => {
    const out = reportFormHtml(formFor(filedReport())).value;
    expect(out).toContain('<label for="report-results">Kết quả đạt được</label>');
    expect(out).toContain('<label for="report-difficulties">Khó khăn, vướng mắc và nguyên nhân</label>');
    expect(out).toContain('<label for="report-proposals">Kiến nghị, đề xuất</label>');
    expect(out).toContain('>Kinh phí &lt;ít&gt;</textarea>');
    expect(out).toContain('Kết quả theo nhiệm vụ (2)');
  });

  it('reads a report: statuses with words, achieved counts by sex, money, texts', () => {
    const report = filedReport({ state: 'submitted' });
    const out = reportReadHtml(report, reportActivities(nbActivities(), 'WU', 2025, report)).value;
    expect(out).toContain('data-activity-status="in-progress"><span aria-hidden="true">◐</span> Đang thực hiện</span>');
    expect(out).toContain('<dd class="readonly-value">Nữ: 60 · Nam: 25</dd>');
    expect(out).toContain('<dd class="readonly-value">3</dd>');
    expect(out).toContain('Ngân sách tỉnh: <span class="readonly-value">12,5</span>');
    expect(out).toContain('id="report-results-text">Tổ chức 12 buổi truyền thông</dd>');
    expect(out).toContain('id="report-proposals-text">(trống)</dd>');
  });

  it('shows the state, due date and how it stands, the lock, the recipient and a returned report’s comment', () => {
    const out = reportFactsHtml(filedReport({ state: 'returned', comment: 'Thiếu <số> nam' }), '2025-12-12', null).value;
    expect(out).toContain('id="report-state" data-state="returned"');
    expect(out).toContain('id="report-due" data-date="2025-12-15">15/12/2025 <span class="due-status">còn 3 ngày</span>');
    expect(out).toContain('id="report-lock" data-date="2025-12-30" data-locked="false">30/12/2025');
    expect(out).toContain('id="report-recipient">Cơ quan điều phối');
    expect(out).toContain('<blockquote id="report-comment">Thiếu &lt;số&gt; nam</blockquote>');
    const locked = reportFactsHtml(activityReport({ locked: true, recipient: 'BS-LABOUR' }), '2026-01-02', 'Phòng LĐTBXH').value;
    expect(locked).toContain('🔒</span> Đã khóa');
    expect(locked).toContain('quá hạn 18 ngày');
    expect(locked).toContain('id="report-recipient">Phòng LĐTBXH');
  });
});
