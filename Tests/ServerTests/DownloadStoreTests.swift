import Foundation
import Testing
@testable import Server

/// A preview's downloads: found by their id and name only, deleted once expired.
struct DownloadStoreTests {
    @Test func keptFilesAreFoundThenExpire() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("downloads-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lasting = DownloadStore(folder: folder, lifetime: .seconds(3600))
        let id = try await lasting.keep(name: "a.xlsx", type: "application/zip", bytes: [1, 2, 3])
        #expect(await lasting.file(id: id, name: "a.xlsx")?.bytes == [1, 2, 3])
        #expect(await lasting.file(id: id, name: "../a.xlsx") == nil)
        #expect(await lasting.file(id: String(id.reversed()), name: "a.xlsx") == nil)

        let brief = DownloadStore(folder: folder, lifetime: .zero)
        let gone = try await brief.keep(name: "b.csv", type: "text/csv", bytes: [4])
        await brief.removeExpired()
        #expect(await brief.file(id: gone, name: "b.csv") == nil)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(gone).path), "deleted from disk")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(id).path))
    }
}
