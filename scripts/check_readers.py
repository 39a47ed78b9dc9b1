#!/usr/bin/env python3
"""The "real readers" check of issue 9 (run it through scripts/check-readers).

Makes every built-in template's reports on one or more logs, then for each XLSX:
  1. the zip and every XML part are well formed (what makes Excel offer a repair);
  2. LibreOffice (headless) converts it to XLSX, printing no error, and its copy holds the same
     values as ours;
  3. openpyxl and python-calamine read the same value in every cell of every sheet;
  4. the figures equal `report-cli tables --format json` for the same log, period and offices.
The CSV folders (briefing, quarterly --csv) are checked for a UTF-8 BOM and by step 4.
Every mismatch is printed as FILE: SHEET!CELL: what; the exit status is 1 if there was any.
"""
import argparse
import csv
import datetime as dt
import json
import math
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook

# Korean labels and code headers (bench) of the measures and dimensions, as the reports write them.
MEASURES = {"활동": "activities", "출장": "missions", "참여기업": "companies", "상대기업": "partner_companies",
            "협약": "agreements", "상담건수": "consultations", "상담액(달러)": "consultation_usd",
            "계약액(달러)": "contract_usd", "국가": "countries", "기업당 상담건수": "consultations_per_company",
            "기업당 상담액(달러)": "consultation_usd_per_company", "기업당 계약액(달러)": "contract_usd_per_company",
            "계약 전환율(%)": "conversion_pct"}
MEASURES.update({m: m for m in list(MEASURES.values())})
DERIVED = {"consultations_per_company", "consultation_usd_per_company", "contract_usd_per_company", "conversion_pct"}
DIMENSIONS = {"시·도": "province", "기관": "office", "권역": "region", "국가": "country", "분야": "sector",
              "유형": "kind", "분기": "quarter", "월": "month"}
DIMENSIONS.update({d: d for d in list(DIMENSIONS.values())})
# Column suffixes of a comparison base (Labels.shortBase): last year's, or the previous period's.
BASES = {"전년 동기": "last-year", "전분기": "previous", "전월": "previous", "직전 반기": "previous",
         "전년": "previous", "직전 기간": "previous", "2년 평균": "avg-2y", "3년 평균": "avg-3y"}
TOTAL = "합계"
# Columns of the activity list that sum to a measure (the others, 국가 and 출장 among them, are text).
LIST_SUMS = {"참여기업": "companies", "상대기업": "partner_companies", "상담건수": "consultations",
             "상담액(달러)": "consultation_usd", "계약액(달러)": "contract_usd"}
LIST_SUMS.update({m: m for m in list(LIST_SUMS.values())})

failures = []


def fail(where, message):
    failures.append(f"{where}: {message}")
    print(f"  FAIL {where}: {message}")


def cell_name(row, col):
    return f"{get_column_letter(col + 1)}{row + 1}"


def same_number(a, b, rel=0.0):
    return a == b or abs(a - b) <= rel * max(abs(a), abs(b))


# ---- reading ------------------------------------------------------------------------------------

def normalise(value):
    """One cell as a comparable value: None for empty, float for numbers, datetime for dates."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    return value


def trimmed(rows):
    """Rows of normalised cells without trailing empty cells and rows."""
    rows = [[normalise(v) for v in row] for row in rows]
    for row in rows:
        while row and row[-1] is None:
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


def read_openpyxl(path):
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheets = {ws.title: trimmed(ws.iter_rows(values_only=True)) for ws in book.worksheets}
    book.close()
    return sheets


def read_calamine(path):
    book = CalamineWorkbook.from_path(str(path))
    return {name: trimmed(book.get_sheet_by_name(name).to_python(skip_empty_area=False))
            for name in book.sheet_names}


def read_csv(path):
    """A CSV file of ours: UTF-8 with BOM; numbers become floats as a spreadsheet would read them."""
    data = path.read_bytes()
    if not data.startswith(b"\xef\xbb\xbf"):
        fail(path.name, "no UTF-8 BOM")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    number = re.compile(r"-?\d+(\.\d+)?")
    return trimmed([[float(v) if number.fullmatch(v) else v for v in row] for row in rows])


def compare_sheets(where, ours, theirs, their_name, rel=0.0):
    """Cell by cell: numbers equal as numbers (within rel), everything else equal."""
    if list(ours) != list(theirs):
        fail(where, f"sheets {list(ours)} but {their_name} reads {list(theirs)}")
        return
    for sheet, rows in ours.items():
        other = theirs[sheet]
        shown = 0
        for r in range(max(len(rows), len(other))):
            a_row = rows[r] if r < len(rows) else []
            b_row = other[r] if r < len(other) else []
            for c in range(max(len(a_row), len(b_row))):
                a = a_row[c] if c < len(a_row) else None
                b = b_row[c] if c < len(b_row) else None
                equal = same_number(a, b, rel) if isinstance(a, float) and isinstance(b, float) else a == b
                if not equal and shown < 5:
                    fail(f"{where}: {sheet}!{cell_name(r, c)}", f"openpyxl reads {a!r}, {their_name} reads {b!r}")
                    shown += 1


def check_package(path):
    """The zip's CRCs and every XML part: a broken one is what makes Excel offer to repair."""
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad:
            fail(path.name, f"zip member {bad} is corrupt")
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                try:
                    ElementTree.fromstring(z.read(name))
                except ElementTree.ParseError as error:
                    fail(f"{path.name}: {name}", f"XML not well formed: {error}")


def libreoffice(path, outdir, profile):
    """Converts with soffice --headless; returns its copy, or None (and a failure)."""
    outdir.mkdir(exist_ok=True)
    started = time.monotonic()
    run = subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                          "--convert-to", "xlsx", "--outdir", str(outdir), str(path)],
                         capture_output=True, text=True, timeout=600)
    seconds = time.monotonic() - started
    copy = outdir / path.name
    said = [l for l in (run.stdout + run.stderr).splitlines() if "error" in l.lower()]
    if run.returncode != 0 or said or not copy.exists() or copy.stat().st_size == 0:
        fail(path.name, f"LibreOffice conversion failed (exit {run.returncode}): "
                        + " | ".join(said or run.stderr.splitlines() or ["no output file"]))
        return None, seconds
    return copy, seconds


# ---- our own figures ----------------------------------------------------------------------------

class Tables:
    """`report-cli tables --format json`, cached; rows looked up by the label a report shows."""

    def __init__(self, cli, logs):
        self.cli, self.logs, self.cache, self.seconds = cli, logs, {}, 0.0

    def rows(self, period, by=None, offices=(), compare=None):
        # The figures of the period are the same with --compare: one run serves both.
        compare = None if period == "all" else compare or "previous"
        key = (period, by, tuple(offices), compare)
        if key not in self.cache:
            args = [self.cli, "tables", *self.logs, "--period", period, "--format", "json"]
            args += ["--by", by] if by else []
            args += ["--compare", compare] if compare else []
            for office in offices:
                args += ["--office", office]
            started = time.monotonic()
            run = subprocess.run(args, capture_output=True, text=True)
            self.seconds += time.monotonic() - started
            if run.returncode != 0:
                sys.exit(f"check-readers: {' '.join(args)} failed: {run.stderr.strip()[-500:]}")
            self.cache[key] = json.loads(run.stdout)
        return self.cache[key]

    def find(self, period, by, offices, label, compare=None):
        """The row a report labels `label` (a name, a code, or both; 합계 is the total), or None."""
        for row in self.rows(period, by, offices, compare):
            names = {row["key"], row["name"], f"{row['key']} {row['name']}"}
            if label in names or (label == TOTAL and row["key"] == "total"):
                return row
        return None

    def total(self, period, offices, compare=None):
        return self.rows(period, None, offices, compare)[-1]


class Checker:
    """Finds the blocks of a sheet by their header row and checks each against the tables."""

    def __init__(self, tables, period, offices):
        self.tables, self.period, self.offices = tables, period, offices
        self.checked = self.blocks = 0

    def expect(self, where, got, want, what):
        self.checked += 1
        if want is None:  # a ratio whose divisor is 0: shown as – (or nothing in CSV)
            if got not in (None, "–"):
                fail(where, f"{what} is {got!r}, report-cli tables says it is empty")
            return
        got = 0.0 if got is None else float(got) if isinstance(got, int) else got
        if not isinstance(got, float) or not same_number(got, float(want), 1e-12):
            fail(where, f"{what} is {got!r}, report-cli tables says {want!r}")

    def sheet(self, where, rows, offices=None):
        offices = self.offices if offices is None else offices
        r = 0
        while r < len(rows):
            row = rows[r]
            first = row[0] if row else None
            if first is None or len([v for v in row if v is not None]) < 2:
                r += 1
                continue
            end = r + 1
            while end < len(rows) and rows[end]:
                end += 1
            title = rows[r - 1][0] if r > 0 and rows[r - 1] and isinstance(rows[r - 1][0], str) else ""
            block = (where, row, rows[r + 1:end], r + 1, offices)
            if first == "지표":
                self.kpis(*block)
            elif first in ("번호", "id"):
                self.activity_list(*block)
            elif first == "위치":
                pass  # the log's warnings, one a row (sheet 경고 목록): no figure to compare
            elif first in DIMENSIONS and any(head in ("상대", "교류 협력") for head in row):
                pass  # the tie register and its summary: `report-cli ties`, not `tables`
            elif first == "항목":
                self.about(*block)
            elif first in ("분기", "월", "quarter", "month"):
                self.series(*block)
            elif first in DIMENSIONS:
                self.table(*block, title)
            else:
                r += 1
                continue
            self.blocks += 1
            r = end

    def kpis(self, where, header, body, top, offices):
        """지표 | period | 직전 기간 (…) | 증감 | 증감률 | 전년 동기 (…) | 증감 | 증감률."""
        for i, row in enumerate(body, top):
            m = MEASURES.get(row[0])
            if m is None:
                fail(f"{where}!{cell_name(i, 0)}", f"unknown measure {row[0]!r}")
                continue
            base = None
            for c, head in enumerate(header[1:], 1):
                value = row[c] if c < len(row) else None
                at = f"{where}!{cell_name(i, c)}"
                if c == 1:
                    self.expect(at, value, self.tables.total(self.period, offices)[m], f"{m} of {self.period}")
                elif any(head.startswith(name) for name in ("직전 기간", "전년 동기", "2년 평균", "3년 평균")):
                    base = next(kind for name, kind in BASES.items() if head.startswith(name) and name != "전년")
                    if self.period != "all":  # no base, empty cells
                        want = self.tables.total(self.period, offices, base)[m + "_base"]
                        self.expect(at, value, want, f"{m}, {base}")
                elif head == "증감" and base and self.period != "all":
                    want = self.tables.total(self.period, offices, base)[m + "_change"]
                    self.expect(at, value, want, f"{m} change, {base}")

    def table(self, where, header, body, top, offices, title):
        dim = DIMENSIONS[header[0]]
        columns = []  # (column, measure, what, compare): a value, or its base or change in `compare`
        compare = None  # the table's comparison, known from its first base column
        for c, head in enumerate(header[1:], 1):
            label, _, suffix = head.rpartition(" ")
            if head in MEASURES:
                columns.append((c, MEASURES[head], "value", None))
            elif suffix == "증감" and label in MEASURES and compare:
                columns.append((c, MEASURES[label], "_change", compare))
            else:
                for base, kind in BASES.items():
                    if head.endswith(f" {base}") and head.removesuffix(f" {base}") in MEASURES:
                        compare = kind
                        columns.append((c, MEASURES[head.removesuffix(f" {base}")], "_base", compare))
                        break
        if not columns:
            return self.matrix(where, header, body, top, offices, title)
        for i, row in enumerate(body, top):
            label = row[0]
            if isinstance(label, str) and label.startswith("나머지"):
                continue  # the rest of a top-N table: no row of its own in the tables
            for c, m, what, compare in columns:
                found = self.tables.find(self.period, dim, offices, label, compare)
                # A group without rows: zero, or for a derived measure (no companies) empty.
                empty = None if m in DERIVED else 0
                want = empty if found is None else found[m if what == "value" else m + what]
                value = row[c] if c < len(row) else None
                name = m if what == "value" else m + what
                self.expect(f"{where}!{cell_name(i, c)}", value, want, f"{name} of {label}")

    def matrix(self, where, header, body, top, offices, title):
        """시·도 down, sectors or regions across, 활동 (or 출장, as the title says) in the cells."""
        m = "missions" if "출장" in title else "activities"
        row_dim = DIMENSIONS[header[0]]
        names = [h for h in header[1:] if h != TOTAL]
        col_dim = next((d for d in ("sector", "region", "kind", "country")
                        if {n for n in names} <= {r["name"] for r in self.tables.rows(self.period, d, offices)}), None)
        if col_dim is None:
            return fail(f"{where}!{cell_name(top - 1, 1)}", f"a block headed {header!r} that this check does not know")
        pairs = self.tables.rows(self.period, f"{row_dim},{col_dim}", offices)
        for i, row in enumerate(body, top):
            for c, head in enumerate(header[1:], 1):
                if row[0] == TOTAL and head == TOTAL:
                    found = self.tables.total(self.period, offices)
                elif row[0] == TOTAL:
                    found = self.tables.find(self.period, col_dim, offices, head)
                elif head == TOTAL:
                    found = self.tables.find(self.period, row_dim, offices, row[0])
                else:
                    found = next((p for p in pairs if p["name"] == row[0] and p["name2"] == head), None)
                value = row[c] if c < len(row) else None
                self.expect(f"{where}!{cell_name(i, c)}", value, found[m] if found else 0, f"{m} of {row[0]} × {head}")

    def series(self, where, header, body, top, offices):
        """One row a quarter (or month): each as that period's own figures."""
        for i, row in enumerate(body, top):
            totals = self.tables.total(row[0], offices)
            for c, head in enumerate(header[1:], 1):
                m = MEASURES.get(head)
                if m:
                    value = row[c] if c < len(row) else None
                    self.expect(f"{where}!{cell_name(i, c)}", value, totals[m], f"{m} of {row[0]}")

    def activity_list(self, where, header, body, top, offices):
        """As many rows as activities; dates as dates in XLSX; amount columns sum to the measures."""
        totals = self.tables.total(self.period, offices)
        self.expect(f"{where}!A{top + 1}:A{top + len(body)}", float(len(body)), totals["activities"],
                    "the number of listed activities")
        for c, head in enumerate(header):
            cells = [row[c] if c < len(row) else None for row in body]
            if head in LIST_SUMS:
                m = LIST_SUMS[head]
                column = get_column_letter(c + 1)
                self.expect(f"{where}!{column}{top + 1}:{column}{top + len(body)}",
                            sum(v for v in cells if isinstance(v, float)), totals[m], f"the sum of {head}")
            if head in ("일자", "date") and not where.endswith(".csv"):
                for i, v in enumerate(cells, top):
                    if not isinstance(v, dt.datetime):
                        fail(f"{where}!{cell_name(i, c)}", f"the date {v!r} is not a date cell")
                        break

    def about(self, where, header, body, top, offices):
        for i, row in enumerate(body, top):
            if row[0] == "대상 기관" and str(row[1]).startswith("전체"):
                offices = []  # compare reads every office, whichever it lists
            if row[0] == "기간 안의 활동":
                value = float(row[1]) if isinstance(row[1], str) and row[1].isdigit() else row[1]
                want = self.tables.total(self.period, offices)["activities"]
                self.expect(f"{where}!{cell_name(i, 1)}", value, want, "activities in the period")


# ---- the reports --------------------------------------------------------------------------------

def reports(quarter, year, whole):
    """(file name, report-cli arguments, period, offices): every built-in template, as an office uses it.
    `{out}` is the output path without extension."""
    three = ["전북특별자치도", "제주특별자치도", "경상북도"]
    return [
        ("quarterly", ["quarterly", "--period", quarter, "--office", "전북", "-o", "{out}.xlsx", "--csv", "{out}-csv"],
         quarter, ["전북"]),
        ("quarterly-all", ["quarterly", "--period", whole, "-o", "{out}.xlsx"], whole, []),
        ("bench", ["quarterly", "--period", whole, "--template", "bench", "-o", "{out}.xlsx"], whole, []),
        ("compare", ["compare", "--period", year, "-o", "{out}.xlsx"], year, []),
        ("compare-3", ["compare", "--period", year, "--offices", ",".join(three), "-o", "{out}.xlsx"], year, three),
        ("briefing", ["briefing", "--period", quarter, "--office", "전북", "-o", "{out}-csv"], quarter, ["전북"]),
    ]


def check_sheet(checker, where, rows, offices=None):
    blocks = checker.blocks
    checker.sheet(where, rows, offices)
    if checker.blocks == blocks:
        fail(where, "no table that this check knows (has the layout changed?)")


def check_log(cli, name, logs, quarter, year, whole, work, profile):
    tables = Tables(cli, logs)
    outdir = work / name
    outdir.mkdir()
    for report, args, period, offices in reports(quarter, year, whole):
        out = outdir / report
        args = [a.replace("{out}", str(out)) for a in args]
        started = time.monotonic()
        run = subprocess.run([cli, args[0], *logs, *args[1:]], capture_output=True, text=True)
        made = time.monotonic() - started
        if run.returncode != 0:
            fail(f"{name}/{report}", f"report-cli {args[0]} failed: {run.stderr.strip()[-500:]}")
            continue
        checker = Checker(tables, period, offices)
        notes = [f"made in {made:.1f} s"]
        xlsx = out.with_suffix(".xlsx")
        if xlsx.exists():
            label = f"{name}/{xlsx.name}"
            try:
                check_package(xlsx)
                ours, theirs = read_openpyxl(xlsx), read_calamine(xlsx)
            except Exception as error:  # a file that a reader cannot open at all
                fail(label, f"cannot be read: {type(error).__name__}: {error}")
                continue
            compare_sheets(label, ours, theirs, "python-calamine")
            copy, seconds = libreoffice(xlsx, outdir / "libreoffice", profile)
            if copy:
                # LibreOffice saves numbers to 15 significant digits, as Excel does (0.0868263473053892
                # for our 0.08682634730538923): equal within 1e-12.
                compare_sheets(f"{label} (LibreOffice's copy)", ours, read_openpyxl(copy), "LibreOffice", rel=1e-12)
            for sheet, rows in ours.items():
                per_office = [sheet] if sheet in offices and report.startswith("compare") else None
                check_sheet(checker, f"{label}: {sheet}", rows, per_office)
            cells = sum(len(r) for rows in ours.values() for r in rows)
            notes.append(f"{len(ours)} sheets, {cells} cells read alike, LibreOffice {seconds:.1f} s")
        folder = Path(f"{out}-csv")
        if folder.is_dir():
            files = sorted(folder.glob("*.csv"))
            for path in files:
                check_sheet(checker, f"{name}/{folder.name}/{path.name}", read_csv(path))
            notes.append(f"{len(files)} CSV files")
        print(f"{name}/{report}: {', '.join(notes)}, {checker.checked} figures equal to report-cli tables")
    print(f"{name}: {len(tables.cache)} runs of report-cli tables took {tables.seconds:.1f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="the report-cli binary")
    parser.add_argument("--work", required=True, type=Path, help="an empty folder for the reports")
    parser.add_argument("--sample", nargs="+", required=True, help="the sample log's files")
    parser.add_argument("--generated", required=True, help="a log made by scripts/generate-log")
    a = parser.parse_args()
    profile = a.work / "libreoffice-profile"  # our own, so that a running LibreOffice does not interfere
    check_log(a.cli, "sample", a.sample, "2024-Q1", "2024", "2024", a.work, profile)
    check_log(a.cli, "generated", [a.generated], "2024-Q3", "2024", "all", a.work, profile)
    if failures:
        print(f"check-readers: {len(failures)} mismatches (first: {failures[0]})", file=sys.stderr)
        sys.exit(1)
    print("check-readers: every report opens in LibreOffice and reads back alike, to the figures of report-cli tables")


if __name__ == "__main__":
    main()
