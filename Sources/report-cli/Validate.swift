import ArgumentParser
import TradeMetrics
import ReportJobs

extension ReportCLI {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check activity logs and summarise them.",
            discussion: """
                Prints each error and warning as FILE:LINE:COLUMN: error: COLUMN: MESSAGE 'VALUE' \
                (FILE[SHEET]:CELL for a workbook) on standard error, then a summary. Exits 1 when there is an error. \
                The log format, every column and value accepted: docs/activity-log.md.
                """
        )

        @OptionGroup var log: LogOptions

        func run() throws {
            let input = try log.input
            let check = Progress.showing(total: input.size) { progress in
                progress.say("checking")
                return LogCheck(input, rowsRead: progress.counter)
            }
            printDiagnostics(check.report)
            for line in ValidateSummary(check).lines { print(line) }
            if check.hasErrors { throw ExitCode(1) }
        }
    }
}
