#if canImport(Glibc)
@preconcurrency import Glibc   // `stdout`, read once the command has run
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import TradeMetrics

/// Flushes standard output and checks that every write to it succeeded (a full disk, `ulimit -f`):
/// output cut short is a failure, never a success.
func checkStandardOutput() throws {
    let flushed = fflush(stdout) == 0
    let reason = flushed ? "" : String(cString: strerror(errno))
    guard flushed && ferror(stdout) == 0 else {
        throw OutputFailure(description: Message.cannotWriteStandardOutput(reason: reason.prefix(1).lowercased() + reason.dropFirst()).local)
    }
}

struct OutputFailure: Error, CustomStringConvertible {
    let description: String
}
