import ArgumentParser
import Foundation
import TradeMetrics
import ReportJobs
import Reports

extension ReportCLI {
    struct Briefing: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the CSV tables a council briefing attaches, into a new folder.",
            discussion: """
                Files open in Korean Excel by double-click: UTF-8 with BOM (or --csv-encoding cp949), Korean headers \
                (--lang en for English), named like 2024-Q1_전북_분야별.csv (--names en: 2024-Q1_Jeonbuk_by-sector.csv). \
                The folder appears whole or not at all; an existing one is kept unless --force.
                """
        )

        @Argument(help: "Activity-log files (CSV or .xlsx). Several files are read as one log.")
        var logs: [String] = []

        @Option(help: "The logs' text encoding (utf-8 or cp949); detected when not given.")
        var encoding: EncodingArgument?

        @Option(name: .customLong("log-encoding"), help: ArgumentHelp("The same as --encoding (the earlier spelling).", visibility: .hidden))
        var logEncoding: TextEncodingOption?

        @Option(help: ArgumentHelp("The sheet to read in .xlsx logs; the first sheet when not given.", valueName: "name"))
        var sheet: String?

        @Flag(help: "Count an activity that two offices' logs (or two files of one office) both hold once, under the municipality.")
        var dedupe = false

        @Option(help: ArgumentHelp("The period: 2024-Q1, 2024-H1, 2024, 2024-03, 2024-01-15..2024-03-31 or all.", valueName: "period"))
        var period: String

        @OptionGroup var boundaries: BoundaryOptions

        @Option(help: "Only this office (a province includes its 시·군·구).")
        var office: String?

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The folder to create.", valueName: "dir"))
        var output: String

        @Option(name: .customLong("csv-encoding"), help: "The CSV files' encoding: utf-8-bom (the default) or cp949.")
        var csvEncoding: ReportCSVWriter.Encoding?

        @Option(help: "File names in Korean (ko, the default) or English (en).")
        var names: Language = .ko

        @Option(help: "Headers and labels in Korean (ko, the default) or English (en).")
        var lang: Language = .ko

        @Option(help: ArgumentHelp("A built-in template or the path of a .yaml file.", valueName: "name|path"))
        var template = "briefing"

        @Flag(help: "Replace an existing folder.")
        var force = false

        func validate() throws {
            if logs.isEmpty { throw ValidationError("Please name at least one log file.") }
            try refuseEmpty(output, "--output")
        }

        /// `--encoding` is the logs' encoding, as in every command, and `--csv-encoding` the files'.
        /// briefing's `--encoding` used to be the files': `utf-8-bom` still means that, and `cp949`
        /// given without `--csv-encoding` is taken as the logs' with a warning saying so.
        private func encodings() -> (log: TextEncoding?, csv: ReportCSVWriter.Encoding) {
            var log = logEncoding?.encoding
            var csv = csvEncoding ?? .utf8BOM
            switch encoding {
            case .csv(let output)?:
                printError("warning: --encoding \(output.rawValue) names the CSV files' encoding, which is now --csv-encoding; --encoding is the logs' encoding")
                if csvEncoding == nil { csv = output }
            case .log(let input)?:
                if input == .cp949 && csvEncoding == nil {
                    printError("warning: --encoding cp949 now reads the logs as CP949 (it named the CSV files' encoding before); for CSV files in CP949 give --csv-encoding cp949")
                }
                log = input.encoding
            case nil:
                break
            }
            return (log, csv)
        }

        func run() throws {
            let period = try OptionValues.period(self.period)
            let office = try self.office.map { try OptionValues.office($0, on: period.last) }
            let (template, templatePath) = try OptionValues.template(template)
            try refuse { try AtomicOutput.check(output, force: force, protected: logs + (templatePath.map { [$0] } ?? []), folder: true) }

            // File names follow --names; headers and labels follow --lang.
            var job = ReportJob.briefing(period: period, office: office, language: lang, names: names,
                                         boundaries: boundaries.boundaries)
            let (logEncoding, encoding) = encodings()
            let log = LogInput(files: try logSources(logs), encoding: logEncoding, sheet: sheet, dedupe: dedupe)
            let made = try Progress.showing(total: log.size) { progress in
                job.rowsRead = progress.counter
                return try job.build(template, log: log, progress: progress.say)
            }
            printDiagnostics(made.read)
            let (files, warnings) = try ReportCSVWriter(encoding: encoding).filesAndWarnings(for: made.report)
            for warning in warnings { printError("\(output)/\(warning)") }
            try AtomicOutput.writeDirectory(output, replacing: force) { folder in try writeCSVFiles(files, into: folder) }
            print("wrote \(output)/: \(files.count) CSV files (\(encoding.rawValue)): \(files.map(\.name).joined(separator: ", "))")
        }
    }
}
