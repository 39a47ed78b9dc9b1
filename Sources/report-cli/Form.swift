import ArgumentParser
import Foundation
import TradeMetrics
import ReportJobs
import Reports

extension ReportCLI {
    struct Form: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the activity-log form: an Excel workbook to keep the log in, with lists and checks built in.",
            discussion: """
                Its first sheet (활동) is read by every command as a log. Drop-down lists offer the offices, kinds and \
                countries; dates, numbers and amounts are checked as they are typed; each column shows what it means. \
                With --from, the rows of an older log (CSV or .xlsx) are moved into the form. An existing file is \
                replaced only with --force. See docs/activity-log.md.
                """
        )

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The form to write.", valueName: "form.xlsx"))
        var output: String

        @Option(help: "The office whose form it is (its drop-down then lists it and its 시·군·구), e.g. 전북 or 전주시; every office when not given.")
        var office: String?

        @Option(help: "The form's language: ko or en.")
        var lang: Language = .ko

        @Option(name: .customLong("from"), parsing: .upToNextOption,
                help: ArgumentHelp("Older logs (CSV or .xlsx) whose rows the form starts with.", valueName: "log"))
        var from: [String] = []

        @Option(help: "The older logs' text encoding (utf-8 or cp949); detected when not given.")
        var encoding: TextEncodingOption?

        @Option(help: ArgumentHelp("The sheet to read in .xlsx logs given with --from; the first sheet when not given.", valueName: "name"))
        var sheet: String?

        @Flag(help: "Replace an existing file.")
        var force = false

        func validate() throws {
            if output.isEmpty { throw ValidationError("Please name the form to write with -o.") }
            if let office, office.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--office is empty; name an office, e.g. 전북.") }
        }

        func run() throws {
            var job = ActivityFormJob(language: lang)
            if let office { job.office = try OptionValues.office(office, on: job.today) }
            try refuse { try AtomicOutput.check(output, force: force, protected: from) }
            let log = from.isEmpty ? nil : LogInput(files: try logSources(from), encoding: encoding?.encoding, sheet: sheet)
            let made = try job.write(to: output, replacing: force, from: log)
            if let read = made.read { printDiagnostics(read) }
            let moved = made.rows > 0 ? ", \(made.rows) rows moved in" : ""
            print("wrote \(output): the activity-log form\(moved) (\(job.office.map { Gazetteer.shared.displayName($0) } ?? "all offices"))")
        }
    }
}
