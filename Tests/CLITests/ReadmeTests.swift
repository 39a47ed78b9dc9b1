import Foundation
import Testing

/// README.ko.md is the README in Korean: the same commands, in the same order.
struct ReadmeTests {
    /// The command lines of the ```sh blocks of a README, without their comments (which are in the
    /// README's language).
    static func commands(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: CLIRunner.projectRoot.appendingPathComponent(name), encoding: .utf8)
        var blocks: [[String]] = []
        var block: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if block == nil {
                if line.trimmingCharacters(in: .whitespaces) == "```sh" { block = [] }
                continue
            }
            if line.trimmingCharacters(in: .whitespaces) == "```" {
                blocks.append(block!)
                block = nil
                continue
            }
            var command = line
            if command.trimmingCharacters(in: .whitespaces).hasPrefix("#") { continue }
            if let comment = command.range(of: #"\s+#.*$"#, options: .regularExpression) { command.removeSubrange(comment) }
            command = command.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)
            if !command.isEmpty { block!.append(command) }
        }
        return blocks
    }

    @Test func theKoreanReadmeHasTheSameCommands() throws {
        let english = try Self.commands("README.md"), korean = try Self.commands("README.ko.md")
        #expect(english.count > 10)
        #expect(english.count == korean.count)
        for (index, (a, b)) in zip(english, korean).enumerated() {
            #expect(a == b, "block \(index + 1)")
        }
    }

    @Test func eachReadmeLinksTheOther() throws {
        let english = try String(contentsOf: CLIRunner.projectRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let korean = try String(contentsOf: CLIRunner.projectRoot.appendingPathComponent("README.ko.md"), encoding: .utf8)
        #expect(english.split(separator: "\n").prefix(3).contains { $0.contains("(README.ko.md)") })
        #expect(korean.split(separator: "\n").prefix(3).contains { $0.contains("(README.md)") })
    }
}
