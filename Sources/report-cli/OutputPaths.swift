import TradeMetrics
import ArgumentParser
import Foundation
import Reports

/// Writes each file into `folder` (a new, temporary one).
func writeCSVFiles(_ files: [(name: String, bytes: [UInt8])], into folder: String) throws {
    for file in files {
        try Data(file.bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(file.name), options: .withoutOverwriting)
    }
}

/// Output refusals are usage errors (exit 2) with their reason.
func refuse(_ check: () throws -> Void) throws {
    do { try check() } catch let refusal as AtomicOutput.Refusal { throw ValidationError(refusal.commandLine) }
}

/// An empty path (`-o ""`) names nothing: refused before any work.
func refuseEmpty(_ path: String, _ option: String) throws {
    if path.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError(Message.emptyOutputOption(option).local)
    }
}

extension AtomicOutput.Refusal {
    /// As the command line says it: how to replace what exists.
    var commandLine: String { exists ? message.local + Message.giveForce.local : message.local }
}
