#!/usr/bin/env python3
"""Checks the plan reference CSVs in this folder against the seed plans they were entered from.

For every row of plan-activities.csv, plan-activity-outputs.csv, plan-reporting.csv and
plan-budget-totals.csv:
  * seed_sentence is a substring of the plan's seed file after whitespace runs are collapsed to one
    space (character for character: no Unicode normalisation, the Ninh Binh seed mixes NFC and NFD);
  * every body code (lead, coordinating, reporter, recipient; several joined by '|') exists in
    plan-bodies.csv for the plan's area ('ALL' and empty are allowed for reporter/recipient);
  * text_vi is the seed's own wording: a substring of the seed (NFC, whitespace collapsed) once the
    OCR/typing slips listed in FIXES are corrected in the seed (first letter compared case-insensitively);
  * codes and values are from the allowed sets (domains and objectives of db/sqlite/0003_seed_plans.sql,
    commune codes of db/sqlite/0002_seed_areas.sql, units, kinds, ISO dates, unique numbers).

Usage: python3 db/reference/check_seed_sentences.py [--seeds DIR]
The seed folder defaults to /work/shared/seeds, or $SEEDS_DIR. Exit status 0 when everything passes.
Standard library only.
"""
import argparse
import collections
import csv
import datetime
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SQL_PLANS = os.path.join(REPO, 'db', 'sqlite', '0003_seed_plans.sql')
SQL_AREAS = os.path.join(REPO, 'db', 'sqlite', '0002_seed_areas.sql')

# plan -> seed file (the seed column of plan-activities.csv must agree)
PLAN_SEEDS = {
    'PT-2016-2020': '000_78e55779edbe941c.txt',
    'BS-2018': '001_3f1332d5cba35fc5.txt',
    'NB-2021-2025': '002_f1bf490ea2316ec8.txt',
    'QN-2011-2015': '003_ecf9f5f172921c6a.txt',
    'TN-2017': '004_6e917b80c0db4704.txt',
}

# Slips in the seed texts that text_vi corrects (seed_sentence keeps them verbatim): (as printed, corrected).
FIXES = {
    'PT-2016-2020': [('Ủy bân nhân dân', 'Ủy ban nhân dân'), ('thực hện', 'thực hiện')],
    'BS-2018': [('Mật trận', 'Mặt trận'), ('lòng ghép', 'lồng ghép'), ('bát bình đẳng', 'bất bình đẳng'),
                ('hướng ứng', 'hưởng ứng'), ('BĐG.VSTBPN', 'BĐG, VSTBPN'), ('“*', '“'), ('*”', '”')],
    'NB-2021-2025': [('trên cở giới', 'trên cơ sở giới'), ('cơ sở sở giáo dục', 'cơ sở giáo dục')],
    'QN-2011-2015': [('kế hoạch động,', 'kế hoạch hoạt động,'), ('ưu đãi tư các', 'ưu đãi từ các')],
    'TN-2017': [('phối họp', 'phối hợp'), ('điều phổi', 'điều phối'), ('Phổi hợp', 'Phối hợp'), ('Tố chức', 'Tổ chức'),
                ('nữ cản bộ', 'nữ cán bộ'), ('Chính phù', 'Chính phủ'), ('Thủ tưởng', 'Thủ tướng'),
                ('bỉnh đẳng', 'bình đẳng'), ('vi sự tiến bộ', 'vì sự tiến bộ'), ('VVì', 'Vì'),
                ('trước ngay 10/6', 'trước ngày 10/6'), ('củạ', 'của'), ('địa bản tỉnh', 'địa bàn tỉnh'),
                ('nêu rỗ', 'nêu rõ'), ('Luật Đình đẳng giới', 'Luật Bình đẳng giới'), ('khả thỉ', 'khả thi'),
                ('phụ nữ đổi với', 'phụ nữ đối với'), ('s. Trên cơ sở các nội dung', 'Trên cơ sở các nội dung')],
}

HEADERS = {
    'plan-bodies.csv': ['code', 'plan_area', 'kind', 'name_vi', 'name_en', 'agency'],
    'plan-activities.csv': ['plan', 'number', 'domain', 'objective', 'text_vi', 'text_en', 'lead', 'coordinating',
                            'timing', 'start', 'end', 'due', 'seed', 'seed_sentence'],
    'plan-activity-outputs.csv': ['plan', 'activity', 'number', 'text_vi', 'text_en', 'quantity', 'unit', 'by_sex',
                                  'per', 'communes', 'seed_sentence'],
    'plan-reporting.csv': ['plan', 'code', 'reporter', 'recipient', 'report_kind', 'month', 'day', 'end_month',
                           'end_day', 'period_type', 'name_vi', 'name_en', 'seed_sentence'],
    'plan-budget-totals.csv': ['plan', 'scope', 'year', 'source', 'line', 'stated_amount', 'seed_sentence'],
}
BODY_KINDS = {'department', 'party', 'mass-organisation', 'district-committee', 'commune-committee',
              'town-office', 'town-committee', 'group', 'other'}
AGENCIES = {'DOLISA', 'DOHA', 'DOH', 'DOET', 'DIC', 'DCS', 'DCST', 'DPI', 'DOF', 'DOJ', 'POLICE', 'PSO', 'RTV',
            'PARTY-ORG', 'WU'}
TIMINGS = {'year', 'window', 'date', 'period'}
UNITS = {'class', 'person', 'news-item', 'model', 'team', 'conference', 'event', 'document', 'broadcast', 'club',
         'other'}
REPORT_KINDS = {'half-year', 'year', 'action-month', 'gbv', 'mid-term', 'final', 'plan', 'ad-hoc'}
PERIOD_TYPES = {'', 'half-year', 'year', 'quarter', 'month'}
BUDGET_SCOPES = {'total', 'year', 'source', 'line'}
BUDGET_SOURCES = {'', 'provincial', 'central', 'other'}


def collapse(s):
    return re.sub(r'\s+', ' ', s).strip()


def nfc(s):
    return unicodedata.normalize('NFC', s)


def read_sql_catalogue():
    """Plans (code -> area, years), domains and objectives from 0003; commune codes from 0002."""
    plans, domains, objectives = {}, set(), set()
    if os.path.exists(SQL_PLANS):
        sql = open(SQL_PLANS, encoding='utf-8').read()
        for m in re.finditer(r"\('([A-Z]{2}-[0-9-]+)', '[a-z-]+', '([0-9A-Z]+)', (\d{4}), (\d{4}),", sql):
            plans[m.group(1)] = (m.group(2), int(m.group(3)), int(m.group(4)))
        dm = re.search(r'INSERT INTO domains[^;]*;', sql, re.S)
        if dm:
            domains = set(re.findall(r"\('([a-z-]+)', '", dm.group(0)))
        om = re.search(r'INSERT INTO objectives[^;]*;', sql, re.S)
        if om:
            objectives = {(p, n) for p, n in re.findall(r"\('([A-Z]{2}-[0-9-]+)', (\d+), '", om.group(0))}
    areas = set()
    if os.path.exists(SQL_AREAS):
        areas = set(re.findall(r"\('(\d{2,5})', '", open(SQL_AREAS, encoding='utf-8').read()))
    return plans, domains, objectives, areas


def read_csv(path, errors):
    raw = open(path, 'rb').read()
    name = os.path.basename(path)
    if raw.startswith(b'\xef\xbb\xbf'):
        errors.append(f'{name}: starts with a BOM')
    text = raw.decode('utf-8')
    rows = list(csv.reader(text.splitlines(True)))
    if not rows:
        errors.append(f'{name}: empty')
        return []
    if rows[0] != HEADERS[name]:
        errors.append(f'{name}: header {rows[0]} != {HEADERS[name]}')
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(rows[0]):
            errors.append(f'{name}:{i}: {len(r)} fields, header has {len(rows[0])}')
            continue
        d = dict(zip(rows[0], r))
        d['_line'] = i
        out.append(d)
    return out


def is_iso(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seeds', default=os.environ.get('SEEDS_DIR', '/work/shared/seeds'))
    args = ap.parse_args()
    errors = []
    plans, domains, objectives, area_codes = read_sql_catalogue()
    if not plans:
        errors.append('could not read plans from ' + SQL_PLANS)
    seeds, seeds_fixed = {}, {}
    for plan, fname in PLAN_SEEDS.items():
        p = os.path.join(args.seeds, fname)
        if not os.path.exists(p):
            errors.append(f'seed missing: {p}')
            continue
        seeds[plan] = collapse(open(p, encoding='utf-8').read())
        t = nfc(seeds[plan])
        for a, b in FIXES.get(plan, []):
            t = t.replace(nfc(a), nfc(b))
        seeds_fixed[plan] = t

    data = {}
    for name in HEADERS:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            errors.append(f'{name}: missing')
            data[name] = []
        else:
            data[name] = read_csv(path, errors)

    def where(name, r):
        return f"{name}:{r['_line']}"

    def check_sentence(name, r, plan):
        s = r['seed_sentence']
        if plan not in seeds:
            errors.append(f'{where(name, r)}: no seed for plan {plan!r}')
        elif not s.strip():
            errors.append(f'{where(name, r)}: empty seed_sentence')
        elif collapse(s) not in seeds[plan]:
            errors.append(f'{where(name, r)}: seed_sentence not in {PLAN_SEEDS[plan]}: {s[:90]!r}')

    def check_text_vi(name, r, plan):
        t = collapse(nfc(r['text_vi']))
        if not t:
            errors.append(f'{where(name, r)}: empty text_vi')
            return
        if plan in seeds_fixed and t not in seeds_fixed[plan] and (t[0].lower() + t[1:]) not in seeds_fixed[plan]:
            errors.append(f'{where(name, r)}: text_vi is not the seed\'s wording: {t[:90]!r}')

    # bodies
    bodies = collections.defaultdict(set)
    for r in data['plan-bodies.csv']:
        key = (r['code'], r['plan_area'])
        if r['code'] in bodies[r['plan_area']]:
            errors.append(f"{where('plan-bodies.csv', r)}: duplicate body {key}")
        bodies[r['plan_area']].add(r['code'])
        if not re.fullmatch(r'[A-Z][A-Z0-9-]*', r['code']):
            errors.append(f"{where('plan-bodies.csv', r)}: code not uppercase: {r['code']!r}")
        if r['kind'] not in BODY_KINDS:
            errors.append(f"{where('plan-bodies.csv', r)}: kind {r['kind']!r}")
        if r['agency'] and r['agency'] not in AGENCIES:
            errors.append(f"{where('plan-bodies.csv', r)}: agency {r['agency']!r} is not an existing agency")
        if r['code'] in AGENCIES and r['agency'] not in ('', r['code']):
            errors.append(f"{where('plan-bodies.csv', r)}: agency {r['agency']!r} for code {r['code']}")
        if not r['name_vi'] or not r['name_en']:
            errors.append(f"{where('plan-bodies.csv', r)}: missing name")
        if plans and r['plan_area'] not in {a for a, _, _ in plans.values()}:
            errors.append(f"{where('plan-bodies.csv', r)}: plan_area {r['plan_area']!r} has no plan")

    def area_of(plan):
        return plans.get(plan, (None,))[0]

    def check_codes(name, r, plan, field, allow_all=False):
        v = r[field]
        if not v:
            return
        for code in v.split('|'):
            if allow_all and code == 'ALL':
                continue
            if code not in bodies.get(area_of(plan), ()):
                errors.append(f'{where(name, r)}: {field} {code!r} not in plan-bodies.csv for area {area_of(plan)}')

    used = collections.defaultdict(set)

    # activities
    numbers = collections.defaultdict(set)
    for r in data['plan-activities.csv']:
        plan = r['plan']
        if plan not in plans:
            errors.append(f"{where('plan-activities.csv', r)}: unknown plan {plan!r}")
        if r['seed'] != PLAN_SEEDS.get(plan):
            errors.append(f"{where('plan-activities.csv', r)}: seed {r['seed']!r} is not the seed of {plan}")
        if r['number'] in numbers[plan] or not r['number']:
            errors.append(f"{where('plan-activities.csv', r)}: number {r['number']!r} empty or not unique")
        numbers[plan].add(r['number'])
        if domains and r['domain'] not in domains:
            errors.append(f"{where('plan-activities.csv', r)}: domain {r['domain']!r}")
        if r['objective'] and objectives and (plan, r['objective']) not in objectives:
            errors.append(f"{where('plan-activities.csv', r)}: objective {r['objective']!r} not in 0003 for {plan}")
        if r['timing'] not in TIMINGS:
            errors.append(f"{where('plan-activities.csv', r)}: timing {r['timing']!r}")
        for f in ('start', 'end'):
            if not is_iso(r[f]):
                errors.append(f"{where('plan-activities.csv', r)}: {f} {r[f]!r} is not an ISO date")
        if r['due'] and not is_iso(r['due']):
            errors.append(f"{where('plan-activities.csv', r)}: due {r['due']!r} is not an ISO date")
        if is_iso(r['start']) and is_iso(r['end']) and r['start'] > r['end']:
            errors.append(f"{where('plan-activities.csv', r)}: start after end")
        if plan in plans and is_iso(r['start']) and is_iso(r['end']):
            _, y0, y1 = plans[plan]
            if not (y0 <= int(r['start'][:4]) and int(r['end'][:4]) <= y1):
                errors.append(f"{where('plan-activities.csv', r)}: dates outside the plan years {y0}-{y1}")
        if not r['text_en']:
            errors.append(f"{where('plan-activities.csv', r)}: empty text_en")
        check_sentence('plan-activities.csv', r, plan)
        check_text_vi('plan-activities.csv', r, plan)
        for f in ('lead', 'coordinating'):
            check_codes('plan-activities.csv', r, plan, f)
            used[plan].update(c for c in r[f].split('|') if c)

    # outputs
    out_numbers = set()
    for r in data['plan-activity-outputs.csv']:
        plan = r['plan']
        if r['activity'] not in numbers.get(plan, ()):
            errors.append(f"{where('plan-activity-outputs.csv', r)}: activity {r['activity']!r} not in plan-activities.csv")
        key = (plan, r['activity'], r['number'])
        if key in out_numbers or not r['number'].isdigit():
            errors.append(f"{where('plan-activity-outputs.csv', r)}: number {r['number']!r} not unique/numeric")
        out_numbers.add(key)
        if r['quantity']:
            try:
                float(r['quantity'])
            except ValueError:
                errors.append(f"{where('plan-activity-outputs.csv', r)}: quantity {r['quantity']!r} not numeric")
        if r['unit'] not in UNITS:
            errors.append(f"{where('plan-activity-outputs.csv', r)}: unit {r['unit']!r}")
        if r['by_sex'] not in ('yes', 'no'):
            errors.append(f"{where('plan-activity-outputs.csv', r)}: by_sex {r['by_sex']!r}")
        for c in filter(None, r['communes'].split('|')):
            if area_codes and c not in area_codes:
                errors.append(f"{where('plan-activity-outputs.csv', r)}: commune {c!r} not in 0002_seed_areas.sql")
        if not r['text_en']:
            errors.append(f"{where('plan-activity-outputs.csv', r)}: empty text_en")
        check_sentence('plan-activity-outputs.csv', r, plan)
        check_text_vi('plan-activity-outputs.csv', r, plan)

    # reporting
    rep_codes = set()
    for r in data['plan-reporting.csv']:
        plan = r['plan']
        if plan not in plans:
            errors.append(f"{where('plan-reporting.csv', r)}: unknown plan {plan!r}")
        if (plan, r['code']) in rep_codes:
            errors.append(f"{where('plan-reporting.csv', r)}: code {r['code']!r} not unique")
        rep_codes.add((plan, r['code']))
        if r['report_kind'] not in REPORT_KINDS:
            errors.append(f"{where('plan-reporting.csv', r)}: report_kind {r['report_kind']!r}")
        if r['period_type'] not in PERIOD_TYPES:
            errors.append(f"{where('plan-reporting.csv', r)}: period_type {r['period_type']!r}")
        for mf, df in (('month', 'day'), ('end_month', 'end_day')):
            if bool(r[mf]) != bool(r[df]):
                errors.append(f"{where('plan-reporting.csv', r)}: {mf}/{df} half given")
            elif r[mf]:
                try:
                    datetime.date(2000, int(r[mf]), int(r[df]))
                except ValueError:
                    errors.append(f"{where('plan-reporting.csv', r)}: bad {mf}/{df} {r[mf]}/{r[df]}")
        check_codes('plan-reporting.csv', r, plan, 'reporter', allow_all=True)
        check_codes('plan-reporting.csv', r, plan, 'recipient')
        used[plan].update(c for c in (r['reporter'] + '|' + r['recipient']).split('|') if c and c != 'ALL')
        check_sentence('plan-reporting.csv', r, plan)

    # budget
    for r in data['plan-budget-totals.csv']:
        plan = r['plan']
        if r['scope'] not in BUDGET_SCOPES:
            errors.append(f"{where('plan-budget-totals.csv', r)}: scope {r['scope']!r}")
        if r['source'] not in BUDGET_SOURCES:
            errors.append(f"{where('plan-budget-totals.csv', r)}: source {r['source']!r}")
        if r['year'] and not re.fullmatch(r'\d{4}', r['year']):
            errors.append(f"{where('plan-budget-totals.csv', r)}: year {r['year']!r}")
        if not re.fullmatch(r'\d+(\.\d+)?', r['stated_amount']):
            errors.append(f"{where('plan-budget-totals.csv', r)}: stated_amount {r['stated_amount']!r}")
        else:
            printed = format(int(float(r['stated_amount'])), ',').replace(',', '.')
            if printed not in r['seed_sentence']:
                errors.append(f"{where('plan-budget-totals.csv', r)}: {printed} not in its seed_sentence")
        check_sentence('plan-budget-totals.csv', r, plan)

    # every body of an area is referenced by some row of a plan of that area
    for area, codes in bodies.items():
        area_plans = [p for p, (a, _, _) in plans.items() if a == area]
        unused = codes - set().union(*(used[p] for p in area_plans)) if area_plans else codes
        for c in sorted(unused):
            if c not in BODIES_WITHOUT_ROWS.get(area, ()):
                errors.append(f'plan-bodies.csv: {c} (area {area}) is referenced by no activity or report')

    counts = collections.Counter(r['plan'] for r in data['plan-activities.csv'])
    outs = collections.Counter(r['plan'] for r in data['plan-activity-outputs.csv'])
    reps = collections.Counter(r['plan'] for r in data['plan-reporting.csv'])
    print(f"{'plan':14} {'activities':>10} {'outputs':>8} {'reporting':>9} {'bodies':>7}")
    for plan in PLAN_SEEDS:
        print(f"{plan:14} {counts[plan]:>10} {outs[plan]:>8} {reps[plan]:>9} {len(bodies.get(area_of(plan), ())):>7}")
    print(f"budget totals rows: {len(data['plan-budget-totals.csv'])}")
    if errors:
        for e in errors:
            print('FAIL', e)
        print(f'{len(errors)} problem(s)')
        return 1
    print('OK: every seed_sentence is in its seed; every body code exists for its plan\'s area')
    return 0


# Bodies that plan-bodies.csv lists although no row names them in a code column, and why.
BODIES_WITHOUT_ROWS = {
    # Bim Son: the offices and communes report "về UBND Thị xã (qua phòng Lao động – Thương binh và Xã hội)";
    # plan-reporting.csv records the Labour office (BS-LABOUR), through which the reports go, as recipient.
    '381': {'TOWN-PC'},
}

if __name__ == '__main__':
    sys.exit(main())
