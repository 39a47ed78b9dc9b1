import ArgumentParser
import Foundation
import TradeMetrics
import ReportJobs
import Reports

extension ReportCLI {
    struct Ties: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.ties.local,
            discussion: HelpText.tiesDiscussion.local
        )

        @OptionGroup var log: LogOptions

        @Option(help: .local(.filterOffices))
        var office: [String] = []

        @Option(name: .customLong("as-of"), help: .local(.tiesAsOf, valueName: "date"))
        var asOf: String?

        @Option(name: .customLong("dormant-after"), help: .local(.tiesDormantAfter, valueName: "months"))
        var dormantAfter = 24

        @Option(help: .local(.format))
        var format: Tables.OutputFormat?

        @Option(help: .local(.tiesLanguage))
        var lang: Language = .ko

        func validate() throws {
            guard dormantAfter >= 1 && dormantAfter <= 1200 else { throw ValidationError(Message.dormantAfterRange.local) }
        }

        func run() throws {
            var job = TieJob(dormantAfterMonths: dormantAfter)
            if let asOf {
                guard case .success(let day) = Day.parse(asOf) else { throw ValidationError(Message.asOfNotADate(asOf).local) }
                job.asOf = day
            }
            let names = OptionValues.commaSeparated(office)
            if !office.isEmpty && names.isEmpty { throw ValidationError(Message.emptyOfficeOption.local) }
            job.filter = RecordFilter(offices: try names.map { try OptionValues.office($0) })
            let made = try job.run(log: log.input)
            printDiagnostics(made.read)
            for warning in made.warnings { printError(warning.line(messageLanguage) { _ in "" }) }
            switch format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .csv) {
            case .table:
                print(TieTable.layout(made.ties, words: lang).terminal(), terminator: "")
                let dormant = made.ties.filter { $0.status == .dormant }.count
                print(Message.tiesSummary(ties: made.ties.count, dormant: dormant, months: dormantAfter, asOf: made.day).text(lang))
            case .csv: print(TieTable.layout(made.ties).csv(), terminator: "")
            case .json: print(TieTable.layout(made.ties).json(), terminator: "")
            }
        }
    }
}
