/// A warning about a report as it was written (a cell's text cut to Excel's limit, a character
/// CP949 lacks), laid out as the log's findings: `PLACE: warning: COLUMN: MESSAGE 'VALUE'`, the
/// message from the catalogue in the user's language.
public struct OutputWarning: Sendable, Equatable, CustomStringConvertible {
    /// Where: `[활동 목록]:Q10` (after the workbook's name), or `FILE:LINE:COLUMN` of a CSV file.
    public var place: String
    /// The column's header, or what the warning is about (`text`); nil for a file as a whole.
    public var column: String?
    public var message: Message
    /// The text as written in the report.
    public var value: String?

    public init(place: String, column: String?, message: Message, value: String?) {
        self.place = place
        self.column = column
        self.message = message
        self.value = value
    }

    public func line(_ language: Language) -> String {
        "\(place): warning: " + (column.map { "\($0): " } ?? "") + message.text(language) + (value.map { " '\(Diagnostic.printable($0))'" } ?? "")
    }

    public var description: String { line(.en) }
}
