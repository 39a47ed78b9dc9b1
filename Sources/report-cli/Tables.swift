import ArgumentParser
import Foundation
import TradeMetrics
import ReportJobs
import Reports

extension ReportCLI {
    struct Tables: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one table of metrics for a period.",
            discussion: """
                Measures: activities, missions, companies, partner_companies, agreements, consultations, \
                consultation_usd, contract_usd, countries (defined in docs/activity-log.md). The last row is the \
                total over the rows themselves.
                """
        )

        @OptionGroup var log: LogOptions

        @Option(help: ArgumentHelp("The period: 2024-Q1, 2024-H1, 2024, 2024-03, 2024-01-15..2024-03-31 or all.",
                                   valueName: "period"))
        var period: String

        @Option(help: ArgumentHelp("Group by one or two of: \(TradeMetrics.Dimension.allCases.map(\.rawValue).joined(separator: ", ")).",
                                   valueName: "dim[,dim]"))
        var by: String?

        @Option(help: "Compare with the previous period, the same period last year, or its mean over the 2 or 3 years before (previous, last-year, avg-2y, avg-3y).")
        var compare: TableQuery.Base?

        @Option(help: "table (aligned, the default on a terminal), csv (the default otherwise) or json.")
        var format: OutputFormat?

        @OptionGroup var filters: FilterOptions

        @OptionGroup var boundaries: BoundaryOptions

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
            case table, csv, json
        }

        func run() throws {
            let period = try OptionValues.period(self.period)
            let query = TableQuery(period: period, dimensions: try OptionValues.dimensions(by),
                                   filter: try filters.filter(for: period), base: compare, boundaries: boundaries.boundaries)
            let (table, read) = try TableJob.table(query, log: log.input)
            printDiagnostics(read)
            let layout = TableLayout(table, places: .shared)
            switch format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .csv) {
            case .table: print(layout.terminal(), terminator: "")
            case .csv: print(layout.csv(), terminator: "")
            case .json: print(layout.json(), terminator: "")
            }
        }
    }
}

extension TableQuery.Base: ExpressibleByArgument {}
