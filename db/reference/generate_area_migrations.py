#!/usr/bin/env python3
"""Writes the migration that puts the administrative areas in time (the 2019-12-01 map already seeded by 0002, the
2025-03-01 map and the map in force since 2025-07-01) from ../shared/reference/areas, for both engines.

Run once, when the migration is first written; a landed migration is never edited (write a new one instead):
    python3 db/reference/generate_area_migrations.py 0025_areas_in_time

Rules (README "Areas in time" says the same):
- areas.code is the unit id; gso_code is the official code. A unit seeded by 0002 keeps code = gso_code.
- valid_from / valid_to are ISO dates, half-open [from, to); NULL = unknown start / still in force. The product
  records the SNAPSHOT dates it has maps for (2019-12-01, 2025-03-01, 2025-07-01), not the decrees' own dates:
  a 2019 unit absent from the 2025-03-01 map gets valid_to '2025-03-01' ("gone by that snapshot").
- A 2019 commune found in the 2025-03-01 map under another district is a new unit '<code>@2025-03-01' (the tree has
  one parent per unit) succeeding the old one whole (share 1). A rename alone is not a new unit (2019 names kept).
- A province that is its own only predecessor in the derived mapping continues (valid_to NULL). The others end on
  2025-07-01; their successor is a new unit '<gso>@2025-07-01' named from provinces_34_post_2025-07-01.csv, and
  each old province is its predecessor with share 1 (every old province went whole to one new one).
- Every district-level unit ends on 2025-07-01 without successor; so do the seeded communes.
- Since 2025-07-01 communes sit directly under their province (level 2). They are seeded for the four seed
  provinces; one whose code existed before is the unit '<code>@2025-07-01'. Commune successions are not derived:
  an admin loads them (POST /api/areas/successions).
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
AREAS = os.path.join(os.path.dirname(ROOT), "shared", "reference", "areas")
PROVINCES = ["ninh_binh", "phu_tho", "quang_ninh", "thai_nguyen"]
SPRING = "2025-03-01"
REFORM = "2025-07-01"


def rows(name):
    with open(os.path.join(AREAS, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def literal(value, engine):
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("'", "''")
    return ("N'" if engine == "sqlserver" else "'") + text + "'"


def insert(table, columns, values, engine, chunk=200):
    out = []
    for start in range(0, len(values), chunk):
        part = values[start:start + chunk]
        out.append(f"INSERT INTO {table} ({', '.join(columns)}) VALUES\n"
                   + ",\n".join("    (" + ", ".join(literal(v, engine) for v in row) + ")" for row in part) + ";\n")
    return "\n".join(out)


def in_list(codes, engine):
    return "(" + ", ".join(literal(c, engine) for c in sorted(codes)) + ")"


def seeded_codes():
    """The codes 0002 seeded (its own rows), so the ids of reused codes are known."""
    codes = set()
    with open(os.path.join(ROOT, "db", "sqlite", "0002_seed_areas.sql"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("('"):
                codes.add(line[2:line.index("'", 2)])
    return codes


def build():
    seeded = seeded_codes()
    mapping = rows("merger_old63_to_new34_derived.csv")
    predecessors = {}
    for r in mapping:
        predecessors.setdefault(r["new_gso_province_code"], []).append(r["old_gso_province_code"])
    continuing = {new for new, old in predecessors.items() if old == [new]}
    merged_old = sorted(r["old_gso_province_code"] for r in mapping if r["new_gso_province_code"] not in continuing)
    new34 = {r["gso_province_code"]: r for r in rows("provinces_34_post_2025-07-01.csv")}
    assert set(new34) == set(predecessors), "the mapping and the 34-province list name the same provinces"

    def province_unit(gso):
        return gso if gso in continuing else f"{gso}@{REFORM}"

    new_provinces = []
    for gso in sorted(new34):
        if gso in continuing:
            continue
        p = new34[gso]
        kind = "Thành phố Trung ương" if p["unit_type"] == "Thành phố" else p["unit_type"]
        suffix = "municipality" if p["unit_type"] == "Thành phố" else "province"
        new_provinces.append([province_unit(gso), gso, "VN", 1, kind, p["full_name_vi"], f"{p['name_en']} {suffix}", REFORM, None])

    province_successions = [[old, province_unit(r["new_gso_province_code"]), REFORM, 1, "merger_old63_to_new34_derived.csv"]
                            for r in mapping for old in [r["old_gso_province_code"]] if old in merged_old]

    gone_spring, moved, communes_after = set(), [], []
    spring_successions = []
    for p in PROVINCES:
        old_districts = {r["gso_district_code"] for r in rows(f"districts_{p}_2019-12-01.csv")}
        spring_districts = {r["gso_district_code"] for r in rows(f"districts_{p}_2025-03-01.csv")}
        assert spring_districts <= old_districts, "no district first seen in 2025-03-01"
        gone_spring |= old_districts - spring_districts
        old = {r["gso_commune_code"]: r for r in rows(f"communes_{p}_2019-12-01.csv")}
        spring = {r["gso_commune_code"]: r for r in rows(f"communes_{p}_2025-03-01.csv")}
        assert set(spring) <= set(old), "no commune first seen in 2025-03-01"
        gone_spring |= set(old) - set(spring)
        for code in sorted(set(old) & set(spring)):
            if old[code]["gso_district_code"] != spring[code]["gso_district_code"]:
                unit = f"{code}@{SPRING}"
                moved.append(code)
                district = spring[code]["gso_district_code"]
                # Same name and kind as the 2019 row 0002 seeded: copied in SQL (INSERT ... SELECT) below.
                spring_successions.append([code, unit, SPRING, 1, f"communes_{p}_2025-03-01.csv (same code, district {district})"])
        for r in rows(f"communes_{p}_post_2025-07-01.csv"):
            code = r["gso_commune_code"]
            unit = f"{code}@{REFORM}" if code in seeded or code in spring else code
            communes_after.append([unit, code, province_unit(r["gso_province_code"]), 2, r["commune_type"], r["commune_name_vi"], r["name_en"], REFORM, None])

    moved_rows = []
    for p in PROVINCES:
        spring = {r["gso_commune_code"]: r for r in rows(f"communes_{p}_2025-03-01.csv")}
        for code in moved:
            if code in spring:
                moved_rows.append((code, spring[code]["gso_district_code"]))

    return dict(merged_old=merged_old, new_provinces=new_provinces, province_successions=province_successions,
                gone_spring=sorted(gone_spring), moved_rows=moved_rows, spring_successions=spring_successions,
                communes_after=communes_after)


HEADER = """-- The administrative areas in time (generated by db/reference/generate_area_migrations.py from
-- ../shared/reference/areas; README "Areas in time"). areas.code stays the key and is the UNIT id; gso_code is the
-- official code; [valid_from, valid_to) is when the unit existed, as ISO dates (NULL: unknown start / in force).
-- The dates are the snapshots the product has maps for (2019-12-01, 2025-03-01, 2025-07-01), not the decrees' dates.
-- New units that reuse a code are '<code>@<date>'. area_successions records which units became which;
-- area_carry_overs records what this migration moved from an ended unit to its successor.
"""


def script(engine, data):
    text, date, share, src = ("TEXT", "TEXT", "REAL", "TEXT") if engine == "sqlite" else ("NVARCHAR(16)", "NVARCHAR(10)", "FLOAT", "NVARCHAR(200)")
    go = "" if engine == "sqlite" else "GO\n"
    out = [HEADER, "\n"]
    if engine == "sqlite":
        out.append("ALTER TABLE areas ADD COLUMN gso_code TEXT NOT NULL DEFAULT '';\n")
        out.append("ALTER TABLE areas ADD COLUMN valid_from TEXT NULL;\n")
        out.append("ALTER TABLE areas ADD COLUMN valid_to TEXT NULL;\n")
    else:
        out.append("ALTER TABLE areas ADD gso_code NVARCHAR(16) NOT NULL CONSTRAINT df_areas_gso_code DEFAULT N'';\n")
        out.append("ALTER TABLE areas ADD valid_from NVARCHAR(10) NULL;\n")
        out.append("ALTER TABLE areas ADD valid_to NVARCHAR(10) NULL;\n")
        out.append(go)
    out.append("\nUPDATE areas SET gso_code = code;\n")
    out.append("CREATE INDEX ix_area_gso ON areas (gso_code);\n\n")

    out.append("-- Gone by the 2025-03-01 snapshot (districts and communes of the four seed provinces).\n")
    out.append(f"UPDATE areas SET valid_to = '{SPRING}' WHERE code IN {in_list(data['gone_spring'] + [c for c, _ in data['moved_rows']], engine)};\n\n")
    out.append("-- Communes found in the 2025-03-01 map under another district: new units, same names.\n")
    for code, district in data["moved_rows"]:
        out.append("INSERT INTO areas (code, gso_code, parent_code, level, kind_vi, name_vi, name_en, valid_from, valid_to)\n"
                   f"SELECT {literal(code + '@' + SPRING, engine)}, code, {literal(district, engine)}, level, kind_vi, name_vi, name_en, '{SPRING}', '{REFORM}' FROM areas WHERE code = {literal(code, engine)};\n")
    out.append("\n-- 1 July 2025: the district level ends; the merged provinces end.\n")
    out.append(f"UPDATE areas SET valid_to = '{REFORM}' WHERE level >= 2 AND valid_to IS NULL;\n")
    out.append(f"UPDATE areas SET valid_to = '{REFORM}' WHERE code IN {in_list(data['merged_old'], engine)};\n\n")
    cols = ["code", "gso_code", "parent_code", "level", "kind_vi", "name_vi", "name_en", "valid_from", "valid_to"]
    out.append("-- The new provinces (provinces_34_post_2025-07-01.csv) that are not a province continuing.\n")
    out.append(insert("areas", cols, data["new_provinces"], engine))
    out.append("\n-- The communes since 1 July 2025 of the four seed provinces, directly under their province.\n")
    out.append(insert("areas", cols, data["communes_after"], engine))

    out.append(f"""
CREATE TABLE area_successions (
    predecessor_code {text} NOT NULL REFERENCES areas (code),
    successor_code   {text} NOT NULL REFERENCES areas (code),
    effective_date   {date} NOT NULL,                 -- ISO date: the successor's first day
    share            {share} NULL,                     -- the predecessor's share that went to this successor; NULL unknown
    source           {src} NOT NULL,                 -- the list it was taken from, or the upload that loaded it
    PRIMARY KEY (predecessor_code, successor_code),
    CHECK (share IS NULL OR (share > 0 AND share <= 1))
);
CREATE INDEX ix_area_successions_successor ON area_successions (successor_code);

CREATE TABLE area_carry_overs (
    what           {"TEXT" if engine == "sqlite" else "NVARCHAR(40)"} NOT NULL,  -- 'user'
    item_key       {"TEXT" if engine == "sqlite" else "NVARCHAR(200)"} NOT NULL,  -- the user name
    from_code      {text} NOT NULL,
    to_code        {text} NULL,      -- NULL: left on the ended unit (it has no single successor)
    effective_date {date} NOT NULL
);
""")
    out.append(go)
    scols = ["predecessor_code", "successor_code", "effective_date", "share", "source"]
    out.append("\n-- Provinces: every old province went whole to one new one.\n")
    out.append(insert("area_successions", scols, data["province_successions"], engine))
    out.append("\n-- Communes moved to another district by 2025-03-01: the same commune, whole.\n")
    out.append(insert("area_successions", scols, data["spring_successions"], engine))
    out.append(f"""
-- Users bound to an ended unit with a single whole successor are carried to it; the others are recorded as left.
INSERT INTO area_carry_overs (what, item_key, from_code, to_code, effective_date)
SELECT 'user', u.username, u.area_code, s.successor_code, s.effective_date
FROM users u
JOIN area_successions s ON s.predecessor_code = u.area_code AND s.share = 1;

INSERT INTO area_carry_overs (what, item_key, from_code, to_code, effective_date)
SELECT 'user', u.username, u.area_code, NULL, a.valid_to
FROM users u
JOIN areas a ON a.code = u.area_code
WHERE a.valid_to IS NOT NULL AND NOT EXISTS (SELECT 1 FROM area_successions s WHERE s.predecessor_code = u.area_code AND s.share = 1);

UPDATE users SET area_code = (SELECT s.successor_code FROM area_successions s WHERE s.predecessor_code = users.area_code AND s.share = 1)
WHERE area_code IN (SELECT predecessor_code FROM area_successions WHERE share = 1);
""")
    return "".join(out)


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "0025_areas_in_time"
    data = build()
    for engine in ("sqlite", "sqlserver"):
        path = os.path.join(ROOT, "db", engine, name + ".sql")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(script(engine, data))
        print("wrote", path)


if __name__ == "__main__":
    main()
