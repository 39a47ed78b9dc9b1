import TradeMetrics
import Yams

/// libyaml's and Yams' findings in our words, at their line and column: their own ("while parsing
/// a block collection did not find expected '-' indicator") are not for the user.
enum YAMLMessages {
    static func error(_ error: YamlError, file: String) -> TemplateError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return TemplateError(file: file, line: mark.line, column: mark.column, problem: .yamlSyntax(explanation(of: problem)))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return TemplateError(file: file, line: max(context.mark.line, 1), column: max(context.mark.column, 1),
                                 problem: .keysTwiceInMapping(duplicates))
        case .reader(_, let offset, _, let yaml):
            let (line, column) = place(ofByte: offset ?? 0, in: yaml)
            return TemplateError(file: file, line: line, column: column,
                                 problem: .notUTF8)
        default:
            return TemplateError(file: file, line: 1, column: 1, problem: .notYAML)
        }
    }

    /// What libyaml's problem means, and what to do.
    static func explanation(of problem: String) -> YAMLProblem {
        for (words, meaning) in meanings where problem.contains(words) { return meaning }
        return .other
    }

    private static let meanings: [(String, YAMLProblem)] = [
        ("did not find expected '-' indicator", .listItemMisaligned),
        ("did not find expected key", .keyMisaligned),
        ("mapping values are not allowed", .colonWhereNoKey),
        ("block sequence entries are not allowed", .listItemWhereValue),
        ("could not find expected ':'", .keyWithoutColon),
        ("found a tab character", .tab),
        ("found character that cannot start any token", .badFirstCharacter),
        ("found unexpected end of stream", .endsInsideQuote),
        ("did not find expected ',' or ']'", .listNotClosed),
        ("did not find expected ',' or '}'", .mappingNotClosed),
        ("found unexpected ':'", .colonInBrackets),
        ("found unknown escape character", .unknownEscape),
        ("found undefined alias", .undefinedAlias),
        ("found duplicate anchor", .duplicateAnchor),
        ("did not find expected node content", .valueMissing),
        ("did not find expected <document start>", .secondDocument),
        ("found incompatible YAML document", .yamlVersion),
        ("found undefined tag handle", .undefinedTag),
        ("control characters are not allowed", .controlCharacter),
        ("invalid leading UTF-8 octet", .notUTF8),
        ("invalid trailing UTF-8 octet", .notUTF8),
        ("incomplete UTF-8 octet sequence", .notUTF8),
    ]

    /// Line and column (from 1) of byte `offset` of `text`.
    private static func place(ofByte offset: Int, in text: String) -> (line: Int, column: Int) {
        let before = text.utf8.prefix(offset)
        let line = before.filter { $0 == 0x0A }.count + 1
        let column = before.reversed().prefix { $0 != 0x0A }.count + 1
        return (line, column)
    }
}
