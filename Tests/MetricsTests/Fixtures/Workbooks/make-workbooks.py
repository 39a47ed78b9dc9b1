#!/usr/bin/env python3
"""Makes the workbooks of the .xlsx reader's tests (WorkbookLogTests) beside this script.

    python3 Tests/MetricsTests/Fixtures/Workbooks/make-workbooks.py

Each of openpyxl.xlsx, openpyxl-1904.xlsx, handmade.xlsx and libreoffice.xlsx holds the rows of
log.csv, its CSV twin, written the ways Excel stores cells, and reads to the same records:
- openpyxl.xlsx: a merged title and a blank row above the header; inline strings, a rich-text
  cell, formulas with cached values, dates as serials with built-in (14, 22) and custom formats,
  dates and an amount typed as text, booleans, empty cells left out; a second sheet.
- openpyxl-1904.xlsx: the 1904 date system; the log on its second sheet, from column B.
- handmade.xlsx: XML written here: shared strings (rich text, a phonetic guide), prefixed element
  names, cells without addresses, ISO dates (t="d"), `_x000A_` and `&#10;` escapes.
- libreoffice.xlsx: `soffice --convert-to xlsx` of log.csv (remade only where soffice is installed).
bad.xlsx holds errors; not-a-workbook.xlsx is a zip archive of a text file.
The outputs are committed; the tests do not run this script (it needs openpyxl).
"""
import csv
import datetime
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2024, 4, 1, 9, 0, 0)


def twin():
    with open(os.path.join(HERE, "log.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def day(text):
    return datetime.datetime.strptime(text, "%Y-%m-%d")


def save(workbook, name, patch=None):
    """Saves with fixed times (same bytes each run), `patch(part, xml)` rewriting parts."""
    workbook.properties.created = workbook.properties.modified = FIXED
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, name)
        workbook.save(path)
        rezip(path, os.path.join(HERE, name), patch)


def rezip(source, target, patch=None):
    with zipfile.ZipFile(source) as old:
        parts = [(info.filename, old.read(info.filename)) for info in old.infolist()]
    write_zip(target, [(part, patch(part, data.decode()).encode() if patch and part.endswith(".xml") else data)
                       for part, data in parts])


def write_zip(target, parts):
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for part, data in parts:
            new.writestr(zipfile.ZipInfo(part, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def openpyxl_workbook():
    header, rows = twin()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "활동"
    ws["A1"] = "2024년 1분기 해외통상 활동 (전북·전주)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    # Row 2 stays blank; the header is row 3.
    for column, name in enumerate(header, 1):
        ws.cell(3, column, name).font = Font(bold=True)
    # How each row's cells are stored, where not as plain text or numbers.
    ways = {
        "jb-01": {"일자": ("date", "yyyy-mm-dd"), "종료일": ("date", "mm-dd-yy"), "상담액": ("text", "1,200,000")},
        "jb-02": {"일자": ("text", "2024.01.10")},
        "jj-01": {"일자": ("date", "mm-dd-yy"), "종료일": ("text", "2024/2/6"),
                  "상대기관": ("formula", '="Kansas City"&" Council"'),
                  "제목": ("rich", CellRichText([TextBlock(InlineFont(b=True), "전주 "), "방문단"]))},
        "jb-03": {"일자": ("datetime", "m/d/yy h:mm"), "참여기업": ("formula", "=4*3"), "상담액": ("number", 100.1 + 200.2)},
        "jj-02": {"일자": ("text", "2024. 1. 8.")},
        "jb-04": {"일자": ("date", 'yyyy"년" m"월" d"일"'), "종료일": ("date", "yyyy-mm-dd")},
    }
    numeric = {"참여기업", "상대기업", "협약", "상담건수", "상담액", "계약액"}
    for index, row in enumerate(rows):
        r = 4 + index
        for column, name in enumerate(header, 1):
            text = row[name]
            way, value = ways[row["번호"]].get(name, (None, None))
            cell = ws.cell(r, column)
            if way == "date":
                cell.value, cell.number_format = day(text), value
            elif way == "datetime":
                cell.value, cell.number_format = day(text) + datetime.timedelta(hours=15, minutes=30), value
            elif way in ("text", "formula", "rich", "number"):
                cell.value = value
            elif text == "":
                continue                      # an empty cell is left out of the sheet
            elif name == "확인":
                cell.value = text == "TRUE"
            elif name in numeric:
                cell.value = float(text) if "." in text else int(text)
            else:
                cell.value = text
    notes = wb.create_sheet("메모")
    notes["A1"] = "이 시트는 활동 목록이 아닙니다"

    def cached_values(part, xml):
        if part != "xl/worksheets/sheet1.xml":
            return xml
        # openpyxl writes formulas without the value Excel keeps beside them: add it.
        xml = re.sub(r'(<c r="I6"[^>]*)><f>(.*?)</f>(?:<v\s*/>|<v></v>)', r'\1 t="str"><f>\2</f><v>Kansas City Council</v>', xml)
        xml = re.sub(r'(<c r="K7"[^>]*)><f>(.*?)</f>(?:<v\s*/>|<v></v>)', r'\1><f>\2</f><v>12</v>', xml)
        assert xml.count("Kansas City Council</v>") == 1 and xml.count("<v>12</v>") == 1, "formula cells moved"
        return xml

    save(wb, "openpyxl.xlsx", cached_values)


def openpyxl_1904_workbook():
    header, rows = twin()
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    summary = wb.active
    summary.title = "요약"
    summary.append(["기관", "건수"])
    summary.append(["전북특별자치도", 4])
    summary.append(["전주시", 2])
    ws = wb.create_sheet("활동")
    ws["B1"] = "활동 목록"
    for column, name in enumerate(header, 2):
        ws.cell(2, column, name)
    numeric = {"참여기업", "상대기업", "협약", "상담건수", "상담액", "계약액"}
    for index, row in enumerate(rows):
        for column, name in enumerate(header, 2):
            text = row[name]
            cell = ws.cell(3 + index, column)
            if text == "":
                continue
            if name in ("일자", "종료일"):
                cell.value, cell.number_format = day(text), "yyyy-mm-dd"
            elif name == "확인":
                cell.value = text == "TRUE"
            elif name in numeric:
                cell.value = float(text) if "." in text else int(text)
            else:
                cell.value = text
    save(wb, "openpyxl-1904.xlsx")


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def handmade_workbook():
    """SpreadsheetML written by hand, the way other writers (Excel, .NET tools) store cells."""
    header, rows = twin()
    strings = []

    def shared(xml):
        strings.append(xml)
        return len(strings) - 1

    serial = lambda text: (day(text) - datetime.datetime(1899, 12, 30)).days
    numeric = {"참여기업", "상대기업", "협약", "상담건수", "상담액", "계약액"}
    lines = []
    # Row 1 is the header, as shared strings; its cells carry no addresses.
    lines.append("<x:row>" + "".join(f'<x:c t="s"><x:v>{shared(f"<x:t>{escape(n)}</x:t>")}</x:v></x:c>' for n in header) + "</x:row>")
    for index, row in enumerate(rows):
        cells = []
        for column, name in enumerate(header):
            text = row[name]
            if text == "":
                continue
            ref = f"{chr(65 + column)}{index + 2}"
            if name == "일자" and index % 2 == 0:
                cells.append(f'<x:c r="{ref}" s="1"><x:v>{serial(text)}</x:v></x:c>')           # built-in 14
            elif name == "일자":
                cells.append(f'<x:c r="{ref}" t="d"><x:v>{text}T00:00:00</x:v></x:c>')           # ISO 8601
            elif name == "종료일":
                cells.append(f'<x:c r="{ref}" s="2"><x:v>{serial(text)}.5</x:v></x:c>')         # custom, with a time
            elif name == "확인":
                cells.append(f'<x:c r="{ref}" t="b"><x:v>{1 if text == "TRUE" else 0}</x:v></x:c>')
            elif name in numeric:
                cells.append(f'<x:c r="{ref}" s="3"><x:v>{float(text):.17g}</x:v></x:c>')       # [h]:mm is no date
            elif name == "비고":
                cells.append(f'<x:c r="{ref}" t="inlineStr"><x:is><x:t>{escape(text).replace(chr(10), "_x000A_")}</x:t></x:is></x:c>')
            elif name == "제목" and index % 2 == 0:
                half = len(text) // 2
                runs = f'<x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">{escape(text[:half])}</x:t></x:r><x:r><x:t>{escape(text[half:])}</x:t></x:r>'
                phonetic = '<x:rPh sb="0" eb="1"><x:t>ふりがな</x:t></x:rPh>'
                cells.append(f'<x:c r="{ref}" t="s"><x:v>{shared(runs + phonetic)}</x:v></x:c>')
            elif name == "상대기관":
                cells.append(f'<x:c r="{ref}" t="str"><x:f>TRIM("{escape(text)}")</x:f><x:v>{escape(text).replace(" ", "&#32;")}</x:v></x:c>')
            else:
                cells.append(f'<x:c r="{ref}" t="s"><x:v>{shared(f"<x:t>{escape(text)}</x:t>")}</x:v></x:c>')
        lines.append(f'<x:row r="{index + 2}" spans="1:20">' + "".join(cells) + "</x:row>")
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:worksheet xmlns:x="{main}" xmlns:r="{rel}">'
             f'<x:dimension ref="A1:T{len(rows) + 1}"/><x:sheetData>' + "\n".join(lines) + "</x:sheetData>"
             '<x:mergeCells count="0"/><!-- machine-written --></x:worksheet>')
    sst = (f'<?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="{main}" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<x:si>{s}</x:si>" for s in strings) + "</x:sst>")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><x:styleSheet xmlns:x="{main}"><x:numFmts count="2">'
              '<x:numFmt numFmtId="164" formatCode="yyyy&quot;년&quot;\\ m&quot;월&quot;\\ d&quot;일&quot;"/>'
              '<x:numFmt numFmtId="165" formatCode="[h]:mm"/></x:numFmts>'
              '<x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs>'
              '<x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="14" applyNumberFormat="1"/>'
              '<x:xf numFmtId="164"/><x:xf numFmtId="165"/></x:cellXfs></x:styleSheet>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}">'
                '<workbookPr date1904="false"/><sheets><sheet name="Activities" sheetId="7" r:id="rIdSheet"/></sheets></workbook>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdSheet" Type="{rel}/worksheet" Target="/xl/sheets/activities.xml"/>'
            f'<Relationship Id="rIdStrings" Type="{rel}/sharedStrings" Target="strings.xml"/>'
            f'<Relationship Id="rIdStyles" Type="{rel}/styles" Target="./styles.xml"/></Relationships>')
    root = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             '<Override PartName="/xl/sheets/activities.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
             '<Override PartName="/xl/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
             '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
    write_zip(os.path.join(HERE, "handmade.xlsx"), [
        ("[Content_Types].xml", types), ("_rels/.rels", root), ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", rels), ("xl/sheets/activities.xml", sheet), ("xl/strings.xml", sst),
        ("xl/styles.xml", styles)])


def libreoffice_workbook():
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: libreoffice.xlsx kept as it is")
        return
    with tempfile.TemporaryDirectory() as folder:
        # Comma, double quote, UTF-8, from line 1, English locale, detect dates and numbers.
        subprocess.run([soffice, "--headless", "--infilter=CSV:44,34,76,1,,1033,false,true", "--convert-to", "xlsx",
                        "--outdir", folder, os.path.join(HERE, "log.csv")], check=True, capture_output=True)
        rezip(os.path.join(folder, "log.xlsx"), os.path.join(HERE, "libreoffice.xlsx"),
              lambda part, xml: re.sub(r"<dcterms:(created|modified)[^<]*</dcterms:\1>", "", xml))


def bad_workbook():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "활동"
    ws["A1"] = "오류가 있는 활동 목록"
    ws.append(["id", "date", "office", "kind", "partner_country", "companies"])
    ws.append(["r1", datetime.datetime(2024, 1, 8), "전북", "forum", "US", 3])
    ws["B3"].number_format = "yyyy-mm-dd"
    ws.append(["r2", "2024-3월-05", "전북", "forum", "US", 1])
    ws.append(["r1", datetime.datetime(2024, 1, 9), "전북", "forum", "US", "three"])
    ws["B5"].number_format = "yyyy-mm-dd"
    ws.append(["r3", 45299, "전북", "forum", "US"])
    save(wb, "bad.xlsx")


def not_a_workbook():
    write_zip(os.path.join(HERE, "not-a-workbook.xlsx"), [("readme.txt", "not a workbook\n")])


if __name__ == "__main__":
    openpyxl_workbook()
    openpyxl_1904_workbook()
    handmade_workbook()
    libreoffice_workbook()
    bad_workbook()
    not_a_workbook()
