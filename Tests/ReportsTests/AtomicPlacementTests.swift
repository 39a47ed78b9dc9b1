import Foundation
import Testing
@testable import Reports
import TradeMetrics

/// How outputs are put in place: never over a file that appeared meanwhile (two runs making one
/// new report), and an old folder moved aside by a run killed mid-way is put back.
struct AtomicPlacementTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("placement-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The other run finishes first, while this one writes: this one is refused, the other's kept.
    @Test func aNewFileIsNeverPlacedOverOneThatAppearedMeanwhile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("r.xlsx").path
        #expect(throws: AtomicOutput.Refusal.self) {
            try AtomicOutput.writeFile(target) { temporary in
                try Data("mine".utf8).write(to: URL(fileURLWithPath: temporary))
                try Data("theirs".utf8).write(to: URL(fileURLWithPath: target))
            }
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "theirs")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["r.xlsx"])
        // With replacing (--force) it is replaced.
        try AtomicOutput.writeFile(target, replacing: true) { try Data("mine".utf8).write(to: URL(fileURLWithPath: $0)) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine")
    }

    @Test func aNewFolderIsNeverPlacedOverOneThatAppearedMeanwhile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("csv").path
        #expect(throws: AtomicOutput.Refusal.self) {
            try AtomicOutput.writeDirectory(target) { temporary in
                try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
                try Data("theirs".utf8).write(to: URL(fileURLWithPath: target + "/a.csv"))
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: target) == ["a.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["csv"])
    }

    /// A run killed after moving the old folder aside, before the new one was in place: the next
    /// run puts the old one back (and then refuses to replace it without --force).
    @Test func anOldFolderLeftAsideIsPutBack() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("csv").path
        let aside = folder.appendingPathComponent(".csv.old-2147483647-1").path   // no such process
        try FileManager.default.createDirectory(atPath: aside, withIntermediateDirectories: false)
        try Data("old".utf8).write(to: URL(fileURLWithPath: aside + "/a.csv"))
        #expect(throws: AtomicOutput.Refusal(message: .outputExists(target), exists: true)) {
            try AtomicOutput.check(target, force: false, protected: [], folder: true)
        }
        #expect(try String(contentsOfFile: target + "/a.csv", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["csv"])
        // Killed after the new folder was in place: the old one left aside is only removed.
        try FileManager.default.createDirectory(atPath: aside, withIntermediateDirectories: false)
        try AtomicOutput.check(target, force: true, protected: [], folder: true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["csv"])
        #expect(try String(contentsOfFile: target + "/a.csv", encoding: .utf8) == "old")
    }

    /// When what is placed with a folder fails, the old folder comes back and the new one goes.
    @Test func aFailedCompanionBringsTheOldFolderBack() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("csv").path
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        try Data("old".utf8).write(to: URL(fileURLWithPath: target + "/a.csv"))
        struct Failed: Error {}
        #expect(throws: Failed.self) {
            try AtomicOutput.writeDirectory(target, replacing: true, { try Data("new".utf8).write(to: URL(fileURLWithPath: $0 + "/a.csv")) },
                                            then: { throw Failed() })
        }
        #expect(try String(contentsOfFile: target + "/a.csv", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["csv"])
    }
}
