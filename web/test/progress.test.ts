import { afterEach, describe, expect, it } from 'vitest';
import type { ProgressStatus } from '../src/api/types';
import { setLang } from '../src/i18n';
import {
  BEHIND_FIRST,
  STATUSES,
  compareBehind,
  compareTargetNumbers,
  formatGoalValue,
  formatRatio,
  implausibleText,
  sortBehindFirst,
  sparkDomain,
  sparklinePath,
  sparklineSvg,
  statusBadgeHtml,
  statusIcon,
  statusLabel,
  totalCount,
} from '../src/progress';
import { abr, counts, curriculum, leaders, mmr, noData, targetProgress } from './progressFixtures';

afterEach(() => setLang('vi'));

describe('progress statuses', () => {
  it('give every status an icon and words in both languages (the same mapping everywhere)', () => {
    const expected: Record<ProgressStatus, [string, string, string]> = {
      achieved: ['✓', 'Đã đạt', 'Achieved'],
      on_track: ['↗', 'Đúng tiến độ', 'On track'],
      acceleration_needed: ['⚠', 'Cần tăng tốc', 'Acceleration needed'],
      limited_progress: ['→', 'Tiến triển hạn chế', 'Limited progress'],
      regressing: ['↘', 'Đi lùi', 'Regressing'],
      insufficient_data: ['?', 'Chưa đủ số liệu', 'Insufficient data'],
      no_data: ['?', 'Chưa có số liệu', 'No data'],
      not_achieved: ['✗', 'Chưa đạt', 'Not achieved'],
      implausible: ['!', 'Số liệu bất thường', 'Implausible data'],
    };
    expect([...STATUSES].sort()).toEqual(Object.keys(expected).sort());
    for (const [status, [icon, vi, en]] of Object.entries(expected)) {
      expect(statusIcon(status), status).toBe(icon);
      expect(statusLabel(status, 'vi'), status).toBe(vi);
      expect(statusLabel(status, 'en'), status).toBe(en);
    }
  });

  it('shows a badge with the icon hidden from screen readers and the words as text (never colour alone)', () => {
    const out = statusBadgeHtml('regressing', 'en').value;
    expect(out).toContain('data-status="regressing"');
    expect(out).toContain('class="status-badge progress-status status-regressing"');
    expect(out).toContain('<span class="status-icon" aria-hidden="true">↘\uFE0E</span>');
    expect(out).toContain('<span class="status-label">Regressing</span>');
  });

  it('copes with a status it does not know', () => {
    expect(statusLabel('mystery')).toBe('mystery');
    expect(statusBadgeHtml('<x>').value).toContain('&lt;x&gt;');
  });

  it('orders targets furthest behind first, ties by ratio ascending, then in the plan order', () => {
    expect(BEHIND_FIRST).toEqual(['implausible', 'regressing', 'limited_progress', 'acceleration_needed', 'not_achieved', 'insufficient_data', 'no_data', 'on_track', 'achieved']);
    const onTrack = targetProgress({ number: '9', status: 'on_track', ratio: 0.97 });
    const limited = targetProgress({ number: '8', status: 'limited_progress', ratio: 0.05 });
    const insufficient = targetProgress({ number: '7', status: 'insufficient_data', ratio: null });
    const sorted = sortBehindFirst([targetProgress(), onTrack, leaders, curriculum, noData, abr, insufficient, mmr, limited]);
    expect(sorted.map((t) => `${t.objective}.${t.number}:${t.status}`)).toEqual([
      '4.2:regressing',
      '4.8:limited_progress',
      '4.3:acceleration_needed', // r = 0.42
      '1.1:acceleration_needed', // r = 0.89
      '5.1:not_achieved',
      '4.7:insufficient_data',
      '5.2:no_data',
      '4.9:on_track',
      '4.1:achieved',
    ]);
    expect(compareBehind(abr, leaders)).toBeLessThan(0);
  });

  it('orders target numbers as the plans write them', () => {
    expect(['10', '2b', '1', '2', '2a', '4b', '4a'].sort(compareTargetNumbers)).toEqual(['1', '2', '2a', '2b', '4a', '4b', '10']);
  });

  it('totals counts and formats ratios and goal values', () => {
    expect(totalCount(counts({ achieved: 10, on_track: 1, acceleration_needed: 11, regressing: 1 }))).toBe(23);
    expect(totalCount(null)).toBe(0);
    expect(formatRatio(0.8928, 'vi')).toBe('r = 0,89');
    expect(formatRatio(-1.97, 'en')).toBe('r = -1.97');
    expect(formatGoalValue(111, 'boys_per_100_girls', 'vi')).toBe('111');
    expect(formatGoalValue(15.5, 'births', 'vi')).toBe('15,5');
    expect(formatGoalValue(60, 'percent', 'en')).toBe('60%');
    expect(formatGoalValue(1, 'yes_no', 'vi')).toBe('Có');
  });
});

describe('sparklines', () => {
  const box = { width: 100, height: 30, pad: 0 };

  it('maps years across and values up the box (higher value, smaller y)', () => {
    const series = [{ year: 2021, value: 10 }, { year: 2022, value: 20 }, { year: 2023, value: 30 }];
    expect(sparklinePath(series, box)).toBe('M0,30L50,15L100,0');
  });

  it('sorts the points and breaks the line at a missing year', () => {
    const series = [{ year: 2024, value: 30 }, { year: 2021, value: 10 }, { year: 2022, value: 20 }];
    expect(sparklinePath(series, box)).toBe('M0,30L33.3,15M100,0');
  });

  it('keeps the target in view and never divides by a zero range', () => {
    expect(sparkDomain([{ year: 2021, value: 50 }], 60)).toEqual({ min: 50, max: 60 });
    expect(sparkDomain([{ year: 2021, value: 50 }, { year: 2022, value: 50 }])).toEqual({ min: 47.5, max: 52.5 });
    expect(sparklinePath([{ year: 2021, value: 5 }], box)).toBe('M50,15');
    expect(sparklinePath([], box)).toBe('');
  });

  it('draws the series, the target and the latest value, with a text alternative', () => {
    const out = sparklineSvg(mmr, 'Xu hướng <2021–2023>', { width: 100, height: 30, pad: 0 }).value;
    expect(out).toContain('role="img"');
    expect(out).toContain('aria-label="Xu hướng &lt;2021–2023&gt;"');
    expect(out).toContain('class="sparkline status-regressing"');
    // domain 28 (the target) to 60.2: the target line sits at the bottom
    expect(out).toContain('<line class="spark-goal" x1="0" x2="100" y1="30" y2="30">');
    expect(out).toMatch(/<path class="spark-line" d="M0,[\d.]+L50,[\d.]+L100,0">/);
    expect(out).toContain('<circle class="spark-dot" cx="100" cy="0"');
    expect(sparklineSvg(noData, 'x').value).toBe('');
  });
});

describe('implausibleText', () => {
  it('shows the reason in the reader\'s language, or the general warning without one', () => {
    const reason = 'Tỷ số giới tính khi sinh 99 nằm ngoài khoảng sinh học 100–130. / A sex ratio at birth of 99 is outside the biological range 100–130.';
    expect(implausibleText(reason, 'vi')).toContain('khoảng sinh học');
    expect(implausibleText(reason, 'en')).toBe('A sex ratio at birth of 99 is outside the biological range 100–130.');
    expect(implausibleText(null, 'en')).toBe('Implausible value: the data needs checking.');
  });
});
