import Foundation
import TradeMetrics

/// How `report-cli serve` runs: where it listens, how much it takes, who may use it.
public struct ServeOptions: Sendable {
    public var host = "127.0.0.1"
    /// 0 picks a free port.
    public var port = 8080
    /// The largest request body taken, in bytes.
    public var maxUploadBytes = 200 << 20
    /// Reports made at once; the rest wait in line.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Required of every request when set (`Authorization: Bearer`, or the page's cookie).
    public var token: String?
    /// Where uploads and downloads live while the server runs (removed when it stops).
    public var workFolder: URL
    /// How long a previewed report's downloads are kept.
    public var downloadLifetime: Duration = .seconds(3600)

    public init(workFolder: URL? = nil) {
        self.workFolder = workFolder ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("report-cli-serve-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
    }

    /// A host other than loopback is reachable from the office network: it needs a token.
    /// - Throws: `ServeOptions.Refusal` with the reason.
    public func check() throws {
        guard token?.isEmpty ?? true else { return }
        guard ["127.0.0.1", "localhost", "::1"].contains(host) || host.hasPrefix("127.") else {
            throw Refusal(message: .hostNeedsToken(host))
        }
    }

    public struct Refusal: Error, CustomStringConvertible {
        public let message: Message
        public var description: String { message.text(.en) }
    }
}
