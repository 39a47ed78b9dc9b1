#!/usr/bin/env python3
"""The real-browser check of `report-cli serve` (run it through scripts/check-web).

Drives headless Debian chromium through the page as an office user does:
  1. uploads the sample log (seeds/*.csv) through the file input; the check shows 30 rows, no error;
  2. picks 2024-Q1 and 전북특별자치도, makes the quarterly report; the preview's key figures equal
     `report-cli tables --period 2024-Q1 --office 전북 --format json`;
  3. downloads the workbook through the page's link; openpyxl reads the same figures on its summary;
  4. uploads a bad log (2024-02-30, an unknown office): both errors are listed with file, line,
     column and value, their messages in Korean on the Korean page and in English on the English one;
  5. a log whose title and office are `<script>alert(1)</script>` shows them as text: no alert, no
     script element, the text in the errors table (and the title in the downloaded activity list);
  6. saves a screenshot of the page with its preview (docs/web.png with --screenshot).
Every failed expectation is printed as FAIL; the exit status is 1 if there was any.
"""
import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

PERIOD, OFFICE_ARG, OFFICE = "2024-Q1", "전북", "전북특별자치도"
MEASURES = {"활동": "activities", "출장": "missions", "참여기업": "companies", "상대기업": "partner_companies",
            "협약": "agreements", "상담건수": "consultations", "상담액(달러)": "consultation_usd",
            "계약액(달러)": "contract_usd", "국가": "countries"}
REQUIRED = ("activities", "missions", "companies")
SCRIPT = "<script>alert(1)</script>"
HEADER = ("id,date,end_date,office,kind,trip,partner_country,partner_city,partner_org,sectors,companies,"
          "partner_companies,agreements,consultations,consultation_usd,contract_usd,title,source")

failures = []


def fail(what):
    failures.append(what)
    print(f"  FAIL {what}")


def expect(what, got, want):
    if got != want:
        fail(f"{what}: got {got!r}, want {want!r}")
    else:
        print(f"  ok   {what}: {got!r}")


def number(text):
    """A figure as the page or a workbook shows it: 1,200 → 1200; – or empty → None."""
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return float(text)
    text = str(text).strip().replace(",", "").replace("$", "")
    if text in ("", "–", "-"):
        return None
    return float(text)


def tables_total(cli, logs):
    args = [cli, "tables", *logs, "--period", PERIOD, "--office", OFFICE_ARG, "--format", "json"]
    run = subprocess.run(args, capture_output=True, text=True, check=True)
    rows = json.loads(run.stdout)
    total = rows[-1]
    assert total["key"] == "total", rows
    return total


def browser(downloads, width, height):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}", "--lang=ko", "--hide-scrollbars"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
        "download.directory_upgrade": True,
        "safebrowsing.enabled": True,
        "intl.accept_languages": "ko-KR,ko",
    })
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # Headless chromium honours the download preference only when told so by DevTools too.
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


def no_alert(driver, where):
    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        fail(f"{where}: an alert opened ({text!r}): text from the log ran as script")
    except NoAlertPresentException:
        print(f"  ok   {where}: no alert")


def upload(driver, paths, timeout):
    """Chooses `paths` in the file input and waits for the check's answer (a new verdict)."""
    # chromedriver adds to a `multiple` input's files: empty it first, as a new choice does.
    driver.execute_script("""
        document.getElementById('files').value = '';
        document.getElementById('check-verdict').textContent = '';
        document.getElementById('step-check').hidden = true;""")
    driver.find_element(By.ID, "files").send_keys("\n".join(str(Path(p).resolve()) for p in paths))
    WebDriverWait(driver, timeout).until(
        lambda d: d.find_element(By.ID, "step-check").is_displayed()
        and d.find_element(By.ID, "check-verdict").text.strip() != "")
    listed = [li.text.split(" — ")[0] for li in driver.find_elements(By.CSS_SELECTOR, "#file-list li")]
    expect("files listed", listed, [Path(p).name for p in paths])


def findings(driver, tbody):
    rows = []
    for tr in driver.find_elements(By.CSS_SELECTOR, f"#{tbody} tr"):
        rows.append([td.get_attribute("textContent") for td in tr.find_elements(By.TAG_NAME, "td")])
    return rows


def preview_figures(driver):
    """The key figures of the preview: the table whose first header is 지표, measure → this period."""
    for table in driver.find_elements(By.CSS_SELECTOR, "#preview table.metrics"):
        headers = [th.get_attribute("textContent").strip() for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
        if headers and headers[0] == "지표":
            figures = {}
            for tr in table.find_elements(By.CSS_SELECTOR, "tbody tr"):
                cells = [td.get_attribute("textContent").strip() for td in tr.find_elements(By.TAG_NAME, "td")]
                if len(cells) > 1 and cells[0] in MEASURES:
                    figures[MEASURES[cells[0]]] = number(cells[1])
            return headers, figures
    return None, {}


def workbook_figures(path):
    """The key figures on the workbook's summary sheet (its first): the block headed 지표."""
    book = openpyxl.load_workbook(path, data_only=True)
    sheet = book.worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    for r, row in enumerate(rows):
        if row and row[0] == "지표":
            figures = {}
            for below in rows[r + 1:]:
                if not below or below[0] is None:
                    break
                if below[0] in MEASURES:
                    figures[MEASURES[below[0]]] = number(below[1])
            return sheet.title, row, figures
    return sheet.title, None, {}


def list_texts(path):
    book = openpyxl.load_workbook(path, data_only=True)
    return {str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v is not None}


def download(link, folder, timeout):
    """Clicks a download link; returns the file (the folder is emptied first: chromium would
    save a second file of the same name as 'NAME (1).xlsx')."""
    for old in folder.iterdir():
        old.unlink()
    name = link.get_attribute("download")
    link.click()
    return wait_download(folder, name, timeout)


def wait_download(folder, name, timeout):
    target = folder / name
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if target.exists() and not list(folder.glob("*.crdownload")) and target.stat().st_size > 0:
            return target
        time.sleep(0.2)
    raise TimeoutException(f"no download {name} in {folder} after {timeout} s: {sorted(p.name for p in folder.iterdir())}")


def make_report(driver, timeout, office=OFFICE):
    Select(driver.find_element(By.ID, "period-choice")).select_by_value(PERIOD)
    Select(driver.find_element(By.ID, "office")).select_by_value(office)
    driver.execute_script("document.getElementById('preview').replaceChildren();"
                          "document.getElementById('step-preview').hidden = true;")
    driver.find_element(By.ID, "make").click()
    WebDriverWait(driver, timeout).until(
        lambda d: d.find_element(By.ID, "step-preview").is_displayed()
        and d.find_elements(By.CSS_SELECTOR, "#preview table.metrics")
        and d.find_elements(By.CSS_SELECTOR, "#download-links a"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--work", required=True, type=Path)
    parser.add_argument("--seeds", nargs="+", required=True)
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()
    timeout = args.timeout
    downloads = args.work / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    want = tables_total(args.cli, args.seeds)
    print(f"check-web: report-cli tables {PERIOD} {OFFICE_ARG}: "
          + ", ".join(f"{m} {want[m]}" for m in MEASURES.values()))

    driver = browser(downloads, 1280, 900)
    try:
        print("the sample log, checked")
        driver.get(args.url)
        expect("page title", driver.title, "무역·통상 활동 보고서")
        upload(driver, args.seeds, timeout)
        expect("rows", driver.find_element(By.ID, "sum-rows").text, "30")
        expect("verdict", driver.find_element(By.ID, "check-verdict").text, "오류 없음")
        expect("errors table shown", driver.find_element(By.ID, "errors").is_displayed(), False)
        expect("error rows", findings(driver, "error-rows"), [])
        expect("report step shown", driver.find_element(By.ID, "step-report").is_displayed(), True)
        expect("the quarterly report's own template chosen",
               Select(driver.find_element(By.ID, "template")).first_selected_option.get_attribute("value"), "quarterly")

        print(f"the quarterly report of {OFFICE} for {PERIOD}, previewed")
        make_report(driver, timeout)
        headers, shown = preview_figures(driver)
        if headers is None:
            fail("preview: no key-figure table (first header 지표)")
        else:
            expect("preview key-figure column", headers[1].startswith(PERIOD) or PERIOD.replace("-", " ") in headers[1] or "1분기" in headers[1], True)
        for m in REQUIRED:
            if m not in shown:
                fail(f"preview: no {m} among the key figures {shown}")
        for m, value in shown.items():
            expect(f"preview {m}", value, None if want[m] is None else float(want[m]))
        charts = driver.find_elements(By.CSS_SELECTOR, "#preview figure.chart svg")
        expect("preview has charts", len(charts) > 0, True)
        drawn = sum(len(svg.find_elements(By.CSS_SELECTOR, "rect, polyline")) for svg in charts)
        expect("charts have bars or lines", drawn > 0, True)
        empty = [svg.get_attribute("aria-label") for svg in charts if not svg.find_elements(By.CSS_SELECTOR, "rect, polyline")]
        expect("charts without a mark", empty, [])

        if args.screenshot:
            driver.execute_script("window.scrollTo(0, 0)")
            # The whole page: the window's height is the page's plus the window's own frame.
            height = driver.execute_script("return document.documentElement.scrollHeight")
            frame = driver.get_window_size()["height"] - driver.execute_script("return window.innerHeight")
            driver.set_window_size(1280, min(height, 8000) + frame)
            time.sleep(0.5)
            args.screenshot.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(args.screenshot))
            shot = driver.execute_script("return [window.innerWidth, window.innerHeight]")
            driver.set_window_size(1280, 900)
            print(f"  saved {args.screenshot} ({shot[0]} × {shot[1]}; the page is {height} high)")

        print("the workbook, downloaded")
        link = driver.find_element(By.CSS_SELECTOR, "#download-links a")
        name = link.get_attribute("download")
        expect("download name", name, f"{PERIOD}_{OFFICE_ARG}_quarterly.xlsx")
        path = download(link, downloads, timeout)
        title, header, book = workbook_figures(path)
        if header is None:
            fail(f"{name}[{title}]: no key-figure block (지표)")
        for m in REQUIRED:
            if m not in book:
                fail(f"{name}: no {m} among the summary's figures {book}")
        for m, value in book.items():
            expect(f"{name}[{title}] {m}", value, None if want[m] is None else float(want[m]))
        expect("workbook and preview agree", book, shown)

        print(f"the ties abroad of {OFFICE}, previewed")
        driver.find_element(By.CSS_SELECTOR, "input[name=report][value=ties]").click()
        make_report(driver, timeout)
        tie_rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
                    for tr in driver.find_elements(By.CSS_SELECTOR, "#preview table.metrics tbody tr")]
        expect("the register's partners", [r[2] for r in tie_rows], ["Almaty Province", "Las Vegas"])
        expect("the register's download", driver.find_element(By.CSS_SELECTOR, "#download-links a").get_attribute("download"),
               "2025-10-14_전북_ties.csv")
        driver.find_element(By.CSS_SELECTOR, "input[name=report][value=quarterly]").click()

        print("the activity-log form, downloaded")
        for old in downloads.iterdir():
            old.unlink()
        driver.find_element(By.CSS_SELECTOR, "#log-form input[name=office]").send_keys("전북")
        driver.find_element(By.ID, "get-form").click()
        form = wait_download(downloads, "활동기록_전북.xlsx", timeout)
        book = openpyxl.load_workbook(form)
        expect("the form's sheets", book.sheetnames, ["활동", "안내", "목록"])
        offices = [c.value for c in book["목록"]["A"][1:] if c.value]
        expect("the form's offices", (len(offices), offices[0]), (15, "전북특별자치도"))
        driver.get(args.url)

        print("a log with errors")
        bad = args.work / "bad-log.csv"
        bad.write_text(HEADER + "\n"
                       + "b1,2024-02-30,,전북특별자치도,forum,,US,,,,,,,,,,a day that does not exist,\n"
                       + "b2,2024-02-10,,Jeonbok-do,forum,,US,,,,,,,,,,an office that does not exist,\n",
                       encoding="utf-8")
        upload(driver, [bad], timeout)
        verdict = driver.find_element(By.ID, "check-verdict").text
        expect("verdict", verdict, "오류 2")
        expect("errors table shown", driver.find_element(By.ID, "errors").is_displayed(), True)
        expect("report step hidden", driver.find_element(By.ID, "step-report").is_displayed(), False)
        expect("preview hidden", driver.find_element(By.ID, "step-preview").is_displayed(), False)
        errors = findings(driver, "error-rows")
        expect("error row count", len(errors), 2)
        want_rows = {("bad-log.csv", "2:2", "date", "2024-02-30"), ("bad-log.csv", "3:4", "office", "Jeonbok-do")}
        expect("errors (file, line:field, column, value)", {tuple(r[:4]) for r in errors}, want_rows)
        # The page is in Korean, and so are its messages (it sends its language as Accept-Language).
        messages = {r[2]: r[4] for r in errors}
        expect("date error says why, in Korean", messages.get("date", ""), "달력에 없는 날짜입니다")
        expect("office error says why, in Korean", "알 수 없는 기관입니다" in messages.get("office", ""), True)
        driver.get(args.url.rstrip("/") + "/?lang=en")
        upload(driver, [bad], timeout)
        messages = {r[2]: r[4] for r in findings(driver, "error-rows")}
        expect("date error says why, in English", messages.get("date", ""), "no such day in the calendar")
        expect("office error says why, in English", "unknown office" in messages.get("office", ""), True)
        driver.get(args.url)

        print(f"{SCRIPT} in a log stays text")
        script = args.work / "script-log.csv"
        script.write_text(HEADER + "\n"
                          + f'x1,2024-02-10,,전북특별자치도,forum,,US,,,,,,,,,,"{SCRIPT}",\n', encoding="utf-8")
        upload(driver, [script], timeout)
        no_alert(driver, "check of a title with a script")
        expect("verdict", driver.find_element(By.ID, "check-verdict").text, "오류 없음")
        make_report(driver, timeout)
        no_alert(driver, "preview of a title with a script")
        scripts = driver.execute_script("return document.querySelectorAll('main script, #preview script').length")
        expect("script elements in the page's content", scripts, 0)
        link = driver.find_element(By.CSS_SELECTOR, "#download-links a")
        path = download(link, downloads, timeout)
        expect("the title in the downloaded activity list, as text", SCRIPT in list_texts(path), True)
        # A value the page shows (the errors table): the same text, as text.
        shown_log = args.work / "script-shown.csv"
        shown_log.write_text(HEADER + "\n"
                             + f'x1,2024-02-10,,"{SCRIPT}",forum,,US,,,,,,,,,,"{SCRIPT}",\n', encoding="utf-8")
        upload(driver, [shown_log], timeout)
        no_alert(driver, "check of an office with a script")
        errors = findings(driver, "error-rows")
        expect("the script as the errors table's value", [r[3] for r in errors], [SCRIPT])
        expect("script elements in the errors table",
               driver.execute_script("return document.querySelectorAll('#errors script').length"), 0)
        expect("the text in the page", SCRIPT in driver.find_element(By.ID, "errors").text, True)
        # Script errors and CSP refusals; not a missing favicon, nor the 422 that answers a log with errors.
        logs = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"
                and "favicon.ico" not in e["message"] and not ("/api/check" in e["message"] and "422" in e["message"])]
        expect("severe console messages", [e["message"] for e in logs], [])
    finally:
        driver.quit()

    if failures:
        print(f"check-web: {len(failures)} failed", file=sys.stderr)
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
