import Foundation

/// Progress lines on standard error, only on a terminal and only once the work has taken a second.
final class Progress {
    private let start = Date()
    private let enabled = isatty(STDERR_FILENO) == 1

    func say(_ step: String) {
        guard enabled, Date().timeIntervalSince(start) > 1 else { return }
        printError("… \(step)")
    }
}
