import Foundation
import HummingbirdTesting
import ReportJobs
import Synchronization
import Testing
@testable import Server

/// A long job's rows read, as the page polls them.
struct ProgressTests {
    @Test func aCounterTellsEveryStep() {
        let told = Mutex<[Int]>([])
        let counter = RowCounter(every: 2) { rows in told.withLock { $0.append(rows) } }
        let input = LogInput(files: [.bytes(name: "log.csv", Array(("id,date,office,kind,partner_country\n"
            + (1...5).map { "x\($0),2024-01-0\($0),전북,forum,US\n" }.joined()).utf8))])
        let check = LogCheck(input, rowsRead: counter)
        #expect(check.summary.rows == 5)
        #expect(told.withLock { $0 } == [2, 4])
    }

    @Test func idsAre128BitsInHex() {
        #expect(ProgressBoard.id(String(repeating: "a1", count: 16)) == String(repeating: "a1", count: 16))
        #expect(ProgressBoard.id("../../etc/passwd") == nil)
        #expect(ProgressBoard.id(String(repeating: "g", count: 32)) == nil)
        #expect(ProgressBoard.id(nil) == nil)
        let board = ProgressBoard()
        board.set("x", 5000)
        #expect(board.rows("x") == 5000)
        board.remove("x")
        #expect(board.rows("x") == nil)
    }

    @Test func anUnknownJobHasReadNothing() async throws {
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/progress/\(String(repeating: "0", count: 32))", method: .get) { response in
                #expect(response.status == .ok)
                let json = try ServerFixtures.json(response.body)
                #expect(json["rows"] as? Int == 0)
            }
        }
    }
}
