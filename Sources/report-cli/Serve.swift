import ArgumentParser
import Foundation
import Server

extension ReportCLI {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the web page and the HTTP API for the whole office.",
            discussion: """
                Open the printed address in a browser. A host other than 127.0.0.1 is reachable from other \
                machines and needs --token (or REPORT_TOKEN). Stops with Ctrl-C, removing its temporary files.
                """
        )

        @Option(help: "The address to listen on: 127.0.0.1 (this machine only) or 0.0.0.0 (the office network).")
        var host = "127.0.0.1"

        @Option(help: "The port; 0 picks a free one.")
        var port = 8080

        @Option(name: .customLong("max-upload-mb"), help: "The largest upload taken, in MB.")
        var maxUploadMB = 200

        @Option(help: "Reports made at once (default: the number of cores); the rest wait in line.")
        var jobs: Int?

        @Option(help: "A token every user must give (default: $REPORT_TOKEN).")
        var token: String?

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
            guard maxUploadMB > 0 else { throw ValidationError("--max-upload-mb must be at least 1.") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
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
                        writeLine(line, to: STDOUT_FILENO)
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
