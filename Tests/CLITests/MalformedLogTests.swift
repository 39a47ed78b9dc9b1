import Foundation
import Testing

/// The corpus of broken logs in `Malformed/`: each one fails `validate` and every report with exit 1,
/// errors in the contract's form, and no output at all.
struct MalformedLogTests {
    static let folder = "Tests/CLITests/Malformed/"

    /// Files (read together) and the first error they must give.
    static let cases: [(files: [String], error: String)] = [
        (["bad-date.csv"], "bad-date.csv:3:2: error: date: not a date (write 2024-01-08, 2024.01.08 or 2024. 1. 8.) '2024-3월-05'"),
        (["impossible-day.csv"], "impossible-day.csv:2:2: error: date: no such day in the calendar '2023-02-29'"),
        (["bad-number.csv"], "bad-number.csv:2:11: error: companies: not a number (write digits, e.g. 12) 'three'"),
        (["negative-number.csv"], "negative-number.csv:2:11: error: companies: must not be negative '-3'"),
        (["unknown-kind.csv"], "unknown-kind.csv:2:5: error: kind: unknown kind (use one of mission, delegation, agreement, forum, expo, consultation, promotion, advisor, other) 'junket'"),
        (["unknown-sector.csv"], "unknown-sector.csv:2:10: error: sectors: unknown sector (use codes such as bio, mobility, agrifood, separated by ;) 'quantum'"),
        (["unknown-office.csv"], "unknown-office.csv:2:4: error: office: unknown office (write a province or a 시·군·구, e.g. 전북특별자치도 or 전주시) '아틀란티스도'"),
        (["unknown-country.csv"], "unknown-country.csv:2:7: error: partner_country: unknown country (write an ISO 3166-1 code such as US, or a name such as 미국) 'Narnia'"),
        (["duplicate-id.csv"], "duplicate-id.csv:4:1: error: id: already used at \(folder)duplicate-id.csv:2 'r1'"),
        (["duplicate-across-a.csv", "duplicate-across-b.csv"], "duplicate-across-b.csv:3:1: error: id: already used at \(folder)duplicate-across-a.csv:2 'x1'"),
        (["missing-column.csv"], "missing-column.csv:1:1: error: date: required column is missing; name it in the first line (date, 일자, 날짜)"),
        (["unclosed-quote.csv"], "unclosed-quote.csv:3:17: error: title: this quote is never closed; the rest of the file was read as one value '\"never closed,'"),
        (["empty.csv"], "empty.csv:1:1: error: header: the file is empty; the first line must name the columns"),
        (["header-only.csv"], "header-only.csv:1:1: error: header: the file has a header but no rows; add the activities below it, or leave the file out"),
        (["binary.csv"], "binary.csv:1:1: error: file: is not a text file (it holds NUL bytes); an activity log is a CSV file '"),
        (["mixed-encodings.csv"], "mixed-encodings.csv:3:4: error: office: is CP949 text in a UTF-8 file; save the whole file in one encoding '전북'"),
        (["bom-in-middle.csv"], "bom-in-middle.csv:3:1: error: id: a byte order mark in the middle of the file: another file seems joined here; give the files separately '\\u{feff}id'"),
        (["nul-bytes.csv"], "nul-bytes.csv:3:17: error: title: contains a NUL byte; is this a text file? 'a\\u{0}b'"),
    ]

    /// `FILE:LINE:COLUMN: error: COLUMN_NAME: MESSAGE`, with `'VALUE'` where there is one.
    static func hasErrorForm(_ line: String) -> Bool {
        line.wholeMatch(of: #/[^:]+:[0-9]+:[0-9]+: (error|warning): [a-z_]+( [0-9]+)?: .+/#) != nil
    }

    @Test(arguments: cases.indices)
    func failsEverywhereWithTheError(_ index: Int) throws {
        let (files, error) = Self.cases[index]
        let paths = files.map { Self.folder + $0 }
        let validate = try CLIRunner.run(["validate"] + paths)
        #expect(validate.status == 1)
        let errors = validate.stderrLines
        #expect(errors.first?.hasPrefix(Self.folder + error) == true, "\(errors.first ?? "")")
        for line in errors { #expect(Self.hasErrorForm(line), "\(line)") }
        try expectNoOutput(paths, ["quarterly", "--period", "2024-Q1", "-o", "OUT/q.xlsx", "--csv", "OUT/csv"])
        try expectNoOutput(paths, ["compare", "--period", "2024-Q1", "-o", "OUT/c.xlsx"])
        try expectNoOutput(paths, ["briefing", "--period", "2024-Q1", "-o", "OUT/b"])
        try expectNoOutput(paths, ["tables", "--period", "all", "--by", "sector", "--format", "csv"])
    }

    /// Runs a report command (OUT standing for an empty folder) and checks that it fails with the
    /// same errors and leaves the folder and standard output empty.
    func expectNoOutput(_ paths: [String], _ command: [String]) throws {
        let out = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let arguments = [command[0]] + paths + command.dropFirst().map { $0.replacingOccurrences(of: "OUT", with: out.path) }
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 1, "\(command[0])")
        #expect(result.stdout == "", "\(command[0])")
        #expect(result.stderrLines.first?.hasPrefix(paths[0].prefix(Self.folder.count)) == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [], "\(command[0])")
    }

    @Test func aSingleLineOf200MegabytesStopsAfterOneMegabyte() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("line.csv")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        let handle = try FileHandle(forWritingTo: log)
        let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<200 { handle.write(block) }
        try handle.close()
        let result = try CLIRunner.run(["quarterly", "line.csv", "--period", "2024-Q1", "-o", "q.xlsx"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderrLines.first == "line.csv:1:1: error: header: the line is longer than 1 MB (or has more than 4096 fields); is this an activity log? The rest of the file was not read '\(String(repeating: "x", count: 60))'")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["line.csv"])
    }
}
