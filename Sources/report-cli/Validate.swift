import ArgumentParser
import Metrics

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
            let gazetteer = Gazetteer.shared
            var summary = LogSummary()
            let report = LogReader(encoding: log.encoding?.encoding, gazetteer: gazetteer)
                .read(log.sources) { summary.add($0) }
            for line in report.diagnostics.lines { printError(line) }
            for line in ValidateSummary(report: report, summary: summary, gazetteer: gazetteer).lines {
                print(line)
            }
            if report.hasErrors { throw ExitCode(1) }
        }
    }
}
