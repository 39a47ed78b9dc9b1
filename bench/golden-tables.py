#!/usr/bin/env python3
"""Golden tables of metrics, computed from an activity log in plain Python, independently of the
toolkit's Swift code (it never runs report-cli): GoldenAgreementTests checks MetricsEngine against
what this writes. Boundaries as logged: each row under the office of its own date, no restatement
to today's provinces (the test asks the toolkit for `boundaries: .asLogged`).

    bench/golden-tables.py LOG.csv -o DIR [--periods all,2024-Q3,…] [--by province,office,…]

The committed files were made, from the project folder, with:

    scripts/generate-log --rows 3000 --seed 2024 -o Tests/MetricsTests/Fixtures/Generated/log-3000.csv
    bench/golden-tables.py Tests/MetricsTests/Fixtures/Generated/log-3000.csv \\
        -o Tests/MetricsTests/Fixtures/Generated/golden

(the defaults are --periods all,2024-Q3,2025-H1,2026-Q2 and
--by province,office,region,country,sector,kind,quarter). It writes one file per period and
dimension, DIR/PERIOD_DIMENSION.csv (all_province.csv, 2024-Q3_sector.csv …): the header
key,activities,missions,companies,partner_companies,agreements,consultations,consultation_usd,contract_usd,countries,
one row per group sorted by key, then the `total` row; UTF-8, LF line ends. Python 3 standard
library only.

The offices, countries, regions, kinds and sectors are read from the reference tables in
Sources/Metrics/Reference/Tables (the tab-separated text of their #\"\"\"…\"\"\"# blocks, and the
Label(…) lists of KindsAndSectors.swift), so a change there (a province's code, say) needs only
this command again. The rules, from the activity-log contract and the README ("Tables of metrics"):
- a row is in a period when its `date` is;
- activities: rows; companies, partner_companies, agreements, consultations, consultation_usd,
  contract_usd: sums, an empty cell 0, except an empty agreements cell on a row of kind agreement,
  which counts 1; countries: distinct partner countries;
- missions: distinct trips, a row's trip being its `trip`, or its `id` when `trip` is empty and its
  kind is mission (else none). A trip counts in a period when its first row (its earliest date in
  the whole log) falls in the period, and then once in each group where it has a row of that
  period; a quarter of the `quarter` dimension is itself a period, so a trip counts there only in
  the quarter of its first row;
- by sector a row counts under each of its sectors (none: `other`); the total counts it once;
- keys: province = the ISO code of the province the office belonged to on the row's date (a
  municipality rolls up; 군위군 is 경상북도's until 2023-06-30, 대구광역시's from 2023-07-01);
  office = a province's code, or CODE/시군구 for a municipality (CODE of its current province,
  `KR-11/중구`); region = the UN M49 sub-region key of the partner country; country = alpha-2;
  sector, kind = codes; quarter = 2024-Q3. A bounded period lists each of its quarters, with
  zeros where it has no row.
Any value the contract refuses (an unknown office, a date that is none …) stops it with the line.
"""
import argparse
import csv
import os
import re
import sys
from datetime import date

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLES = os.path.join(ROOT, "Sources", "Metrics", "Reference", "Tables")
MEASURES = ["activities", "missions", "companies", "partner_companies", "agreements", "consultations",
            "consultation_usd", "contract_usd", "countries"]
SUMS = ["companies", "partner_companies", "agreements", "consultations", "consultation_usd", "contract_usd"]
DIMENSIONS = ["province", "office", "region", "country", "sector", "kind", "quarter"]
PERIODS = ["all", "2024-Q3", "2025-H1", "2026-Q2"]


def fail(message):
    sys.exit(f"golden-tables: {message}")


# ---- reference tables ----------------------------------------------------------------------------

def tsv(file_name, name):
    with open(os.path.join(TABLES, file_name), encoding="utf-8") as f:
        text = f.read()
    found = re.search(r'static let ' + name + r' = #"""\n(.*?)\n\s*"""#', text, re.S)
    if not found:
        fail(f"no table {name} in {file_name}")
    return [line.strip(" ").split("\t") for line in found.group(1).split("\n") if line.strip()]


def items(fields, index):
    return [x for x in fields[index].split("|") if x] if index < len(fields) else []


def to_day(text):
    y, m, d = text.split("-")
    return date(int(y), int(m), int(d))


def key_of(name):
    """A name as names are compared: no case, no spaces or punctuation."""
    return "".join(ch for ch in name if ch not in " \t-.'\u2019_,()\u00a0\u3000").lower()


class Places:
    def __init__(self):
        # offices: list of dicts; names: key -> list of (office, tier, until)
        self.offices, self.names = [], {}
        province_by_code, forms_by_code = {}, {}
        for fields in tsv("Provinces.swift", "provinces"):
            number = len(self.offices)
            self.offices.append({"key": fields[0], "korean": fields[1], "memberships": [(None, number)]})
            province_by_code[fields[0]] = number
            forms = [(n, None) for n in fields[0:4] + items(fields, 4)]
            forms += [(f.split(":")[0], to_day(f.split(":")[1])) for f in items(fields, 5)]
            forms_by_code[fields[0]] = forms
            for name, until in forms:
                self.add(name, number, 0, until)
        rows = tsv("Municipalities.swift", "municipalities")
        for fields in rows:
            number = len(self.offices)
            code, korean, english, level = fields[0:4]
            forms = [(n, None, 0) for n in [korean, english] + items(fields, 4)]
            forms += [(n, None, 1) for n in self.short_forms(korean, english, level)]
            memberships = []
            for event in items(fields, 5):
                parts = event.split(":")
                if parts[0] == "moved":
                    memberships.append((to_day(parts[2]), province_by_code[parts[1]]))
                elif parts[0] == "renamed":
                    forms += [(parts[1], to_day(parts[3]), 0), (parts[2], to_day(parts[3]), 0)]
                elif parts[0] == "absorbed":   # a municipality merged into this one: its names and short forms
                    until = to_day(parts[3])
                    absorbed_level = {"군": "gun", "구": "gu"}.get(parts[1][-1], "si")
                    forms += [(parts[1], until, 0), (parts[2], until, 0)]
                    forms += [(n, until, 1) for n in self.short_forms(parts[1], parts[2], absorbed_level)]
                elif parts[0] in ("ended", "from"):
                    pass   # when the office exists: generated logs hold only offices of their rows' dates
                else:
                    fail(f"unknown history {event}")
            memberships.sort(key=lambda m: m[0])
            memberships.append((None, province_by_code[code]))
            self.offices.append({"key": f"{code}/{korean}", "korean": korean, "memberships": memberships})
            for name, until, tier in forms:
                self.add(name, number, tier, until)
            # After its province (or before it), with every name of the province it belonged to.
            for until_left, province in memberships:
                province_code = self.offices[province]["key"]
                for province_name, province_until in forms_by_code[province_code]:
                    for name, name_until, tier in forms:
                        limits = [u for u in (province_until, name_until, until_left) if u is not None]
                        until = min(limits) if limits else None
                        self.add(f"{province_name} {name}", number, tier, until)
                        self.add(f"{name} {province_name}", number, tier, until)

        regions = {fields[0] for fields in tsv("Regions.swift", "regions")}
        self.countries = {}
        for fields in tsv("Countries.swift", "countries"):
            if fields[4] not in regions:
                fail(f"country {fields[0]} has no known region")
            for name in fields[0:4] + items(fields, 5):
                self.countries[key_of(name)] = (fields[0], fields[4])
        with open(os.path.join(TABLES, "KindsAndSectors.swift"), encoding="utf-8") as f:
            text = f.read()
        self.kinds = self.labels(text, "kindLabels")
        self.sectors = self.labels(text, "sectorLabels")

    @staticmethod
    def short_forms(korean, english, level):
        """전주 and Jeonju / Jeonju City for 전주시 (Jeonju-si); Gunwi County; Gangnam District."""
        forms = []
        suffix = "-si" if level in ("si", "admin") else "-" + level
        if english.endswith(suffix):
            base = english[: -len(suffix)]
            forms += {"si": [base, base + " City"], "admin": [base, base + " City"],
                      "gun": [base, base + " County"], "gu": [base + " District"]}[level]
        if level != "gu" and len(korean) >= 3:
            forms.append(korean[:-1])
        return forms

    @staticmethod
    def labels(text, name):
        body = re.search(r"static let " + name + r": \[Label\] = \[(.*?)\n    \]", text, re.S).group(1)
        names = {}
        for code, korean, extra in re.findall(r'Label\(code: "([^"]*)", korean: "([^"]*)",\s*extraAliases: \[([^\]]*)\]\)', body):
            for label in [code, korean] + korean.split("·") + re.findall(r'"([^"]*)"', extra):
                names[key_of(label)] = code
        return names

    def add(self, name, office, tier, until):
        key = key_of(name)
        if key:
            self.names.setdefault(key, []).append((office, tier, until))

    def office(self, text, day):
        """The office a name stands for on `day`, or None: names proper before short forms, names in
        use on that day before former ones."""
        entries = self.names.get(key_of(text))
        if not entries:
            return None
        best = min(tier for _, tier, _ in entries)
        pool = [e for e in entries if e[1] == best]
        current = [e for e in pool if e[2] is None or day < e[2]]
        offices = {e[0] for e in (current or pool)}
        return offices.pop() if len(offices) == 1 else None

    def province(self, office, day):
        for until, province in self.offices[office]["memberships"]:
            if until is None or day < until:
                return province


# ---- the log ------------------------------------------------------------------------------------

SPACES = " \t\r\n\u00a0\u3000"
DATE = re.compile(r"^(\d{4})([-./])(?: ?)(\d{1,2})\2(?: ?)(\d{1,2})\.?$")


def parse_day(text, where):
    found = DATE.match(text)
    if not found or (text.endswith(".") and found.group(2) != "."):
        fail(f"{where}: not a date '{text}'")
    try:
        return date(int(found.group(1)), int(found.group(3)), int(found.group(4)))
    except ValueError:
        fail(f"{where}: no such day '{text}'")


NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")


def parse_cents(text, where):
    """A number ≥ 0 as cents: 1200000, 1,200,000, 2.5."""
    found = NUMBER.match(text.strip(" "))
    if not found:
        fail(f"{where}: not a number '{text}'")
    whole = int(found.group(1).replace(",", ""))
    fraction = (found.group(2) or "").rstrip("0")
    if len(fraction) > 2:
        fail(f"{where}: more than two decimals '{text}'")
    return whole * 100 + int(fraction.ljust(2, "0") or 0)


def parse_count(text, where):
    cents = parse_cents(text, where)
    if cents % 100:
        fail(f"{where}: not a whole number '{text}'")
    return cents // 100


def read_log(path, places):
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = [h.strip(SPACES).lower().replace(" ", "_").replace("-", "_") for h in next(reader)]
        where_is = {name: header.index(name) for name in header}
        for required in ["id", "date", "office", "kind", "partner_country"]:
            if required not in where_is:
                fail(f"{path}: no column {required}")
        records = []
        for line, fields in enumerate(reader, start=2):
            def value(column):
                i = where_is.get(column)
                return fields[i].strip(SPACES) if i is not None and i < len(fields) else ""
            if not any(x.strip(SPACES) for x in fields):
                continue
            at = f"{path}:{line}"
            day = parse_day(value("date"), at)
            office = places.office(value("office"), day)
            if office is None:
                fail(f"{at}: office '{value('office')}' is unknown or names more than one office")
            kind = places.kinds.get(key_of(value("kind")))
            country = places.countries.get(key_of(value("partner_country")))
            if kind is None or country is None:
                fail(f"{at}: unknown kind or country '{value('kind')}', '{value('partner_country')}'")
            sectors = set()
            for name in value("sectors").split(";"):
                if name.strip(SPACES):
                    sector = places.sectors.get(key_of(name.strip(SPACES)))
                    if sector is None:
                        fail(f"{at}: unknown sector '{name}'")
                    sectors.add(sector)
            record = {"day": day, "office": office, "province": places.province(office, day), "kind": kind,
                      "country": country[0], "region": country[1], "sectors": sorted(sectors)}
            for column in SUMS:
                text = value(column)
                if column.endswith("_usd"):
                    record[column] = parse_cents(text, f"{at} {column}") if text else 0
                else:
                    record[column] = parse_count(text, f"{at} {column}") if text else 0
            if kind == "agreement" and not value("agreements"):
                record["agreements"] = 1
            record["trip"] = value("trip") or (value("id") if kind == "mission" else None)
            records.append(record)
    return records


# ---- periods and tables -------------------------------------------------------------------------

def period_bounds(text):
    """(first day, last day) of all, 2024, 2024-Q3, 2024-H1, 2024-03 or 2024-01-15..2024-03-31."""
    if text == "all":
        return date(1, 1, 1), date(9999, 12, 31)
    if ".." in text:
        a, b = text.split("..")
        return to_day(a), to_day(b)
    year, _, part = text.partition("-")
    year = int(year)
    if not part:
        first, last = 1, 12
    elif part[0] in "QH":
        length = 3 if part[0] == "Q" else 6
        first = (int(part[1:]) - 1) * length + 1
        last = first + length - 1
    else:
        first = last = int(part)
    end = date(year + (last == 12), last % 12 + 1, 1).toordinal() - 1
    return date(year, first, 1), date.fromordinal(end)


def quarter_of(day):
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def group_keys(record, dimension, places):
    if dimension == "province":
        return [places.offices[record["province"]]["key"]]
    if dimension == "office":
        return [places.offices[record["office"]]["key"]]
    if dimension == "sector":
        return record["sectors"] or ["other"]
    if dimension == "quarter":
        return [quarter_of(record["day"])]
    return [record[dimension]]


class Group:
    def __init__(self):
        self.sums = dict.fromkeys(["activities"] + SUMS, 0)
        self.trips, self.countries = set(), set()

    def add(self, record, counted_trip):
        self.sums["activities"] += 1
        for column in SUMS:
            self.sums[column] += record[column]
        self.countries.add(record["country"])
        if counted_trip is not None:
            self.trips.add(counted_trip)

    def row(self, key):
        values = dict(self.sums, missions=len(self.trips), countries=len(self.countries))
        shown = [cents_text(values[m]) if m.endswith("_usd") else str(values[m]) for m in MEASURES]
        return [key] + shown


def cents_text(cents):
    whole, rest = divmod(cents, 100)
    if rest == 0:
        return str(whole)
    return f"{whole}.{rest:02d}".rstrip("0")


def table(records, first_days, period, dimension, places):
    first, last = period_bounds(period)
    groups, total = {}, Group()
    if dimension == "quarter" and period != "all":
        day = first
        while day <= last:
            groups.setdefault(quarter_of(day), Group())
            day = date(day.year + (day.month > 9), (day.month + 2) % 12 + 1, 1)
    for record in records:
        if not first <= record["day"] <= last:
            continue
        trip = record["trip"]
        counted = trip if trip is not None and first <= first_days[trip] <= last else None
        total.add(record, counted)
        for key in group_keys(record, dimension, places):
            in_group = counted
            if dimension == "quarter" and counted is not None and quarter_of(first_days[trip]) != key:
                in_group = None
            groups.setdefault(key, Group()).add(record, in_group)
    return [groups[key].row(key) for key in sorted(groups)] + [total.row("total")]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("log")
    parser.add_argument("-o", "--output", required=True, help="the folder for the CSV files")
    parser.add_argument("--periods", default=",".join(PERIODS))
    parser.add_argument("--by", default=",".join(DIMENSIONS))
    args = parser.parse_args()
    places = Places()
    records = read_log(args.log, places)
    first_days = {}
    for record in records:
        trip = record["trip"]
        if trip is not None and (trip not in first_days or record["day"] < first_days[trip]):
            first_days[trip] = record["day"]
    os.makedirs(args.output, exist_ok=True)
    for period in args.periods.split(","):
        for dimension in args.by.split(","):
            if dimension not in DIMENSIONS:
                fail(f"unknown dimension {dimension}")
            rows = table(records, first_days, period, dimension, places)
            with open(os.path.join(args.output, f"{period}_{dimension}.csv"), "w", encoding="utf-8", newline="") as f:
                writer = csv.writer(f, lineterminator="\n")
                writer.writerow(["key"] + MEASURES)
                writer.writerows(rows)
    print(f"golden-tables: {len(records)} rows; wrote {len(args.periods.split(',')) * len(args.by.split(','))} files to {args.output}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
