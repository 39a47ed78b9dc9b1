import Foundation
import Hummingbird
import Logging
import NIOCore
import ReportJobs
import TradeMetrics

/// The office's web page and HTTP API over the same library calls as the command line.
public enum WebServer {
    /// Serves until SIGINT or SIGTERM; `announce` gets the address once it listens. The work
    /// folder (uploads, downloads) is removed when it stops.
    public static func run(_ options: ServeOptions, announce: @escaping @Sendable (Message) -> Void) async throws {
        try options.check()
        let app = try application(options) { channel in
            let port = channel.localAddress?.port ?? options.port
            let host = options.host.contains(":") ? "[\(options.host)]" : options.host
            announce(.servingOn("http://\(host):\(port)/"))
        }
        defer { try? FileManager.default.removeItem(at: options.workFolder) }
        try await app.runService()
    }

    /// The application, for `run` and for tests (`app.test(.router)`).
    public static func application(_ options: ServeOptions,
                                   onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in })
        throws -> some ApplicationProtocol {
        try FileManager.default.createDirectory(at: options.workFolder.appendingPathComponent("requests"), withIntermediateDirectories: true)
        let router = Router()
        router.add(middleware: GuardMiddleware(token: options.token))
        let downloads = DownloadStore(folder: options.workFolder.appendingPathComponent("downloads"), lifetime: options.downloadLifetime)
        Routes(options: options, limiter: JobLimiter(limit: options.jobs), downloads: downloads).add(to: router)
        var logger = Logger(label: "report-cli serve")
        logger.logLevel = .warning
        return Application(router: router,
                           configuration: .init(address: .hostname(options.host, port: options.port), serverName: "report-cli"),
                           services: [DownloadSweeper(store: downloads)], onServerRunning: onServerRunning, logger: logger)
    }
}
