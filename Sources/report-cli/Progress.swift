import TradeMetrics
import Foundation
import ReportJobs

/// One live line on standard error while a job reads a long log: a bar with the share of the log's
/// bytes read, rows a second and the time left, redrawn in place ten times a second once the work
/// has taken a second, and cleared at the end. Nothing when standard error is not a terminal.
final class Progress: @unchecked Sendable {
    /// Give it to the job (`rowsRead`): the reader counts rows and bytes into it.
    let counter = RowCounter()
    private let total: Int
    private let started = Date()
    private let lock = NSLock()
    private var step = ""
    private var shown = false
    private var running = false
    private let enabled = isatty(STDERR_FILENO) == 1

    /// - Parameter total: the log's size in bytes (0 when unknown: then no bar, rows only).
    init(total: Int) {
        self.total = total
    }

    /// Shows the line while `body` runs (it gives the job `counter` and `say`), and clears it when
    /// `body` returns or throws, before anything else is printed.
    static func showing<T>(total: Int, _ body: (Progress) throws -> T) rethrows -> T {
        let progress = Progress(total: total)
        progress.start()
        defer { progress.finish() }
        return try body(progress)
    }

    /// Starts redrawing; call `finish` when the work is done (or has failed).
    private func start() {
        guard enabled else { return }
        lock.withLock { running = true }
        Thread { [self] in
            while lock.withLock({ running }) {
                Thread.sleep(forTimeInterval: 0.1)
                draw()
            }
        }.start()
    }

    /// What the job is doing now: `reading the log`, `writing report.xlsx`.
    func say(_ step: Message) {
        lock.withLock { self.step = step.local }
    }

    /// Stops redrawing and clears the line.
    private func finish() {
        lock.withLock {
            running = false
            if shown { writeLine("\r\u{1B}[K", to: STDERR_FILENO, newline: false) }
            shown = false
        }
    }

    private func draw() {
        let elapsed = Date().timeIntervalSince(started)
        guard elapsed > 1 else { return }
        let line = Self.line(rows: counter.rows, bytes: counter.bytes, total: total, elapsed: elapsed, step: lock.withLock { step })
        lock.withLock {
            guard running else { return }
            writeLine("\r\u{1B}[K" + line, to: STDERR_FILENO, newline: false)
            shown = true
        }
    }

    /// `[██████░░░░░░░░░░░░░░]  31%  420,000 rows/s  about 3 s left  reading the log`.
    static func line(rows: Int, bytes: Int, total: Int, elapsed: Double, step: String) -> String {
        let rate = Int(Double(rows) / max(elapsed, 0.001))
        var parts: [String] = []
        if total > 0 {
            let fraction = min(Double(bytes) / Double(total), 1)
            let filled = Int((fraction * 20).rounded(.down))
            parts.append("[" + String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled) + "]")
            parts.append(String(format: "%3d%%", Int((fraction * 100).rounded(.down))))
            if fraction > 0.02 && fraction < 1 {
                parts.append(Message.secondsLeft(Int((elapsed / fraction - elapsed).rounded(.up))).local)
            }
        }
        parts.append(Message.rowsPerSecond(rate.formatted()).local)
        if !step.isEmpty { parts.append(step) }
        return parts.joined(separator: "  ")
    }
}
