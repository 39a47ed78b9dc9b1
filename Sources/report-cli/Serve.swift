import TradeMetrics
import ArgumentParser
import Foundation
import Server

extension ReportCLI {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.serve.local,
            discussion: HelpText.serveDiscussion.local
        )

        @Option(help: .local(.serveHost))
        var host = "127.0.0.1"

        @Option(help: .local(.servePort))
        var port = 8080

        @Option(name: .customLong("max-upload-mb"), help: .local(.serveMaxUpload))
        var maxUploadMB = 200

        @Option(help: .local(.serveJobs))
        var jobs: Int?

        @OptionGroup var messages: MessageOptions

        @Option(help: .local(.serveToken))
        var token: String?

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError(Message.portRange.local) }
            guard maxUploadMB > 0 else { throw ValidationError(Message.maxUploadRange.local) }
            if let jobs, jobs < 1 { throw ValidationError(Message.jobsRange.local) }
        }

        func run() throws {
            var options = ServeOptions()
            options.host = host
            options.port = port
            options.maxUploadBytes = maxUploadMB << 20
            if let jobs { options.jobs = jobs }
            options.token = token ?? ProcessInfo.processInfo.environment["REPORT_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
            // A refusal (an open host without a token) comes back from `run` as bad usage, exit 2.
            let done = DispatchSemaphore(value: 0)
            let outcome = Outcome()
            Task {
                do {
                    try await WebServer.run(options) { line in
                        writeLine(line.local, to: STDOUT_FILENO)
                    }
                } catch {
                    outcome.error = error
                }
                done.signal()
            }
            done.wait()
            if let error = outcome.error { throw error }
        }

        private final class Outcome: @unchecked Sendable {
            var error: (any Error)?
        }
    }
}
