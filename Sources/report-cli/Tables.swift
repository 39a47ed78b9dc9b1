import ArgumentParser
import Foundation
import TradeMetrics
import ReportJobs
import Reports

extension ReportCLI {
    struct Tables: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.tables.local,
            discussion: HelpText.tablesDiscussion.local
        )

        @OptionGroup var log: LogOptions

        @Option(help: .local(.period,
                                   valueName: "period"))
        var period: String

        @Option(help: .local(.tablesBy, filling: TradeMetrics.Dimension.allCases.map(\.rawValue).joined(separator: ", "), valueName: "dim[,dim]"))
        var by: String?

        @Option(help: .local(.tablesCompare))
        var compare: TableQuery.Base?

        @Option(help: .local(.format))
        var format: OutputFormat?

        @OptionGroup var filters: FilterOptions

        @OptionGroup var boundaries: BoundaryOptions
        @OptionGroup var messages: MessageOptions

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
