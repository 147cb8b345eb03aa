#!/usr/bin/env python3
"""Writes the seed migration of the plans' activities, bodies, outputs, budget and reporting duties, from the CSVs
beside this script and the Quảng Ninh budget table of ../shared/reference, for both engines.

Run once, when the migration is first written; a landed migration is never edited (write a new one instead):
    python3 db/reference/generate_activity_migrations.py 0017_seed_plan_activities
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "reference")


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def literal(value, engine, kind="text"):
    if value is None or value == "":
        return "NULL"
    if kind == "number":
        return str(float(value)).rstrip("0").rstrip(".") if "." in str(float(value)) else str(value)
    text = str(value).replace("'", "''")
    return ("N'" if engine == "sqlserver" else "'") + text + "'"


def insert(table, columns, values, engine, chunk=200):
    out = []
    for start in range(0, len(values), chunk):
        part = values[start:start + chunk]
        out.append(f"INSERT INTO {table} ({', '.join(columns)}) VALUES\n" + ",\n".join("    (" + ", ".join(v) + ")" for v in part) + ";\n")
    return "\n".join(out)


def plan_area(plan):
    return {"PT-2016-2020": "25", "BS-2018": "381", "NB-2021-2025": "37", "QN-2011-2015": "22", "TN-2017": "19"}[plan]


def main(name):
    bodies = rows(os.path.join(HERE, "plan-bodies.csv"))
    activities = rows(os.path.join(HERE, "plan-activities.csv"))
    outputs = rows(os.path.join(HERE, "plan-activity-outputs.csv"))
    reporting = rows(os.path.join(HERE, "plan-reporting.csv"))
    stated = rows(os.path.join(HERE, "plan-budget-totals.csv"))
    budget = rows(os.path.join(SHARED, "qn-budget-2012-2015.csv"))
    for engine in ("sqlite", "sqlserver"):
        L = lambda v, k="text": literal(v, engine, k)
        parts = [
            "-- Seeds what the five seed plans assign besides targets: the bodies with a duty, every activity with its lead and\n"
            "-- coordinating bodies, timing, planned outputs and the seed sentence it comes from, the reporting duties (who\n"
            "-- reports to whom, by when), the Quảng Ninh budget table (reference/qn-budget-2012-2015.csv) and the totals the\n"
            "-- document itself states. Generated from db/reference/*.csv by db/reference/generate_activity_migrations.py.\n"
        ]
        parts.append(insert("bodies", ["area_code", "code", "kind", "name_vi", "name_en", "agency_code"],
                            [[L(b["plan_area"]), L(b["code"]), L(b["kind"]), L(b["name_vi"]), L(b["name_en"]), L(b["agency"])] for b in bodies], engine))
        parts.append(insert("activities", ["plan_code", "number", "domain_code", "objective_number", "text_vi", "text_en", "timing", "start_date", "end_date", "due_date", "seed", "seed_sentence"],
                            [[L(a["plan"]), L(a["number"]), L(a["domain"]), L(a["objective"], "number"), L(a["text_vi"]), L(a["text_en"]), L(a["timing"]),
                              L(a["start"]), L(a["end"]), L(a["due"]), L(a["seed"]), L(a["seed_sentence"])] for a in activities], engine))
        links = []
        for a in activities:
            for role, column in (("lead", "lead"), ("coordinating", "coordinating")):
                for position, code in enumerate([c for c in a[column].split("|") if c]):
                    links.append([L(a["plan"]), L(a["number"]), L(plan_area(a["plan"])), L(code), L(role), str(position)])
        parts.append(insert("activity_bodies", ["plan_code", "activity_number", "area_code", "body_code", "role", "position"], links, engine))
        parts.append(insert("activity_outputs", ["plan_code", "activity_number", "number", "text_vi", "text_en", "quantity", "unit", "by_sex", "per", "communes", "seed_sentence"],
                            [[L(o["plan"]), L(o["activity"]), o["number"], L(o["text_vi"]), L(o["text_en"]), L(o["quantity"], "number"), L(o["unit"]),
                              "1" if o["by_sex"] == "yes" else "0", L(o["per"]), L(o["communes"]), L(o["seed_sentence"])] for o in outputs], engine))
        parts.append(insert("reporting_duties", ["plan_code", "code", "reporter", "recipient", "report_kind", "month", "day", "end_month", "end_day", "period_type", "name_vi", "name_en", "seed_sentence"],
                            [[L(r["plan"]), L(r["code"]), L(r["reporter"]), L(r["recipient"]), L(r["report_kind"]), L(r["month"], "number"), L(r["day"], "number"),
                              L(r["end_month"], "number"), L(r["end_day"], "number"), L(r["period_type"]), L(r["name_vi"]), L(r["name_en"]), L(r["seed_sentence"])] for r in reporting], engine))
        lines = []
        for b in budget:
            for source, column in (("provincial", "provincial_budget"), ("central", "central_budget"), ("other", "other_sources")):
                if b[column]:
                    lines.append([L("QN-2011-2015"), L(b["line"]), L(b["parent"]), L(b["title_vi"]), L(b["lead_agency"]), b["year"], L(source), L(b[column], "number")])
        parts.append(insert("budget_lines", ["plan_code", "line", "parent_line", "title_vi", "lead_agency", "year", "source", "planned"], lines, engine))
        parts.append(insert("budget_stated_totals", ["plan_code", "scope", "year", "source", "line", "stated", "seed_sentence"],
                            [[L(s["plan"]), L(s["scope"]), L(s["year"], "number"), L(s["source"]), L(s.get("line")), L(s["stated_amount"], "number"), L(s["seed_sentence"])] for s in stated], engine))
        with open(os.path.join(ROOT, "db", engine, name + ".sql"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(parts))


if __name__ == "__main__":
    main(sys.argv[1])
