import TradeMetrics

/// A mistake in a template, named compiler-style: `FILE:LINE:COLUMN: error: MESSAGE`, the message
/// from the catalogue in the user's language.
public struct TemplateError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var problem: TemplateMessage

    public init(file: String, line: Int, column: Int, problem: TemplateMessage) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// The message in English.
    public var message: String { problem.text(.en) }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, the message in `language`.
    public func text(_ language: Language) -> String { "\(file):\(line):\(column): error: \(problem.text(language))" }

    public var description: String { text(.en) }
}
