/// The page's HTML as Mustache templates: every value is escaped unless written `{{{…}}}`, which
/// only server-made SVG uses (its text escaped by `SVGChart`).
enum PageTemplates {
    static let page = #"""
    <!doctype html>
    <html lang="{{t.lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{t.title}}</title>
    <link rel="stylesheet" href="/assets/app.css">
    <script src="/assets/app.js" defer></script>
    </head>
    <body data-lang="{{t.lang}}" data-working="{{t.working}}" data-uploaded="{{t.uploaded}}" data-rows="{{t.rows}}" data-rows-read="{{t.rowsRead}}" data-network="{{t.network}}"
          data-all="{{t.allOffices}}" data-ok="{{t.ok}}" data-errors="{{t.errors}}" data-warnings="{{t.warnings}}">
    <header>
      <h1>{{t.title}}</h1>
      <a class="switch" href="/?lang={{t.switchLang}}">{{t.switch}}</a>
    </header>
    <main>
    <form id="form" enctype="multipart/form-data">
    <section id="step-files">
      <h2>{{t.step1}}</h2>
      <div id="drop" class="drop">
        <span>{{t.drop}}</span>
        <label class="button">{{t.choose}}<input type="file" id="files" name="log" multiple accept=".csv,.xlsx,.xlsm,text/csv"></label>
      </div>
      <ul id="file-list"></ul>
      <div class="options">
        <label>{{t.encoding}} <select name="encoding"><option value="">{{t.auto}}</option><option value="utf-8">UTF-8</option><option value="cp949">CP949 (EUC-KR)</option></select></label>
        <label>{{t.sheet}} <input type="text" name="sheet" size="12"></label>
        <label><input type="checkbox" name="dedupe" value="on"> {{t.dedupe}}</label>
      </div>
      <progress id="progress" max="100" value="0" hidden></progress> <span id="status"></span>
    </section>

    <section id="step-check" hidden>
      <h2>{{t.step2}}</h2>
      <dl class="summary">
        <dt>{{t.files}}</dt><dd id="sum-files"></dd>
        <dt>{{t.rows}}</dt><dd id="sum-rows"></dd>
        <dt>{{t.dates}}</dt><dd id="sum-dates"></dd>
        <dt>{{t.offices}}</dt><dd id="sum-offices"></dd>
        <dt>{{t.kinds}}</dt><dd id="sum-kinds"></dd>
      </dl>
      <p id="check-verdict" class="verdict"></p>
      <div id="errors" hidden>
        <p class="bad">{{t.fixRows}}</p>
        <table class="findings"><thead><tr><th>{{t.files}}</th><th>{{t.place}}</th><th>{{t.column}}</th><th>{{t.value}}</th><th>{{t.message}}</th></tr></thead><tbody id="error-rows"></tbody></table>
      </div>
      <details id="warnings" hidden><summary id="warning-count"></summary>
        <table class="findings"><thead><tr><th>{{t.files}}</th><th>{{t.place}}</th><th>{{t.column}}</th><th>{{t.value}}</th><th>{{t.message}}</th></tr></thead><tbody id="warning-rows"></tbody></table>
      </details>
    </section>

    <section id="step-report" hidden>
      <h2>{{t.step3}}</h2>
      <fieldset class="kinds">
        <label><input type="radio" name="report" value="quarterly" checked> {{t.quarterly}}</label>
        <label><input type="radio" name="report" value="compare"> {{t.compare}}</label>
        <label><input type="radio" name="report" value="briefing"> {{t.briefing}}</label>
        <label><input type="radio" name="report" value="table"> {{t.table}}</label>
        <label><input type="radio" name="report" value="ties"> {{t.ties}}</label>
      </fieldset>
      <div class="options">
        <label>{{t.period}} <select id="period-choice"></select></label>
        <label>{{t.periodOther}} <input type="text" id="period-text" size="24"></label>
        <input type="hidden" name="period" id="period">
        <label class="for-quarterly for-briefing for-table for-ties">{{t.office}} <select name="office" id="office"><option value="">{{t.allOffices}}</option></select></label>
        <label class="for-compare" hidden>{{t.compareOffices}} <input type="text" name="offices" size="30"></label>
        <label class="for-table" hidden>{{t.by}} <select name="by">
          {{#dimensions}}<option value="{{.}}">{{.}}</option>{{/dimensions}}</select></label>
        <label class="for-table" hidden>{{t.base}} <select name="compare"><option value="">{{t.none}}</option>
          {{#bases}}<option value="{{.}}">{{.}}</option>{{/bases}}</select></label>
        <label class="for-quarterly for-compare for-briefing">{{t.template}} <select name="template" id="template">
          {{#templates}}<option value="{{.}}">{{.}}</option>{{/templates}}</select></label>
        <label class="for-quarterly for-compare for-briefing">{{t.templateFile}} <input type="file" name="template_file" accept=".yaml,.yml"></label>
        <label class="for-quarterly for-compare for-briefing for-table">{{t.boundaries}} <select name="boundaries"><option value="current">{{t.current}}</option><option value="as-logged">{{t.asLogged}}</option></select></label>
        <label class="for-ties" hidden>{{t.asOf}} <input type="text" name="as_of" size="12" placeholder="{{t.asOfHint}}"></label>
        <label class="for-ties" hidden>{{t.dormantAfter}} <input type="number" name="dormant_after" min="1" max="1200" value="24" size="4"></label>
        <label class="for-quarterly for-compare for-briefing for-ties">{{t.reportLang}} <select name="lang"><option value="ko">한국어</option><option value="en">English</option></select></label>
      </div>
      <button type="submit" id="make">{{t.make}}</button>
    </section>
    </form>

    <section id="step-preview" hidden>
      <h2>{{t.step4}}</h2>
      <p class="downloads"><span>{{t.downloads}}:</span> <span id="download-links"></span>
        <button type="button" id="print">{{t.print}}</button></p>
      <div id="preview"></div>
    </section>

    <section id="log-form">
      <h2>{{t.formTitle}}</h2>
      <p>{{t.formAbout}}</p>
      <form method="post" action="/api/form" enctype="multipart/form-data" class="options">
        <label>{{t.office}} <input type="text" name="office" size="14" placeholder="{{t.formOfficeHint}}"></label>
        <label>{{t.formLang}} <select name="lang"><option value="ko">한국어</option><option value="en">English</option></select></label>
        <label>{{t.formFrom}} <input type="file" name="log" multiple accept=".csv,.xlsx,text/csv"></label>
        <button type="submit" id="get-form">{{t.formGet}}</button> <span id="form-status"></span>
      </form>
    </section>
    </main>
    </body>
    </html>
    """#

    static let login = #"""
    <!doctype html>
    <html lang="{{t.lang}}">
    <head><meta charset="utf-8"><title>{{t.title}}</title><link rel="stylesheet" href="/assets/app.css"></head>
    <body>
    <header><h1>{{t.title}}</h1></header>
    <main>
    <section>
      <h2>{{t.tokenTitle}}</h2>
      <p>{{t.tokenAsk}}</p>
      {{#failed}}<p class="bad">{{t.tokenWrong}}</p>{{/failed}}
      <form method="post" action="/login"><input type="password" name="token" autocomplete="current-password" autofocus> <button type="submit">{{t.enter}}</button></form>
    </section>
    </main>
    </body>
    </html>
    """#

    /// A report's preview: its title, the key figures, the charts and the main tables.
    static let preview = #"""
    <article class="report">
      <h3>{{title}}</h3>
      <p class="meta">{{subtitle}}{{#made}} · {{madeLabel}} {{made}}{{/made}}</p>
      {{#blocks}}<div class="block{{#detail}} detail{{/detail}}">
        {{#sheet}}<h4 class="sheet">{{sheet}}</h4>{{/sheet}}
        {{#heading}}<h4>{{heading}}</h4>{{/heading}}
        {{#svg}}<figure class="chart">{{{svg}}}</figure>{{/svg}}
        {{#table}}
        <div class="table-wrap"><table class="metrics">
          <thead><tr>{{#columns}}<th>{{.}}</th>{{/columns}}</tr></thead>
          <tbody>{{#rows}}<tr{{#total}} class="total"{{/total}}>{{#cells}}<td{{#number}} class="n"{{/number}}>{{text}}</td>{{/cells}}</tr>{{/rows}}</tbody>
        </table></div>
        {{#more}}<p class="more">… {{more}}</p>{{/more}}
        {{/table}}
      </div>{{/blocks}}
    </article>
    """#
}
