// The department's form (#/my): checks as you type, PUT with or without If-Match, the 412 conflict,
// read-only fields, and the history list. No DOM: the model and the HTML strings.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, clearApiCache, valuePutRequest } from '../src/api/client';
import type { ValueHistoryEntry } from '../src/api/types';
import { setLang } from '../src/i18n';
import {
  ValueForm,
  checkValue,
  conflictHtml,
  fieldHint,
  fieldHtml,
  fieldMessageHtml,
  historyListHtml,
  parseNumber,
  targetsHtml,
  type FieldRules,
} from '../src/pages/valueForm';
import { assignments, json, stubFetch, submission } from './fixtures';

beforeEach(() => setLang('vi'));
afterEach(() => {
  vi.unstubAllGlobals();
  clearApiCache();
  setLang('vi');
});

const count: FieldRules = { integerOnly: true, min: null, max: null, unit: 'count' };
const percent: FieldRules = { integerOnly: false, min: null, max: null, unit: 'percent' };
const ratio: FieldRules = { integerOnly: false, min: 50, max: 150, unit: 'ratio' };

const stored = (over: Record<string, unknown> = {}) => ({
  code: 'LIVE_BIRTHS', area: '37', period: '2025', sex: 'F', value: 1200, note: null, state: 'draft', version: 2,
  enteredBy: 'doh', enteredAt: '2026-11-22T02:30:00Z', ...over,
});

describe('field checks', () => {
  it('reads numbers with a decimal point or comma, and nothing else', () => {
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('12,')).toBe(12);
    for (const bad of ['12a', '1.234,5', '1 000', 'e5', '--1', 'Infinity']) expect(parseNumber(bad), bad).toBeNaN();
  });

  it('accepts an empty field unless a value is stored', () => {
    expect(checkValue('', count)).toEqual({ ok: true, value: null });
    expect(checkValue('  ', count, true)).toEqual({ ok: false, rule: 'required' });
  });

  it('wants a number, not negative, whole for counts', () => {
    expect(checkValue('abc', count)).toEqual({ ok: false, rule: 'number' });
    expect(checkValue('-3', count)).toEqual({ ok: false, rule: 'negative' });
    expect(checkValue('3,5', count)).toEqual({ ok: false, rule: 'integer' });
    expect(checkValue('1040', count)).toEqual({ ok: true, value: 1040 });
    expect(checkValue('0', count)).toEqual({ ok: true, value: 0 });
  });

  it('caps percentages at 100 and keeps values within the field’s min–max', () => {
    expect(checkValue('100', percent)).toEqual({ ok: true, value: 100 });
    expect(checkValue('100,5', percent)).toEqual({ ok: false, rule: 'percent' });
    expect(checkValue('45,3', percent)).toEqual({ ok: true, value: 45.3 });
    expect(checkValue('49', ratio)).toEqual({ ok: false, rule: 'range' });
    expect(checkValue('151', ratio)).toEqual({ ok: false, rule: 'range' });
    expect(checkValue('150', ratio)).toEqual({ ok: true, value: 150 });
    expect(checkValue('11', { ...count, min: 10 })).toEqual({ ok: true, value: 11 });
    expect(checkValue('9', { ...count, min: 10 })).toEqual({ ok: false, rule: 'min' });
    expect(checkValue('21', { ...count, max: 20 })).toEqual({ ok: false, rule: 'max' });
    expect(checkValue('60', { ...percent, max: 50 })).toEqual({ ok: false, rule: 'max' });
  });

  it('says what the field accepts, in both languages', () => {
    expect(fieldHint(count)).toBe('Số nguyên, từ 0 trở lên.');
    expect(fieldHint(percent)).toBe('Một số từ 0 đến 100 (phần thập phân sau dấu phẩy).');
    expect(fieldHint(ratio, 'en')).toBe('A number from 50 to 150 (decimal point or comma).');
  });

  it('shows the message under the field, marks it aria-invalid and points aria-describedby at it', () => {
    const form = new ValueForm(assignments());
    const model = form.fields.get('LIVE_BIRTHS-M')!;
    model.text = '12,5';
    const out = fieldHtml(form, model).value;
    expect(out).toContain('<label for="field-LIVE_BIRTHS-M">Số trẻ sinh ra sống — Nam</label>');
    expect(out).toMatch(/<input id="field-LIVE_BIRTHS-M" class="value-input" type="text" inputmode="decimal"/);
    expect(out).toContain('aria-describedby="field-LIVE_BIRTHS-M-hint field-LIVE_BIRTHS-M-msg"');
    expect(out).toContain('aria-invalid="true"');
    expect(out).toContain('<p class="field-message" id="field-LIVE_BIRTHS-M-msg"><span class="field-error"><span aria-hidden="true">✖</span> Phải là số nguyên (không có phần thập phân).</span></p>');
    expect(out).toContain('<label for="note-LIVE_BIRTHS-M">Ghi chú (không bắt buộc)</label>');
    model.text = '1100';
    expect(fieldHtml(form, model).value).not.toContain('aria-invalid');
  });
});

describe('the form', () => {
  it('renders a card per led target with the goal beside the fields, and the coordinated ones read only', () => {
    const out = targetsHtml(new ValueForm(assignments())).value;
    expect(out).toContain('data-target="4.1"');
    expect(out).toContain('data-target="4.2"');
    expect(out).toMatch(/<article class="target-card" data-target="4.1" data-role="lead"[\s\S]*?<span aria-hidden="true">≤<\/span>[\s\S]*?111 bé trai\/100 bé gái[\s\S]*?năm 2025/);
    expect(out).toContain('id="field-LIVE_BIRTHS-F"');
    expect(out).toContain('id="field-LIVE_BIRTHS-M"');
    // Coordinated: a section "Phối hợp", no inputs.
    expect(out).toContain('<h2 id="coordinating-heading">Phối hợp</h2>');
    expect(out).toMatch(/<article class="target-card readonly-card" data-target="3.2" data-role="coordinating"/);
    expect(out).not.toContain('id="field-GBV_SUPPORT-_T"');
    expect(out).toContain('75%');
    // A badge per field: icon and words.
    expect(out).toContain('<span class="state-badge state-draft" data-state="draft"><span aria-hidden="true">✎</span> Nháp</span>');
    expect(out).toContain('data-state="none"><span aria-hidden="true">○</span> Chưa nhập</span>');
  });

  it('makes submitted and approved fields, and every field of a locked period, read only with a reason', () => {
    const form = new ValueForm(assignments());
    const approved = fieldHtml(form, form.fields.get('ANC_SHARE-_T')!).value;
    expect(approved).toContain('readonly');
    expect(approved).toContain('data-readonly="approved"');
    expect(approved).toContain('Không sửa được: đã được duyệt.');
    expect(approved).toContain('aria-describedby="field-ANC_SHARE-_T-reason"');
    expect(form.editable().map((m) => m.key)).toEqual(['LIVE_BIRTHS-F', 'LIVE_BIRTHS-M']);

    const locked = new ValueForm(assignments({ locked: true }));
    expect(locked.editable()).toEqual([]);
    expect(fieldHtml(locked, locked.fields.get('LIVE_BIRTHS-M')!).value).toContain('Không sửa được: kỳ báo cáo đã khóa sổ từ 31/01/2026.');
  });

  it('knows what changed; blocks saving while a field is invalid', async () => {
    const calls = stubFetch({});
    const form = new ValueForm(assignments());
    expect(form.changed()).toEqual([]);
    form.fields.get('LIVE_BIRTHS-F')!.text = '1000'; // same as stored
    form.fields.get('LIVE_BIRTHS-M')!.text = '-4';
    const summary = await form.save();
    expect(summary.invalid.map((m) => m.key)).toEqual(['LIVE_BIRTHS-M']);
    expect(calls).toHaveLength(0);
    form.fields.get('LIVE_BIRTHS-F')!.text = '';
    expect(form.check(form.fields.get('LIVE_BIRTHS-F')!)).toEqual({ ok: false, rule: 'required' });
  });
});

describe('saving a draft', () => {
  it('builds the PUT with If-Match when the value had an ETag, and without one for a new value', () => {
    const key = { code: 'LIVE_BIRTHS', area: '37', period: '2025', sex: '_T' as const };
    const update = valuePutRequest(key, { value: 1200, note: 'sổ A1' }, '"3"');
    expect(update.url).toBe('/api/values/LIVE_BIRTHS/37/2025/_T');
    expect(update.init.method).toBe('PUT');
    expect(update.init.headers).toEqual({ 'Content-Type': 'application/json', 'If-Match': '"3"' });
    expect(JSON.parse(String(update.init.body))).toEqual({ value: 1200, note: 'sổ A1' });
    const create = valuePutRequest(key, { value: 5, note: null }, null);
    expect(create.init.headers).not.toHaveProperty('If-Match');
    expect(JSON.parse(String(create.init.body))).toEqual({ value: 5, note: null });
  });

  it('sends each changed field, keeps the new ETag and state', async () => {
    const calls = stubFetch({
      'PUT /api/values/LIVE_BIRTHS/37/2025/F': json(stored({ value: 1040 }), 200, { etag: '"2"' }),
      'PUT /api/values/LIVE_BIRTHS/37/2025/M': json(stored({ sex: 'M', value: 1100, note: 'ước tính', version: 1 }), 201, { etag: '"1"' }),
    });
    const form = new ValueForm(assignments());
    form.fields.get('LIVE_BIRTHS-F')!.text = '1040';
    form.fields.get('LIVE_BIRTHS-M')!.text = '1100';
    form.fields.get('LIVE_BIRTHS-M')!.noteText = ' ước tính ';
    const summary = await form.save();
    expect(summary).toMatchObject({ saved: 2, conflicts: 0, errors: 0 });
    expect(calls.map((c) => [c.method, c.url, c.headers['If-Match'], c.body])).toEqual([
      ['PUT', '/api/values/LIVE_BIRTHS/37/2025/F', '"1"', { value: 1040, note: null }],
      ['PUT', '/api/values/LIVE_BIRTHS/37/2025/M', undefined, { value: 1100, note: 'ước tính' }],
    ]);
    const f = form.fields.get('LIVE_BIRTHS-F')!;
    expect(f.field).toMatchObject({ value: 1040, etag: '"2"', state: 'draft' });
    expect(form.fields.get('LIVE_BIRTHS-M')!.field).toMatchObject({ value: 1100, note: 'ước tính', etag: '"1"' });
    expect(form.changed()).toEqual([]);
    expect(fieldMessageHtml(form, f).value).toContain('Đã lưu nháp.');
  });

  it('shows a 412 as a conflict on the field, then "keep mine" retries with the new ETag', async () => {
    const current = { ...stored({ value: 1300, enteredBy: 'doh2' }), etag: '"5"' };
    const calls = stubFetch({
      'PUT /api/values/LIVE_BIRTHS/37/2025/F': [
        json({ status: 412, title: 'Đã có thay đổi / Precondition Failed', detail: 'Giá trị đã bị sửa. / The value changed.', current }, 412),
        json(stored({ value: 1040, version: 6 }), 200, { etag: '"6"' }),
      ],
    });
    const form = new ValueForm(assignments());
    const model = form.fields.get('LIVE_BIRTHS-F')!;
    model.text = '1040';
    const summary = await form.save();
    expect(summary).toMatchObject({ saved: 0, conflicts: 1 });
    expect(model.conflict).toMatchObject({ value: 1300, etag: '"5"', by: 'doh2' });
    expect(model.field.value).toBe(1000); // nothing stored from the failed write
    const box = conflictHtml(model).value;
    expect(box).toContain('role="alert"');
    expect(box).toContain('giá trị hiện tại là 1.300');
    expect(box).toContain('Giá trị của bạn chưa được lưu.');
    expect(box).toContain('class="button use-theirs" data-key="LIVE_BIRTHS-F"');
    expect(box).toContain('class="button keep-mine" data-key="LIVE_BIRTHS-F"');
    setLang('en');
    expect(conflictHtml(model).value).toContain('Someone changed this value meanwhile: now 1,300 (doh2, 22/11/2026 09:30). Your value was not saved.');

    expect(await form.keepMine(model)).toBe('saved');
    expect(calls[1]!.headers['If-Match']).toBe('"5"');
    expect(calls[1]!.body).toEqual({ value: 1040, note: null });
    expect(model.field).toMatchObject({ value: 1040, etag: '"6"' });
    expect(model.conflict).toBeNull();
  });

  it('"use theirs" takes the stored value and its ETag', async () => {
    stubFetch({
      'PUT /api/values/LIVE_BIRTHS/37/2025/F': json({ status: 412, detail: 'x / y', current: { ...stored({ value: 1300, note: 'mới' }), etag: '"5"' } }, 412),
    });
    const form = new ValueForm(assignments());
    const model = form.fields.get('LIVE_BIRTHS-F')!;
    model.text = '1040';
    await form.save();
    form.useTheirs(model);
    expect(model).toMatchObject({ text: '1300', noteText: 'mới', conflict: null });
    expect(model.field).toMatchObject({ value: 1300, etag: '"5"' });
    expect(form.changed()).toEqual([]);
  });

  it('treats a 428 (If-Match missing: someone stored a value meanwhile) as a conflict, reading the value again', async () => {
    const fresh = assignments();
    fresh.targets[0]!.fields[1] = { ...fresh.targets[0]!.fields[1]!, value: 990, state: 'draft', etag: '"1"' };
    stubFetch({
      'PUT /api/values/LIVE_BIRTHS/37/2025/M': json({ status: 428, title: 'Precondition Required', detail: 'Cần If-Match. / If-Match is required.' }, 428),
      'GET /api/me/assignments': json(fresh),
    });
    const form = new ValueForm(assignments());
    const model = form.fields.get('LIVE_BIRTHS-M')!;
    model.text = '1100';
    expect(await form.saveField(model)).toBe('conflict');
    expect(model.conflict).toMatchObject({ value: 990, etag: '"1"' });
  });

  it('shows the Vietnamese half of a 403/409/423 problem on the field', async () => {
    for (const status of [403, 409, 423]) {
      stubFetch({
        'PUT /api/values/LIVE_BIRTHS/37/2025/M': json({ status, title: 'Không được / Not allowed', detail: 'Kỳ báo cáo đã khóa sổ. / The period is locked.' }, status),
      });
      const form = new ValueForm(assignments());
      const model = form.fields.get('LIVE_BIRTHS-M')!;
      model.text = '7';
      expect(await form.save()).toMatchObject({ saved: 0, errors: 1 });
      const message = fieldMessageHtml(form, model).value;
      expect(message, String(status)).toContain('Kỳ báo cáo đã khóa sổ.');
      expect(message).not.toContain('The period is locked');
      expect(fieldHtml(form, model).value).toContain('aria-invalid="true"');
      vi.unstubAllGlobals();
    }
  });

  it('reads the new ETag from the header, else from the body', async () => {
    stubFetch({ 'PUT /api/values/X/37/2025/F': json({ ...stored({ code: 'X' }), etag: 'W/"9"' }) });
    const answer = await api.putValue({ code: 'X', area: '37', period: '2025', sex: 'F' }, { value: 1, note: null }, null);
    expect(answer.etag).toBe('W/"9"');
  });

  it('submits the period (the answer is the submission, with the values it covers)', async () => {
    const calls = stubFetch({ 'POST /api/submissions': json(submission({ id: 12, submittedAt: '2026-11-22T03:00:00Z' })) });
    const receipt = await new ValueForm(assignments()).submit();
    expect(receipt.id).toBe(12);
    expect(receipt.values).toHaveLength(2);
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/submissions', body: { plan: 'NB-2021-2025', period: '2025' } });
  });
});

describe('history', () => {
  const entries: ValueHistoryEntry[] = [
    { version: 1, action: 'create', oldValue: null, newValue: 1000, note: null, by: 'statistics', at: '2026-03-01T01:00:00Z', uploadId: 12, requestId: 'r1' },
    { version: 3, action: 'update', oldValue: 1040, newValue: 1100, note: 'Sửa theo <sổ> gốc', by: 'doh', at: '2026-11-22T17:30:00Z', uploadId: null, requestId: 'r3' },
    { version: 2, action: 'update', oldValue: 1000, newValue: 1040, note: null, by: 'doh', at: '2026-11-20T02:05:00Z', uploadId: null, requestId: null },
  ];

  it('lists the changes newest first, in Viet Nam’s time, with the upload they came from', () => {
    const out = historyListHtml(entries, 'count').value;
    const versions = [...out.matchAll(/data-version="(\d+)" data-action="(\w+)"/g)].map((m) => [m[1], m[2]]);
    expect(versions).toEqual([['3', 'update'], ['2', 'update'], ['1', 'create']]);
    expect(out).toContain('doh · 23/11/2026 00:30'); // 17:30 UTC is past midnight in Viet Nam
    expect(out).toContain('1.040 <span aria-hidden="true">→</span><span class="sr-only"> thành </span> 1.100');
    expect(out).toContain('data-upload="12">qua tải lên #12</span>');
    expect(out).toContain('Sửa theo &lt;sổ&gt; gốc');
    expect(out).not.toContain('<sổ>');
    setLang('en');
    expect(historyListHtml(entries, 'count').value).toContain('via upload #12');
  });

  it('says when there is none, and reads the history of the right value', async () => {
    expect(historyListHtml([]).value).toContain('Chưa có thay đổi nào.');
    const calls = stubFetch({ 'GET /api/values/LIVE_BIRTHS/37/2025/_T/history': json(entries) });
    await expect(api.valueHistory({ code: 'LIVE_BIRTHS', area: '37', period: '2025', sex: '_T' })).resolves.toHaveLength(3);
    expect(calls[0]!.url).toBe('/api/values/LIVE_BIRTHS/37/2025/_T/history');
  });
});
