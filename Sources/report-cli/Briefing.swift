import ArgumentParser
import Foundation
import TradeMetrics
import ReportJobs
import Reports

extension ReportCLI {
    struct Briefing: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.briefing.local,
            discussion: HelpText.briefingDiscussion.local
        )

        @Argument(help: .local(.logs))
        var logs: [String] = []

        @Option(help: .local(.briefingLogEncoding))
        var encoding: EncodingArgument?

        @Option(name: .customLong("log-encoding"), help: .local(.briefingEncodingEarlier, visibility: .hidden))
        var logEncoding: TextEncodingOption?

        @Option(help: .local(.sheet, valueName: "name"))
        var sheet: String?

        @Flag(help: .local(.dedupe))
        var dedupe = false

        @Option(help: .local(.period, valueName: "period"))
        var period: String

        @OptionGroup var boundaries: BoundaryOptions

        @Option(help: .local(.briefingOffice))
        var office: String?

        @Option(name: [.short, .customLong("output")], help: .local(.briefingOutput, valueName: "dir"))
        var output: String

        @Option(name: .customLong("csv-encoding"), help: .local(.briefingCSVEncoding))
        var csvEncoding: ReportCSVWriter.Encoding?

        @Option(help: .local(.briefingNames))
        var names: Language = .ko

        @Option(help: .local(.briefingLanguage))
        var lang: Language = .ko

        @Option(help: .local(.template, valueName: "name|path"))
        var template = "briefing"

        @Flag(help: .local(.briefingForce))
        var force = false

        func validate() throws {
            if logs.isEmpty { throw ValidationError(Message.noLogFile.local) }
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
                printError(Message.encodingOptionMoved(output.rawValue).local)
                if csvEncoding == nil { csv = output }
            case .log(let input)?:
                if input == .cp949 && csvEncoding == nil {
                    printError(Message.encodingOptionNowLogs.local)
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
            for warning in warnings { printError("\(output)/\(warning.line(messageLanguage))") }
            try AtomicOutput.writeDirectory(output, replacing: force) { folder in try writeCSVFiles(files, into: folder) }
            print(Message.wroteBriefing(output, count: files.count, encoding: encoding.rawValue, files: files.map(\.name)).local)
        }
    }
}
