import ArgumentParser
import Foundation
import TradeMetrics
import ReportJobs
import Reports

extension ReportCLI {
    struct Form: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.form.local,
            discussion: HelpText.formDiscussion.local
        )

        @Option(name: [.short, .customLong("output")], help: .local(.formOutput, valueName: "form.xlsx"))
        var output: String

        @Option(help: .local(.formOffice))
        var office: String?

        @Option(help: .local(.formLanguage))
        var lang: Language = .ko

        @Option(name: .customLong("from"), parsing: .upToNextOption,
                help: .local(.formFrom, valueName: "log"))
        var from: [String] = []

        @Option(help: .local(.formEncoding))
        var encoding: TextEncodingOption?

        @Option(help: .local(.formSheet, valueName: "name"))
        var sheet: String?

        @Flag(help: .local(.formForce))
        var force = false

        func validate() throws {
            if output.isEmpty { throw ValidationError(Message.noFormOutput.local) }
            if let office, office.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(Message.emptyOfficeOption.local) }
        }

        func run() throws {
            var job = ActivityFormJob(language: lang)
            if let office { job.office = try OptionValues.office(office, on: job.today) }
            try refuse { try AtomicOutput.check(output, force: force, protected: from) }
            let log = from.isEmpty ? nil : LogInput(files: try logSources(from), encoding: encoding?.encoding, sheet: sheet)
            let made = try job.write(to: output, replacing: force, from: log)
            if let read = made.read { printDiagnostics(read) }
            print(Message.wroteForm(output, movedRows: made.rows, office: job.office.map { Gazetteer.shared.displayName($0) }).local)
        }
    }
}
