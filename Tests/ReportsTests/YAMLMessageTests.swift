import Testing
@testable import Reports

/// A template's YAML mistakes in our words, at their line and column; libyaml's and Yams' own
/// words ("while parsing …", "Parser: expected all keys to be unique") never reach the user.
struct YAMLMessageTests {
    func error(_ yaml: String) -> String? {
        do { _ = try TemplateLoader().load(yaml: yaml, file: "t.yaml"); return nil } catch { return error.description }
    }

    @Test(arguments: [
        ("sheets:\n  - name: a\n   blocks: x", "t.yaml:3:4: error: YAML syntax: a list item does not line up with the items above it (each starts with '-' at the same indentation)"),
        ("title: a: b\n", "t.yaml:1:9: error: YAML syntax: a ':' where no key can start; put text holding ': ' in quotes, or check the indentation"),
        ("sheets:\n\t- name: a\n", "t.yaml:2:1: error: YAML syntax: a character that cannot start a value (a tab? indent with spaces; quote text that starts with @ or `)"),
        ("title: \"abc\n", "t.yaml:2:1: error: YAML syntax: the file ends inside a quote or a bracket; close it"),
        ("title: \"\\q\"\n", "t.yaml:1:9: error: YAML syntax: an unknown escape after \\ in double quotes; write \\\\ for a backslash, or use single quotes"),
        ("a: &x 1\nb: *y\n", "t.yaml:2:4: error: YAML syntax: an alias (*name) with no anchor (&name) before it"),
        ("title: {a: 1, a: 2}\n", "t.yaml:1:9: error: the key 'a' appears twice in one mapping; keep one"),
        ("title: \"a\u{1}\"\n", "t.yaml:1:10: error: the template is not UTF-8 text, or holds a control character; save it as UTF-8 text"),
    ])
    func mistakesAreExplained(_ yaml: String, _ message: String) {
        #expect(error(yaml) == message)
    }

    @Test func libyamlsWordsNeverShow() {
        for problem in ["while parsing a block mapping did not find expected key", "some problem libyaml may add one day"] {
            let explained = YAMLMessages.explanation(of: problem).text(.en)
            #expect(!explained.contains("while parsing") && !explained.contains("problem"))
        }
        #expect(YAMLMessages.explanation(of: "did not find expected key").text(.en) == "a key does not line up with the keys above it; check the indentation")
    }
}
