import ArgumentParser
import Foundation
import TradeMetrics
import ReportJobs
import Reports

extension ReportCLI {
    struct Ties: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every tie an office has abroad (sister cities, MOUs, agreements) and whether it is alive.",
            discussion: """
                A tie is an office and a partner abroad (the partner city in its country, or the partner organisation \
                where no city is given) from its first agreement on. Activities with the partner before it count too. \
                A tie is dormant when its last activity is more than --dormant-after months before --as-of. \
                CSV columns: office, partner_country, partner, first_agreement, agreements, activities, last_activity, \
                days_since_last, status. See docs/activity-log.md.
                """
        )

        @OptionGroup var log: LogOptions

        @Option(help: "Only these offices (a province includes its 시·군·구), e.g. 전북 or 전주시.")
        var office: [String] = []

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The day of the register; the log's last date when not given.", valueName: "date"))
        var asOf: String?

        @Option(name: .customLong("dormant-after"), help: ArgumentHelp("Months without activity after which a tie is dormant.", valueName: "months"))
        var dormantAfter = 24

        @Option(help: "table (aligned, the default on a terminal), csv (the default otherwise) or json.")
        var format: Tables.OutputFormat?

        @Option(help: "The table format's language: ko or en.")
        var lang: Language = .ko

        func validate() throws {
            guard dormantAfter >= 1 && dormantAfter <= 1200 else { throw ValidationError("--dormant-after must be a number of months from 1 to 1200.") }
        }

        func run() throws {
            var job = TieJob(dormantAfterMonths: dormantAfter)
            if let asOf {
                guard case .success(let day) = Day.parse(asOf) else { throw ValidationError("--as-of '\(asOf)' is not a date; write it as 2026-09-30.") }
                job.asOf = day
            }
            let names = OptionValues.commaSeparated(office)
            if !office.isEmpty && names.isEmpty { throw ValidationError("--office is empty; name an office, e.g. 전북.") }
            job.filter = RecordFilter(offices: try names.map { try OptionValues.office($0) })
            let made = try job.run(log: log.input)
            printDiagnostics(made.read)
            for warning in made.warnings { printError(warning.description) }
            switch format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .csv) {
            case .table:
                print(TieTable.layout(made.ties, words: lang).terminal(), terminator: "")
                let dormant = made.ties.filter { $0.status == .dormant }.count
                print(lang == .ko
                      ? "\(made.day.map { "\($0) 기준 " } ?? "")교류 \(made.ties.count)건, 휴면 \(dormant)건 (마지막 활동이 \(dormantAfter)개월보다 오래됨)"
                      : "\(made.ties.count) ties, \(dormant) dormant (no activity for over \(dormantAfter) months) as of \(made.day?.description ?? "-")")
            case .csv: print(TieTable.layout(made.ties).csv(), terminator: "")
            case .json: print(TieTable.layout(made.ties).json(), terminator: "")
            }
        }
    }
}
