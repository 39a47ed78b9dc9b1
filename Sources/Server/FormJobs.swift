import Foundation
import ReportJobs
import Reports
import TradeMetrics
import ZIPFoundation

/// The toolkit's jobs run from a web form: fields named as the command line's options, log files
/// in fields `log`, a template file in `template_file`. Outputs are made in the request's folder.
struct FormJobs {
    let form: UploadedForm
    let folder: URL
    /// Told the rows read, for the page's progress.
    var rowsRead = RowCounter()

    /// A made report: its bytes, the download name and type, and the model (for a preview).
    struct Made: Sendable {
        let bytes: [UInt8]
        let name: String
        let type: String
        let report: Report?
        let table: TableLayout?
        /// The table's last row is its total (a metrics table; not the tie register).
        var tableHasTotal = true
    }

    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// The log the request carries.
    func log() throws -> LogInput {
        let files = form.files("log")
        guard !files.isEmpty else { throw UsageError(.noLogField) }
        let encoding: TextEncoding?
        switch (form.value("encoding") ?? form.value("log_encoding") ?? form.value("log-encoding"))?.lowercased() {
        case nil, "auto": encoding = nil
        case "utf-8", "utf8": encoding = .utf8
        case "cp949", "euc-kr": encoding = .cp949
        case let other?: throw UsageError(.unknownEncodingField(other))
        }
        return LogInput(files: files.map { LogSource.file(path: $0.path, name: $0.name) },
                        encoding: encoding, sheet: form.value("sheet"), dedupe: form.flag("dedupe"))
    }

    func check() throws -> LogCheck { LogCheck(try log(), rowsRead: rowsRead) }

    func period() throws -> Period {
        guard let text = form.value("period") else { throw UsageError(.noPeriodField) }
        return try OptionValues.period(text)
    }

    func language(_ field: String = "lang") throws -> Language {
        try form.value(field).map(OptionValues.language) ?? .ko
    }

    /// A built-in template by name, or the uploaded `template_file`; never a path on the server.
    func template(default name: String) throws -> ReportTemplate {
        if let file = form.files("template_file").first {
            // Errors name the file as the user knows it, never the server's copy.
            let yaml = String(decoding: FileManager.default.contents(atPath: file.path) ?? Data(), as: UTF8.self)
            return try TemplateLoader().load(yaml: yaml, file: file.name)
        }
        let chosen = form.value("template") ?? name
        guard TemplateCatalog.builtInNames.contains(chosen) else {
            throw UsageError(.unknownTemplateField(chosen, builtIn: TemplateCatalog.builtInNames))
        }
        return try OptionValues.template(chosen).0
    }

    func filter(for period: Period) throws -> RecordFilter {
        try OptionValues.filter(offices: form.values("office"), countries: form.values("country"),
                                sectors: form.values("sector"), kinds: form.values("kind"), on: period.last)
    }

    func boundaries() throws -> Boundaries {
        try form.value("boundaries").map(OptionValues.boundaries) ?? .current
    }

    /// `report-cli quarterly`.
    func quarterly() throws -> Made {
        let period = try period(), filter = try filter(for: period), template = try template(default: "quarterly")
        var job = ReportJob.quarterly(period: period, filter: filter, language: try language(), boundaries: try boundaries())
        job.rowsRead = rowsRead
        return try workbook(job, template, name: "\(period)_\(job.officeFileName ?? "전체")_quarterly")
    }

    /// `report-cli compare`.
    func compare() throws -> Made {
        let period = try period(), template = try template(default: "compare"), log = try log()
        let offices = try OptionValues.offices(form.values("offices"), on: period.last)
        guard let by = CompareDimension(rawValue: form.value("by") ?? "province") else {
            throw UsageError(.unknownCompareByField(form.value("by") ?? ""))
        }
        var job = try ReportJob.comparison(period: period, offices: offices, by: by, language: try language(), log: log,
                                           boundaries: try boundaries())
        job.rowsRead = rowsRead
        return try workbook(job, template, name: "\(period)_compare")
    }

    private func workbook(_ job: ReportJob, _ template: ReportTemplate, name: String) throws -> Made {
        let output = folder.appendingPathComponent("report.xlsx").path
        let made = try job.writeWorkbook(template, log: try log(), to: output)
        defer { try? FileManager.default.removeItem(atPath: output) }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: output)))
        return Made(bytes: bytes, name: name + ".xlsx", type: Self.xlsxType, report: made.report, table: nil)
    }

    /// `report-cli briefing`: the CSV files in one .zip.
    func briefing() throws -> Made {
        let period = try period(), template = try template(default: "briefing")
        let office = try form.value("office").map { try OptionValues.office($0, on: period.last) }
        let names = try language("names")
        var job = ReportJob.briefing(period: period, office: office, language: try language(), names: names,
                                     boundaries: try boundaries())
        job.rowsRead = rowsRead
        let made = try job.build(template, log: try log())
        let encoding = form.value("csv_encoding") ?? form.value("csv-encoding") ?? "utf-8-bom"
        guard let csvEncoding = ReportCSVWriter.Encoding(rawValue: encoding) else {
            throw UsageError(.unknownCSVEncodingField(encoding))
        }
        let files = try ReportCSVWriter(encoding: csvEncoding).files(for: made.report)
        let archive = try Archive(accessMode: .create)
        for file in files {
            try archive.addEntry(with: file.name, type: .file, uncompressedSize: Int64(file.bytes.count),
                                 modificationDate: Date(timeIntervalSince1970: TimeInterval(job.created)),
                                 compressionMethod: .deflate) { position, size in
                Data(file.bytes[Int(position)..<Int(position) + size])
            }
        }
        let stem = "\(period)_\(job.officeFileName ?? "전체")_\(names == .en ? "briefing" : "브리핑")"
        return Made(bytes: [UInt8](archive.data ?? Data()), name: stem + ".zip", type: "application/zip",
                    report: made.report, table: nil)
    }

    /// `report-cli form`: the activity-log form for `office` (every office when none), in `lang`,
    /// with the uploaded logs (if any) moved in.
    func activityForm() throws -> Made {
        var job = ActivityFormJob(language: try language())
        let office = form.value("office").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        if let office { job.office = try OptionValues.office(office, on: job.today) }
        let output = folder.appendingPathComponent("form.xlsx").path
        let log = form.files("log").isEmpty ? nil : try self.log()
        _ = try job.write(to: output, from: log)
        defer { try? FileManager.default.removeItem(atPath: output) }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: output)))
        let who = job.office.map { ReportJob.fileName(of: $0, english: job.language == .en) } ?? (job.language == .en ? "all" : "전체")
        return Made(bytes: bytes, name: (job.language == .en ? "activity-log_" : "활동기록_") + who + ".xlsx",
                    type: Self.xlsxType, report: nil, table: nil)
    }

    /// `report-cli ties --format csv`: the tie register of the chosen office (every office when none);
    /// the preview in the page's language.
    func ties() throws -> Made {
        var job = TieJob()
        if let text = form.value("as_of") ?? form.value("as-of"), !text.isEmpty {
            guard case .success(let day) = Day.parse(text) else { throw UsageError(.asOfFieldNotADate(text)) }
            job.asOf = day
        }
        if let text = form.value("dormant_after") ?? form.value("dormant-after"), !text.isEmpty {
            guard let months = Int(text), (1...1200).contains(months) else { throw UsageError(.dormantAfterFieldRange) }
            job.dormantAfterMonths = months
        }
        job.filter = RecordFilter(offices: try OptionValues.commaSeparated(form.values("office")).map { try OptionValues.office($0) })
        let made = try job.run(log: try log())
        let language = try self.language()
        let who = job.filter.offices.first.map { ReportJob.fileName(of: $0, english: language == .en) } ?? (language == .en ? "all" : "전체")
        return Made(bytes: Array(TieTable.layout(made.ties).csv().utf8), name: "\(made.day?.description ?? "ties")_\(who)_ties.csv",
                    type: "text/csv; charset=utf-8", report: nil, table: TieTable.layout(made.ties, words: language), tableHasTotal: false)
    }

    /// `report-cli tables --format csv`: the same bytes.
    func table() throws -> Made {
        let period = try period()
        let query = TableQuery(period: period, dimensions: try OptionValues.dimensions(form.value("by")),
                               filter: try filter(for: period), base: try form.value("compare").map(OptionValues.base),
                               boundaries: try boundaries())
        let (table, _) = try TableJob.table(query, log: try log())
        let layout = TableLayout(table, places: .shared)
        let by = query.dimensions.map(\.rawValue).joined(separator: "-")
        return Made(bytes: Array(layout.csv().utf8), name: "\(query.period)_\(by.isEmpty ? "total" : "by-" + by).csv",
                    type: "text/csv; charset=utf-8", report: nil, table: layout)
    }
}
