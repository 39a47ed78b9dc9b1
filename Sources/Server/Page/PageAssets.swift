/// The page's stylesheet and script, served by the binary (office networks are often closed:
/// nothing is fetched from outside). The fonts are the office PC's own.
enum PageAssets {
    static let css = #"""
    :root { --ink: #1d2733; --line: #d5dbe3; --accent: #2f6fb3; --bad: #b3261e; --soft: #f4f7fb; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: "Malgun Gothic", "맑은 고딕", "Apple SD Gothic Neo", "Noto Sans KR", "NanumGothic", sans-serif;
           color: var(--ink); background: #fff; font-size: 15px; line-height: 1.5; }
    header { display: flex; align-items: center; justify-content: space-between; padding: 12px 24px; background: var(--accent); color: #fff; }
    header h1 { margin: 0; font-size: 20px; }
    header a { color: #fff; }
    main { max-width: 1100px; margin: 0 auto; padding: 8px 24px 48px; }
    section { border-bottom: 1px solid var(--line); padding: 12px 0 18px; }
    h2 { font-size: 17px; margin: 8px 0 12px; }
    .drop { border: 2px dashed var(--line); border-radius: 8px; padding: 24px; text-align: center; background: var(--soft); }
    .drop.over { border-color: var(--accent); background: #e8f0fa; }
    .button { display: inline-block; margin-left: 8px; padding: 6px 14px; border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
    .button input { display: none; }
    button { padding: 7px 16px; border: 0; border-radius: 6px; background: var(--accent); color: #fff; font-size: 15px; cursor: pointer; }
    button:disabled { background: #9aa9ba; cursor: wait; }
    .options { display: flex; flex-wrap: wrap; gap: 10px 22px; margin: 12px 0; align-items: center; }
    .options label[hidden] { display: none; }
    fieldset.kinds { border: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 8px 22px; }
    #file-list { margin: 8px 0 0; padding-left: 20px; }
    dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
    dl.summary dt { font-weight: bold; }
    dl.summary dd { margin: 0; }
    .verdict { font-weight: bold; }
    .bad { color: var(--bad); font-weight: bold; }
    .good { color: #23733a; }
    table { border-collapse: collapse; margin: 6px 0 14px; font-size: 13px; }
    th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; word-break: keep-all; }
    .table-wrap { max-width: 100%; overflow-x: auto; }
    th { background: #ddebf7; }
    td.n { text-align: right; font-variant-numeric: tabular-nums; }
    tr.total td { font-weight: bold; background: var(--soft); }
    table.findings td:nth-child(4) { font-family: monospace; }
    .report h3 { margin: 4px 0; font-size: 19px; }
    .report h4 { margin: 14px 0 4px; font-size: 15px; }
    .report h4.sheet { margin-top: 26px; padding-bottom: 2px; border-bottom: 2px solid var(--accent); color: var(--accent); font-size: 16px; }
    .meta { color: #566372; margin: 0 0 8px; }
    figure.chart { margin: 8px 0; }
    figure.chart svg { max-width: 100%; height: auto; font-family: inherit; }
    .downloads a { margin-right: 14px; font-weight: bold; }
    .more { color: #566372; }
    progress { width: 260px; vertical-align: middle; }
    @media print {
      @page { size: A4; margin: 14mm; }
      header, #step-files, #step-check, #step-report, #log-form, .downloads, .report .detail { display: none !important; }
      #step-preview { display: block !important; border: 0; }
      main { max-width: none; padding: 0; }
      body { font-size: 11px; }
      table { font-size: 10px; page-break-inside: avoid; }
      .table-wrap { overflow: visible; }
      figure.chart { page-break-inside: avoid; }
    }
    """#

    static let javascript = #"""
    "use strict";
    (function () {
      const body = document.body, form = document.getElementById("form");
      if (!form) return;
      const $ = (id) => document.getElementById(id);
      const text = (element, value) => { element.textContent = value; return element; };
      let files = [];

      function cell(row, value) { text(row.insertCell(), value == null ? "" : String(value)); }
      function place(f) { return f.cell ? (f.sheet ? "[" + f.sheet + "]" : "") + f.cell : (f.line + ":" + f.field); }
      function fill(tbody, findings) {
        tbody.replaceChildren();
        for (const f of findings) {
          const row = tbody.insertRow();
          cell(row, f.file); cell(row, place(f)); cell(row, f.column); cell(row, f.value); cell(row, f.message);
        }
      }
      function status(message) { text($("status"), message || ""); }

      function formData(extra) {
        const data = new FormData();
        for (const file of files) data.append("log", file, file.name);
        for (const [key, value] of new FormData(form).entries()) {
          if (key === "log") continue;
          if (value instanceof File && value.name === "") continue;
          data.append(key, value);
        }
        for (const key in extra) data.append(key, extra[key]);
        return data;
      }

      // A random id under which the server tells the rows it has read (GET /progress/ID).
      function progressID() {
        const bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      }

      // Posts with upload progress, then the rows read while the server works; resolves with the
      // status and the parsed JSON.
      function post(url, data) {
        const id = progressID();
        data.append("progress", id);
        let polling = null;
        return new Promise((resolve, reject) => {
          const request = new XMLHttpRequest();
          request.open("POST", url);
          request.setRequestHeader("Accept-Language", body.dataset.lang);   // the messages in the page's language
          request.responseType = "json";
          const bar = $("progress");
          request.upload.onprogress = (event) => {
            if (!event.lengthComputable) return;
            bar.hidden = false; bar.value = Math.round(100 * event.loaded / event.total);
            status(bar.value < 100 ? bar.value + "% " + body.dataset.uploaded : body.dataset.working);
          };
          request.upload.onload = () => {
            polling = setInterval(async () => {
              try {
                const answer = await fetch("/progress/" + id);
                const json = await answer.json();
                if (json.rows > 0) status(body.dataset.working + " " + json.rows.toLocaleString() + " " + body.dataset.rowsRead);
              } catch (error) { /* the next poll tries again */ }
            }, 700);
          };
          const done = () => { clearInterval(polling); bar.hidden = true; status(""); };
          request.onload = () => { done(); resolve({ status: request.status, json: request.response }); };
          request.onerror = () => { done(); reject(new Error(body.dataset.network)); };
          status(body.dataset.working);
          request.send(data);
        });
      }

      function quarters(first, last) {
        const out = [];
        if (!first || !last) return out;
        const y0 = +first.slice(0, 4), y1 = +last.slice(0, 4);
        const q0 = Math.floor((+first.slice(5, 7) - 1) / 3) + 1, q1 = Math.floor((+last.slice(5, 7) - 1) / 3) + 1;
        for (let y = y1; y >= y0; y--) {
          for (let q = 4; q >= 1; q--) if ((y < y1 || q <= q1) && (y > y0 || q >= q0)) out.push(y + "-Q" + q);
          for (let h = 2; h >= 1; h--) if ((y < y1 || (h - 1) * 2 < q1) && (y > y0 || h * 2 >= q0)) out.push(y + "-H" + h);
          out.push(String(y));
        }
        out.push("all");
        return out;
      }

      function showCheck(result) {
        $("step-check").hidden = false;
        text($("sum-files"), result.files.map((f) => f.name + " (" + f.rows + ")").join(", "));
        text($("sum-rows"), String(result.rows));
        text($("sum-dates"), result.first_date ? result.first_date + " – " + result.last_date : "");
        text($("sum-offices"), result.offices.map((o) => o.name + " " + o.rows).join(", "));
        text($("sum-kinds"), result.kinds.map((k) => k.name + " " + k.rows).join(", "));
        const verdict = $("check-verdict");
        verdict.className = "verdict " + (result.ok ? "good" : "bad");
        text(verdict, result.ok ? body.dataset.ok : body.dataset.errors + " " + result.error_count);
        $("errors").hidden = result.ok;
        fill($("error-rows"), result.errors);
        $("warnings").hidden = result.warning_count === 0;
        text($("warning-count"), body.dataset.warnings + " " + result.warning_count);
        fill($("warning-rows"), result.warnings);
        $("step-report").hidden = !result.ok;
        if (!result.ok) { $("step-preview").hidden = true; return; }
        const choice = $("period-choice");
        choice.replaceChildren();
        for (const p of quarters(result.first_date, result.last_date)) choice.add(new Option(p, p));
        const office = $("office");
        office.replaceChildren(new Option(body.dataset.all, ""));
        for (const o of result.offices) office.add(new Option(o.name + " (" + o.rows + ")", o.key));
      }

      async function check() {
        if (files.length === 0) return;
        const list = $("file-list");
        list.replaceChildren(...files.map((f) => text(document.createElement("li"), f.name + " — " + Math.ceil(f.size / 1024) + " KB")));
        try {
          const answer = await post("/api/check", formData({}));
          if (answer.json && answer.json.files) showCheck(answer.json);
          else status(answer.json && answer.json.error ? answer.json.error : "HTTP " + answer.status);
        } catch (error) { status(error.message); }
      }

      function choose(list) { files = Array.from(list).filter((f) => f.size >= 0); check(); }
      $("files").addEventListener("change", (event) => choose(event.target.files));
      const drop = $("drop");
      drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
      drop.addEventListener("dragleave", () => drop.classList.remove("over"));
      drop.addEventListener("drop", (event) => { event.preventDefault(); drop.classList.remove("over"); choose(event.dataTransfer.files); });
      for (const name of ["encoding", "sheet", "dedupe"]) form.elements[name].addEventListener("change", check);

      // Each kind of report starts from its own built-in template (the list is alphabetical:
      // its first, briefing, would otherwise lay out a quarterly report).
      function showKind() {
        const kind = form.elements.report.value;
        for (const label of form.querySelectorAll(".for-quarterly, .for-compare, .for-briefing, .for-table, .for-ties")) {
          label.hidden = !label.classList.contains("for-" + kind);
        }
        const template = form.elements.template;
        if (Array.from(template.options).some((option) => option.value === kind)) template.value = kind;
      }
      for (const radio of form.elements.report) radio.addEventListener("change", showKind);
      showKind();

      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        $("period").value = $("period-text").value.trim() || $("period-choice").value;
        const button = $("make");
        button.disabled = true;
        try {
          const answer = await post("/preview", formData({}));
          if (answer.status === 200) {
            $("step-preview").hidden = false;
            $("preview").innerHTML = answer.json.html;   // made by the server, every text escaped
            const link = document.createElement("a");
            link.href = answer.json.download; link.download = answer.json.name;
            $("download-links").replaceChildren(text(link, answer.json.name));
            $("step-preview").scrollIntoView();
          } else if (answer.json && answer.json.files) {
            showCheck(answer.json);
          } else {
            status(answer.json && answer.json.error ? (answer.json.error.message || answer.json.error) : "HTTP " + answer.status);
          }
        } catch (error) { status(error.message); }
        button.disabled = false;
      });
      $("print").addEventListener("click", () => window.print());

      // The activity-log form: posted by script (a plain form post carries no origin under the page's
      // no-referrer policy), saved under the name the server gives it.
      const logForm = document.querySelector("#log-form form");
      logForm.addEventListener("submit", async (event) => {
        event.preventDefault();
        const button = $("get-form"), note = $("form-status");
        button.disabled = true;
        text(note, body.dataset.working);
        try {
          const response = await fetch("/api/form", { method: "POST", body: new FormData(logForm), credentials: "same-origin",
                                                   headers: { "Accept-Language": document.body.dataset.lang } });
          if (response.ok) {
            const disposition = response.headers.get("Content-Disposition") || "";
            const match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
            const link = document.createElement("a");
            link.href = URL.createObjectURL(await response.blob());
            link.download = match ? decodeURIComponent(match[1]) : "form.xlsx";
            document.body.appendChild(link);
            link.click();
            link.remove();
            text(note, "");
          } else {
            const json = await response.json().catch(() => null);
            const error = json && json.error ? (json.error.message || json.error) : "HTTP " + response.status;
            text(note, typeof error === "string" ? error : JSON.stringify(error));
          }
        } catch (error) { text(note, error.message); }
        button.disabled = false;
      });
    })();
    """#
}
