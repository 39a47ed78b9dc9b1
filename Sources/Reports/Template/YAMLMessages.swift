import Yams

/// libyaml's and Yams' findings in our words, at their line and column: their own ("while parsing
/// a block collection did not find expected '-' indicator") are not for the user.
enum YAMLMessages {
    static func error(_ error: YamlError, file: String) -> TemplateError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return TemplateError(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(explanation(of: problem))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return TemplateError(file: file, line: max(context.mark.line, 1), column: max(context.mark.column, 1),
                                 message: "the key \(keys) appears twice in one mapping; keep one")
        case .reader(_, let offset, _, let yaml):
            let (line, column) = place(ofByte: offset ?? 0, in: yaml)
            return TemplateError(file: file, line: line, column: column,
                                 message: "the template is not UTF-8 text, or holds a control character; save it as UTF-8 text")
        default:
            return TemplateError(file: file, line: 1, column: 1, message: "the template cannot be read as YAML; save it as UTF-8 text")
        }
    }

    /// What libyaml's problem means, and what to do.
    static func explanation(of problem: String) -> String {
        for (words, meaning) in meanings where problem.contains(words) { return meaning }
        return "this cannot be read here; check the indentation, the colons and the quotes"
    }

    private static let meanings: [(String, String)] = [
        ("did not find expected '-' indicator", "a list item does not line up with the items above it (each starts with '-' at the same indentation)"),
        ("did not find expected key", "a key does not line up with the keys above it; check the indentation"),
        ("mapping values are not allowed", "a ':' where no key can start; put text holding ': ' in quotes, or check the indentation"),
        ("block sequence entries are not allowed", "a list item ('- ') where a value was expected; start the list on its own line"),
        ("could not find expected ':'", "a key without ':' after it"),
        ("found a tab character", "a tab; indent with spaces"),
        ("found character that cannot start any token", "a character that cannot start a value (a tab? indent with spaces; quote text that starts with @ or `)"),
        ("found unexpected end of stream", "the file ends inside a quote or a bracket; close it"),
        ("did not find expected ',' or ']'", "a list in [ ] is not closed, or an item lacks its ','"),
        ("did not find expected ',' or '}'", "a mapping in { } is not closed, or a pair lacks its ','"),
        ("found unexpected ':'", "a ':' inside [ ] or { }; put the text in quotes"),
        ("found unknown escape character", "an unknown escape after \\ in double quotes; write \\\\ for a backslash, or use single quotes"),
        ("found undefined alias", "an alias (*name) with no anchor (&name) before it"),
        ("found duplicate anchor", "an anchor (&name) defined twice"),
        ("did not find expected node content", "a value is missing here"),
        ("did not find expected <document start>", "a second document in the file; a template is one document"),
        ("found incompatible YAML document", "a YAML version this reader does not know; remove the %YAML line"),
        ("found undefined tag handle", "a tag (!name) that is not defined; remove it"),
        ("control characters are not allowed", "a control character; remove it"),
        ("invalid leading UTF-8 octet", "text that is not UTF-8; save the template as UTF-8"),
        ("invalid trailing UTF-8 octet", "text that is not UTF-8; save the template as UTF-8"),
        ("incomplete UTF-8 octet sequence", "text that is not UTF-8; save the template as UTF-8"),
    ]

    /// Line and column (from 1) of byte `offset` of `text`.
    private static func place(ofByte offset: Int, in text: String) -> (line: Int, column: Int) {
        let before = text.utf8.prefix(offset)
        let line = before.filter { $0 == 0x0A }.count + 1
        let column = before.reversed().prefix { $0 != 0x0A }.count + 1
        return (line, column)
    }
}
