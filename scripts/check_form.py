#!/usr/bin/env python3
"""The activity-log form, checked as users get it (run through scripts/check-readers).

  1. `report-cli form --office 전북` and `--lang en`: openpyxl reads back the sheets (활동 first,
     목록 hidden), the headers, the frozen header and autofilter, and a data validation with a
     note on every column: drop-downs for office (the office and its 시·군·구), kind and country
     (every country), dates within 2000-01-01..2100-12-31, an end date not before the date, whole
     numbers and amounts >= 0.
  2. LibreOffice (headless) re-saves the form as .xlsx; its copy keeps those validations (on its
     first 1,000 rows: LibreOffice 7.4 writes no more).
  3. Round trips, each read back to the same tables (`report-cli tables`) as the source CSV:
     the sample log and a generated log moved in with --from; the sample log typed into the form
     cell by cell by openpyxl (dates as dates, numbers as numbers); that file re-saved by LibreOffice.
  4. With --pictures DIR, the form moved in from the sample log as LibreOffice prints it, as PNG
     pages, and form.png (its first page above the guide's), the picture in the README.
Every failure is printed; the exit status is 1 if there was any.
"""
import argparse
import csv
import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl

FAILURES = []

KO_HEADERS = ["번호(자동)", "일자", "종료일", "기관", "유형", "출장", "상대국", "도시", "상대기관", "분야", "참여기업",
              "상대기업", "협약", "상담건수", "상담액(달러)", "계약액(달러)", "제목", "출처"]
EN_HEADERS = ["ID (auto)", "Date", "End date", "Office", "Kind", "Trip", "Partner country", "Partner city",
              "Partner org", "Sectors", "Companies", "Partner companies", "Agreements", "Consultations",
              "Consultation (USD)", "Contracts (USD)", "Title", "Source"]
CONTRACT = ["id", "date", "end_date", "office", "kind", "trip", "partner_country", "partner_city", "partner_org",
            "sectors", "companies", "partner_companies", "agreements", "consultations", "consultation_usd",
            "contract_usd", "title", "source"]
COUNTS = {"companies", "partner_companies", "agreements", "consultations"}
AMOUNTS = {"consultation_usd", "contract_usd"}
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def check(condition, what):
    if not condition:
        FAILURES.append(what)
        print("FAIL:", what)
    return condition


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def excel_serial(day):
    return (day - dt.date(1899, 12, 30)).days


def validations(sheet):
    """Data validations by column letter: the first column of each range."""
    found = {}
    for dv in sheet.data_validations.dataValidation:
        for cells in str(dv.sqref).split():
            letter = re.match(r"[A-Z]+", cells).group(0)
            found[letter] = (dv, cells)
    return found


def check_form(path, language, office_count=None, label="", resaved=False):
    """`resaved`: a copy saved by LibreOffice, which drops frozen panes in headless runs, keeps the
    rules on the first 1,000 rows only, and writes sheet references without quotes."""
    book = openpyxl.load_workbook(path)
    names = ["활동", "안내", "목록"] if language == "ko" else ["Activities", "Guide", "Lists"]
    headers = KO_HEADERS if language == "ko" else EN_HEADERS
    check(book.sheetnames == names, f"{label}: sheets {book.sheetnames}")
    sheet, lists = book[names[0]], book[names[2]]
    check(lists.sheet_state == "hidden", f"{label}: the lists sheet is {lists.sheet_state}")
    check([c.value for c in sheet[1]][:18] == headers, f"{label}: headers {[c.value for c in sheet[1]][:18]}")
    check(resaved or sheet.freeze_panes == "A2", f"{label}: frozen at {sheet.freeze_panes}")
    check(sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:R"), f"{label}: autofilter {sheet.auto_filter.ref}")
    offices = [c.value for c in lists["A"][1:] if c.value]
    countries = [c.value for c in lists["B"][1:] if c.value]
    check(len(countries) == 250, f"{label}: {len(countries)} countries listed")
    if office_count is not None:
        check(len(offices) == office_count, f"{label}: {len(offices)} offices listed, expected {office_count}")
    rules = validations(sheet)
    lists_ref = names[2] if resaved and re.fullmatch(r"\w+", names[2]) else f"'{names[2]}'"
    for index, name in enumerate(CONTRACT):
        letter = chr(ord("A") + index)
        if not check(letter in rules, f"{label}: column {letter} ({name}) has no validation"):
            continue
        dv, cells = rules[letter]
        last = int(re.search(r"(\d+)$", cells).group(1))
        check(cells.startswith(f"{letter}2:") and last >= (1001 if resaved else 5001), f"{label}: {name} covers {cells}")
        check(bool(dv.showInputMessage) and dv.prompt and dv.promptTitle, f"{label}: {name} has no input message")
        if language == "ko":
            check(HANGUL.search(dv.prompt or "") is not None, f"{label}: {name}'s message is not Korean: {dv.prompt!r}")
        if name == "office":
            check(dv.type == "list" and dv.formula1 == f"{lists_ref}!$A$2:$A${len(offices) + 1}", f"{label}: office rule {dv.type} {dv.formula1}")
        elif name == "partner_country":
            check(dv.type == "list" and dv.formula1 == f"{lists_ref}!$B$2:$B${len(countries) + 1}", f"{label}: country rule {dv.type} {dv.formula1}")
        elif name == "kind":
            kinds = (dv.formula1 or "").strip('"').split(",")
            check(dv.type == "list" and len(kinds) == 9, f"{label}: kind rule {dv.type} {dv.formula1}")
            if language == "ko":
                check("업무협약·양해각서·자매결연" in kinds, f"{label}: kinds {kinds}")
        elif name == "date":
            check(dv.type == "date" and dv.operator in (None, "between") and dv.formula1 == str(excel_serial(dt.date(2000, 1, 1)))
                  and dv.formula2 == str(excel_serial(dt.date(2100, 12, 31))), f"{label}: date rule {dv.type} {dv.formula1} {dv.formula2}")
        elif name == "end_date":
            check(dv.type == "date" and dv.formula1 == "B2" and dv.formula2 == "DATE(2100,12,31)", f"{label}: end date rule {dv.formula1} {dv.formula2}")
        elif name in COUNTS:
            check(dv.type == "whole" and dv.operator == "greaterThanOrEqual" and dv.formula1 == "0", f"{label}: {name} rule {dv.type} {dv.operator} {dv.formula1}")
        elif name in AMOUNTS:
            check(dv.type == "decimal" and dv.operator == "greaterThanOrEqual" and dv.formula1 == "0", f"{label}: {name} rule {dv.type} {dv.operator} {dv.formula1}")
        if name in ("date", "end_date", "office", "kind", "partner_country") or name in COUNTS or name in AMOUNTS:
            check(dv.errorStyle in (None, "stop") and dv.error, f"{label}: {name} has no stop message ({dv.errorStyle}, {dv.error!r})")
        if name == "sectors":
            check(";" in (dv.prompt or ""), f"{label}: the sectors' note does not say how to separate them")


def tables(cli, logs, extra=()):
    result = {}
    for by in ("office", "kind", "sector", "country", "quarter"):
        out = run([cli, "tables", *logs, "--period", "all", "--by", by, "--format", "csv", "--boundaries", "as-logged", *extra])
        if out.returncode != 0:
            return f"exit {out.returncode}: {out.stderr.strip()[:400]}"
        result[by] = out.stdout
    return result


def same_tables(cli, source, copy, label):
    want, got = tables(cli, source), tables(cli, [copy])
    if isinstance(want, str) or isinstance(got, str):
        return check(False, f"{label}: {want if isinstance(want, str) else got}")
    for by in want:
        check(want[by] == got[by], f"{label}: the table by {by} differs from the source's")


def fill_by_openpyxl(form, logs, target):
    """Types the rows of `logs` into the form, one cell at a time, as a user would."""
    book = openpyxl.load_workbook(form)
    sheet = book.worksheets[0]
    row = 2
    for log in logs:
        with open(log, encoding="utf-8-sig", newline="") as f:
            for record in csv.DictReader(f):
                for index, name in enumerate(CONTRACT):
                    value = (record.get(name) or "").strip()
                    if name == "id" or value == "":
                        continue   # the id is left to the form
                    cell = sheet.cell(row=row, column=index + 1)
                    if name in ("date", "end_date"):
                        cell.value = dt.date.fromisoformat(value)
                        cell.number_format = "yyyy-mm-dd"
                    elif name in COUNTS:
                        cell.value = int(value.replace(",", ""))
                    elif name in AMOUNTS:
                        number = float(value.replace(",", ""))
                        cell.value = int(number) if number.is_integer() else number
                    else:
                        cell.value = value
                row += 1
    book.save(target)


def libreoffice_copy(source, outdir):
    outdir.mkdir(exist_ok=True)
    out = run(["soffice", "--headless", "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(outdir), str(source)], timeout=300)
    copy = outdir / Path(source).name
    check(out.returncode == 0 and copy.exists(), f"LibreOffice could not re-save {source}: {out.stderr.strip()[:300]}")
    return copy


def pictures(form, outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    out = run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(form)], timeout=300)
    pdf = outdir / (Path(form).stem + ".pdf")
    if not check(out.returncode == 0 and pdf.exists(), f"no PDF of {form}: {out.stderr.strip()[:300]}"):
        return
    run(["pdftoppm", "-png", "-r", "80", str(pdf), str(outdir / "page")])
    pages = sorted(outdir.glob("page-*.png"))
    try:
        from PIL import Image
    except ImportError:
        return
    # docs/form.png: the first page of activities above the first page of the guide.
    guide = next((p for p in pages if "안내" in run(["pdftotext", "-f", p.stem.split("-")[-1].lstrip("0") or "0",
                                                     "-l", p.stem.split("-")[-1].lstrip("0") or "0", str(pdf), "-"]).stdout), None)
    if pages and guide:
        first, second = Image.open(pages[0]), Image.open(guide)
        both = Image.new("RGB", (max(first.width, second.width), first.height + second.height), "white")
        both.paste(first, (0, 0))
        both.paste(second, (0, first.height))
        both.save(outdir / "form.png", optimize=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--work", required=True, type=Path)
    parser.add_argument("--sample", nargs="+", required=True)
    parser.add_argument("--generated", required=True)
    parser.add_argument("--pictures", type=Path)
    args = parser.parse_args()
    work = args.work / "form"
    work.mkdir(parents=True, exist_ok=True)
    cli = args.cli

    # 1. The empty forms.
    jeonbuk, english = work / "jeonbuk.xlsx", work / "english.xlsx"
    for path, extra in ((jeonbuk, ["--office", "전북"]), (english, ["--lang", "en"])):
        out = run([cli, "form", "-o", str(path), "--force", *extra])
        check(out.returncode == 0, f"form {' '.join(extra)}: exit {out.returncode}: {out.stderr.strip()}")
    # 전북특별자치도 and its 14 시·군 (6 시, 8 군).
    check_form(jeonbuk, "ko", office_count=15, label="form --office 전북")
    check_form(english, "en", label="form --lang en")

    # 2. LibreOffice keeps the checks.
    check_form(libreoffice_copy(jeonbuk, work / "lo-empty"), "ko", office_count=15, label="form re-saved by LibreOffice", resaved=True)

    # 3. Round trips.
    for label, logs in (("sample", args.sample), ("generated", [args.generated])):
        moved = work / f"from-{label}.xlsx"
        out = run([cli, "form", "-o", str(moved), "--force", "--from", *logs])
        if check(out.returncode == 0, f"form --from ({label}): exit {out.returncode}: {out.stderr.strip()[:400]}"):
            same_tables(cli, logs, moved, f"form --from the {label} log")
    typed = work / "typed-by-openpyxl.xlsx"
    fill_by_openpyxl(jeonbuk, args.sample, typed)
    same_tables(cli, args.sample, typed, "the sample log typed into the form by openpyxl")
    same_tables(cli, args.sample, libreoffice_copy(typed, work / "lo-typed"), "that form re-saved by LibreOffice")

    if args.pictures:
        pictures(work / "from-sample.xlsx", args.pictures)

    print(f"check_form: {len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
