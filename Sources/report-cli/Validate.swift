import ArgumentParser
import TradeMetrics
import ReportJobs

extension ReportCLI {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.validate.local,
            discussion: HelpText.validateDiscussion.local
        )

        @OptionGroup var log: LogOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            let input = try log.input
            let check = Progress.showing(total: input.size) { progress in
                progress.say(.checking)
                return LogCheck(input, rowsRead: progress.counter)
            }
            printDiagnostics(check.read)
            for line in ValidateSummary(check).lines(messageLanguage) { print(line) }
            if check.hasErrors { throw ExitCode(1) }
        }
    }
}
