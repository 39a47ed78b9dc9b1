import ArgumentParser
import Foundation
import TradeMetrics
import ReportJobs
import Reports

extension ReportCLI {
    struct Quarterly: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make an office's quarterly Excel report (and its tables as CSV).",
            discussion: """
                Writes REPORT.xlsx from a template (built-in 'quarterly' by default). An existing file is \
                replaced only with --force, and never an input or the template; a failure leaves no partial file.
                """
        )

        @OptionGroup var log: LogOptions

        @Option(help: ArgumentHelp("The period: 2024-Q1, 2024-H1, 2024, 2024-03, 2024-01-15..2024-03-31 or all.", valueName: "period"))
        var period: String

        @OptionGroup var filters: FilterOptions

        @OptionGroup var boundaries: BoundaryOptions

        @Option(help: ArgumentHelp("A built-in template (\(TemplateCatalog.builtInNames.joined(separator: ", "))) or the path of a .yaml file.",
                                   valueName: "name|path"))
        var template = "quarterly"

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The Excel file to write.", valueName: "report.xlsx"))
        var output: String

        @Option(help: ArgumentHelp("Also write each table as CSV into this folder.", valueName: "dir"))
        var csv: String?

        @Option(name: .customLong("csv-encoding"), help: "utf-8-bom (the default; Korean Excel opens it) or cp949.")
        var csvEncoding: ReportCSVWriter.Encoding = .utf8BOM

        @Option(help: "The report's language: ko or en.")
        var lang: Language = .ko

        @Flag(help: "Replace an existing report or CSV folder.")
        var force = false

        func validate() throws {
            try refuseEmpty(output, "--output")
            if let csv { try refuseEmpty(csv, "--csv") }
        }

        func run() throws {
            let period = try OptionValues.period(self.period)
            let filter = try filters.filter(for: period)
            let (template, templatePath) = try OptionValues.template(template)
            let protected = log.logs + (templatePath.map { [$0] } ?? [])
            try refuse { try AtomicOutput.check(output, force: force, protected: protected) }
            if let csv {
                try refuse { try AtomicOutput.check(csv, force: force, protected: protected, folder: true) }
                try refuse { try AtomicOutput.checkApart(file: output, folder: csv) }
            }

            let input = try log.input
            var job = ReportJob.quarterly(period: period, filter: filter, language: lang, boundaries: boundaries.boundaries)
            job.activitiesReused = csv != nil
            var csvCount = 0
            var csvWarnings: [String] = []
            let made = try Progress.showing(total: input.size) { progress in
                job.rowsRead = progress.counter
                // The CSV folder and the workbook are put in place together: both or neither.
                return try job.writeWorkbook(template, log: input, to: output, replacing: force, placing: { report, placeWorkbook in
                    guard let csv else { return try placeWorkbook() }
                    let (files, warnings) = try ReportCSVWriter(encoding: csvEncoding).filesAndWarnings(for: report)
                    csvCount = files.count
                    csvWarnings = warnings.map { "\(csv)/\($0)" }
                    try AtomicOutput.writeDirectory(csv, replacing: force, { folder in try writeCSVFiles(files, into: folder) },
                                                    then: placeWorkbook)
                }, progress: progress.say)
            }
            let (report, rows) = (made.report, made.rows)
            printWarnings(of: made, writing: output)
            for warning in csvWarnings { printError(warning) }
            if let csv { print("wrote \(csv)/: \(csvCount) CSV files") }
            print("wrote \(output): \(report.sheets.count) sheets, \(rows) activities in \(period) (\(job.officeName ?? "all offices"))")
        }
    }
}
