"""Issue 20, the report on paper: checks how LibreOffice prints each built-in workbook report.

For every report it reads the XLSX and the PDF that LibreOffice makes of it, and checks:
  1. page set-up, from each sheet's XML: A4 landscape, a print scale of 70-100 % and never
     fit-to-page (which would drop the manual breaks), a footer with `&P / &N`;
  2. width: the printed columns (the print area, or every column) times the scale fit across the
     page, measured as LibreOffice measures 맑은 고딕 (6.35 points a unit);
  3. no chart cut, two ways that can each fail: no manual break falls inside a chart's anchor
     rows; and in the PDF a sheet holding charts takes exactly its manual breaks + 1 pages (a page
     more means LibreOffice broke the sheet itself, through a chart, or printed a column strip);
  4. page counts: per sheet (from the footer's sheet name), and for the generated log's quarterly
     report, at most MAX_PAGES without its activity list.
It writes every page as PNG (60 dpi) under --pages for looking at.
"""
import argparse, re, subprocess, sys, tempfile, time, zipfile
from pathlib import Path

POINTS_PER_UNIT, PAGE_WIDTH, MAX_PAGES = 6.35, 841.9 - 2 * 72 * 0.4, 8
failures = []


def fail(where, message):
    failures.append(f"{where}: {message}")
    print(f"  FAIL {where}: {message}")


def sheets_of(xlsx):
    """(name, sheet XML, drawing XML or '') in workbook order, and workbook.xml."""
    with zipfile.ZipFile(xlsx) as z:
        workbook = z.read("xl/workbook.xml").decode()
        names = [n.replace("&amp;", "&") for n in re.findall(r'<sheet name="([^"]*)"', workbook)]
        result = []
        for i, name in enumerate(names, 1):
            sheet = z.read(f"xl/worksheets/sheet{i}.xml").decode()
            rels = f"xl/worksheets/_rels/sheet{i}.xml.rels"
            drawing = ""
            if rels in z.namelist():
                m = re.search(r'\.\./drawings/(drawing\d+\.xml)', z.read(rels).decode())
                if m:
                    drawing = z.read(f"xl/drawings/{m.group(1)}").decode()
            result.append((name, sheet, drawing))
        return result, workbook


def column_of(letters):
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - 64
    return n


def check_sheet(where, index, sheet, drawing, workbook):
    """Checks 1-3 (the XML side); returns (manual breaks, chart count)."""
    setup = re.search(r"<pageSetup[^>]*>", sheet)
    setup = setup.group(0) if setup else ""
    scale = int(re.search(r'scale="(\d+)"', setup).group(1)) if 'scale="' in setup else 100
    if "fitToPage" in sheet:
        fail(where, "fit to page (Excel then drops the manual page breaks)")
    if 'paperSize="9"' not in setup or 'orientation="landscape"' not in setup:
        fail(where, f"not A4 landscape: {setup}")
    if not 70 <= scale <= 100:
        fail(where, f"printed at {scale} %")
    if "&amp;P / &amp;N" not in sheet:
        fail(where, "no page N / M in the footer")
    widths = {}
    for lo, hi, w in re.findall(r'<col min="(\d+)" max="(\d+)" width="([\d.]+)"', sheet):
        for c in range(int(lo), int(hi) + 1):
            widths[c] = float(w)
    def left(column):  # points from the sheet's left edge to a column (1-based)
        return sum(widths.get(c, 8.43) for c in range(1, column)) * POINTS_PER_UNIT
    area = re.search(rf'<definedName name="_xlnm.Print_Area" localSheetId="{index}">[^!]*!\$([A-Z]+)\$\d+(?::\$([A-Z]+)\$\d+)?<', workbook)
    if area:
        first, last = column_of(area.group(1)), column_of(area.group(2) or area.group(1))
        extent = left(last + 1) - left(first)
    else:
        # The cells written, and each chart's right edge (its last column and offset).
        dimension = re.search(r'<dimension ref="[A-Z]+\d+(?::([A-Z]+)\d+)?"', sheet)
        extent = left(column_of(dimension.group(1)) + 1) if dimension and dimension.group(1) else 0
        for col, offset in re.findall(r"<xdr:to><xdr:col>(\d+)</xdr:col><xdr:colOff>(\d+)</xdr:colOff>", drawing):
            extent = max(extent, left(int(col) + 1) + int(offset) / 12700)
    printed = extent * scale / 100
    if printed > PAGE_WIDTH:
        fail(where, f"what prints is {printed:.0f} points wide at {scale} %, the page {PAGE_WIDTH:.0f}")
    breaks = [int(b) for b in re.findall(r'<brk id="(\d+)"', sheet)]
    charts = 0
    for anchor in drawing.split("<xdr:twoCellAnchor")[1:]:
        rows = [int(r) for r in re.findall(r"<xdr:row>(\d+)</xdr:row>", anchor)]
        charts += 1
        cut = [b for b in breaks if rows[0] < b <= rows[1]]
        if cut:
            fail(where, f"a chart on rows {rows[0] + 1}-{rows[1] + 1} is cut by the page break before row {cut[0] + 1}")
    return scale, breaks, charts, "_xlnm.Print_Titles\" localSheetId=\"%d\"" % index in workbook


def pdf_pages(pdf):
    """The sheet name in each page's footer (`office · sheet` at its left), in page order."""
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    names = []
    for page in range(1, count + 1):
        # The footer's left third, in the bottom margin of an A4 landscape page (595 points high).
        footer = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-x", "0", "-y", "555", "-W", "330", "-H", "40",
                                 "-layout", pdf, "-"], capture_output=True, text=True).stdout.strip()
        line = next((line for line in footer.splitlines() if " · " in line), None)
        names.append(line.split(" · ", 1)[1].strip() if line else None)
    return names


def check_report(name, args, cli, work, pages_dir, profile, list_sheet=None, max_pages=None):
    xlsx = work / f"{name}.xlsx"
    subprocess.run([cli, *args, "-o", str(xlsx), "--force"], check=True, capture_output=True, cwd=work)
    start = time.time()
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(work), str(xlsx)], check=True, capture_output=True, timeout=300)
    pdf = work / f"{name}.pdf"
    sheets, workbook = sheets_of(xlsx)
    footers = pdf_pages(str(pdf))
    print(f"{name}: {len(footers)} pages (LibreOffice {time.time() - start:.1f} s)")
    for index, (sheet_name, sheet, drawing) in enumerate(sheets):
        where = f"{name} [{sheet_name}]"
        scale, breaks, charts, repeats = check_sheet(where, index, sheet, drawing, workbook)
        printed = footers.count(sheet_name)
        print(f"  {sheet_name}: {printed} pages at {scale} %, {len(breaks)} manual breaks, {charts} charts"
              + (", header repeated" if repeats else ""))
        if charts and printed != len(breaks) + 1:
            fail(where, f"{printed} pages, not {len(breaks) + 1}: LibreOffice broke the sheet itself (through a chart?) or printed a column strip")
    if None in footers:
        fail(name, f"page {footers.index(None) + 1} has no footer naming its sheet")
    if max_pages is not None:
        counted = len([f for f in footers if f != list_sheet])
        print(f"  without '{list_sheet}': {counted} pages (at most {max_pages})")
        if counted > max_pages:
            fail(name, f"{counted} pages without the activity list, more than {max_pages}")
    out = pages_dir / name
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / "page")], check=True)
    return pdf


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--sample", nargs="+", required=True)
    parser.add_argument("--generated", required=True)
    parser.add_argument("--pages", required=True, help="folder for the PNG pages")
    parser.add_argument("--pictures", help="remake the README's pictures in this folder (docs)")
    a = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="check-print-"))
    # The logs by their names, as an office runs it in its own folder.
    for log in [*a.sample, a.generated]:
        (work / Path(log).name).write_bytes(Path(log).read_bytes())
    a.sample = [Path(log).name for log in a.sample]
    a.generated = Path(a.generated).name
    a.cli = str(Path(a.cli).resolve())
    pages = Path(a.pages)
    profile = work / "profile"
    check_report("sample-quarterly", ["quarterly", *a.sample, "--period", "2024-Q1", "--office", "전북"], a.cli, work, pages, profile)
    check_report("sample-compare", ["compare", *a.sample, "--period", "2024", "--offices", "전북,제주,경북"], a.cli, work, pages, profile)
    check_report("generated-quarterly", ["quarterly", a.generated, "--period", "2024-Q3", "--office", "전북"], a.cli, work, pages,
                 profile, list_sheet="활동 목록", max_pages=MAX_PAGES)
    check_report("generated-compare", ["compare", a.generated, "--period", "2024"], a.cli, work, pages, profile)
    if a.pictures:
        pictures(work, pages, Path(a.pictures))
    if failures:
        print(f"check-print: {len(failures)} failures", file=sys.stderr)
        return 1
    print(f"check-print: every check passed; the pages are in {pages}/")
    return 0


def pictures(work, pages, docs):
    """docs/quarterly.png and docs/compare.png: the first page of the sample's reports at 110 dpi;
    docs/quarterly-20000.png: the first four pages of the generated log's quarterly report."""
    from PIL import Image
    for name, picture in (("sample-quarterly", "quarterly.png"), ("sample-compare", "compare.png")):
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", str(work / f"{name}.pdf"),
                        str(docs / picture[:-4])], check=True)
    first = work / "first"
    subprocess.run(["pdftoppm", "-png", "-r", "75", "-f", "1", "-l", "4", str(work / "generated-quarterly.pdf"), str(first)], check=True)
    images = [Image.open(p) for p in sorted(work.glob("first-*.png"))]
    w, h = images[0].size
    sheet = Image.new("RGB", (2 * w + 12, 2 * h + 12), (160, 160, 160))
    for i, image in enumerate(images):
        sheet.paste(image, ((i % 2) * (w + 12), (i // 2) * (h + 12)))
    sheet.save(docs / "quarterly-20000.png", optimize=True)
    print(f"wrote {docs}/quarterly.png, compare.png and quarterly-20000.png")


if __name__ == "__main__":
    sys.exit(main())
