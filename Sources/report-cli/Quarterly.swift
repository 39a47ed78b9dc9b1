import ArgumentParser
import Foundation
import TradeMetrics
import ReportJobs
import Reports

extension ReportCLI {
    struct Quarterly: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.quarterly.local,
            discussion: HelpText.quarterlyDiscussion.local
        )

        @OptionGroup var log: LogOptions

        @Option(help: .local(.period, valueName: "period"))
        var period: String

        @OptionGroup var filters: FilterOptions

        @OptionGroup var boundaries: BoundaryOptions

        @Option(help: .local(.templateNamed, filling: TemplateCatalog.builtInNames.joined(separator: ", "), valueName: "name|path"))
        var template = "quarterly"

        @Option(name: [.short, .customLong("output")], help: .local(.quarterlyOutput, valueName: "report.xlsx"))
        var output: String

        @Option(help: .local(.quarterlyCSV, valueName: "dir"))
        var csv: String?

        @Option(name: .customLong("csv-encoding"), help: .local(.quarterlyCSVEncoding))
        var csvEncoding: ReportCSVWriter.Encoding = .utf8BOM

        @Option(help: .local(.reportLanguage))
        var lang: Language = .ko

        @Flag(help: .local(.quarterlyForce))
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
                    csvWarnings = warnings.map { "\(csv)/\($0.line(messageLanguage))" }
                    try AtomicOutput.writeDirectory(csv, replacing: force, { folder in try writeCSVFiles(files, into: folder) },
                                                    then: placeWorkbook)
                }, progress: progress.say)
            }
            let (report, rows) = (made.report, made.rows)
            printWarnings(of: made, writing: output)
            for warning in csvWarnings { printError(warning) }
            if let csv { print(Message.wroteCSVFiles(csv, count: csvCount).local) }
            print(Message.wroteQuarterly(output, sheets: report.sheets.count, activities: rows, period: "\(period)", office: job.officeName).local)
        }
    }
}
