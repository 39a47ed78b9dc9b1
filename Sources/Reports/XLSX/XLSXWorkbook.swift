import CXlsxWriter
import TradeMetrics
#if canImport(Glibc)
import Glibc
#endif

// The one file that touches libxlsxwriter: C types stay here. Everything else speaks CellStyle,
// sheet names, row and column numbers, and Swift errors.

/// Why a workbook could not be written: an Excel limit a value would break (checked before C is
/// called), or a failure of libxlsxwriter or the system, in our words (the library's own, such as
/// `Error creating output xlsx file. Usually a permissions error.`, are not for the user).
public enum XLSXError: Error, CustomStringConvertible, Equatable {
    /// Why a sheet name cannot be used.
    public enum SheetNameProblem: Equatable, Sendable {
        case empty, tooLong, forbidden(Character), apostrophe, control(String)
    }

    /// Where in the workbook a library call failed: what was written, in which sheet and cell.
    public struct Place: Equatable, Sendable {
        public let what: String
        public let sheet: String?
        /// 0-based, as written.
        public let row: Int?
        public let column: Int?
    }

    case sheetName(String, SheetNameProblem)
    case duplicateSheet(String)
    case tooManyColumns(sheet: String)
    /// A data-validation title or message, or an inline drop-down list, past Excel's length.
    case textTooLong(sheet: String, text: String, limit: Int)
    case inlineList(sheet: String)
    case cannotCreate(path: String)
    /// libxlsxwriter answered `code` (an `lxw_error`).
    case library(code: UInt32, at: Place)
    /// The system's reason (a full disk), read from `errno` when the file was written.
    case system(String)

    public var description: String { message.text(.en) }

    /// The failure from the catalogue, for the user's language.
    public var message: Message {
        switch self {
        case .sheetName(let name, _): return .template(ExcelLimits.templateProblem(withSheetName: name) ?? .sheetNameEmpty)
        case .duplicateSheet(let name): return .template(.sheetNamedTwice(name))
        case .tooManyColumns(let sheet): return .workbookTooManyColumns(sheet: sheet)
        case .textTooLong(let sheet, let text, let limit): return .workbookTextTooLong(sheet: sheet, text: String(text.prefix(40)), limit: limit)
        case .inlineList(let sheet): return .workbookInlineList(sheet: sheet)
        case .cannotCreate(let path): return .workbookCannotCreate(path)
        case .system(let reason): return .systemFailure(reason)
        case .library(let code, let place):
            let cell = place.row.flatMap { row in place.column.map { (row + 1, $0 + 1) } }
            return .workbookLibrary(what: place.what, sheet: place.sheet, cell: place.sheet == nil ? nil : cell, Self.reason(code))
        }
    }

    /// An `lxw_error` in words.
    static func reason(_ libraryCode: UInt32) -> WorkbookWriteFailure {
        let code = lxw_error(rawValue: libraryCode)
        switch code {
        case LXW_ERROR_MEMORY_MALLOC_FAILED: return .memory
        case LXW_ERROR_CREATING_XLSX_FILE: return .cannotCreateFile
        case LXW_ERROR_CREATING_TMPFILE, LXW_ERROR_READING_TMPFILE: return .temporaryFile
        case LXW_ERROR_ZIP_FILE_OPERATION, LXW_ERROR_ZIP_PARAMETER_ERROR, LXW_ERROR_ZIP_BAD_ZIP_FILE, LXW_ERROR_ZIP_INTERNAL_ERROR,
             LXW_ERROR_ZIP_FILE_ADD, LXW_ERROR_ZIP_CLOSE: return .cannotWriteFile
        case LXW_ERROR_32_STRING_LENGTH_EXCEEDED, LXW_ERROR_128_STRING_LENGTH_EXCEEDED, LXW_ERROR_255_STRING_LENGTH_EXCEEDED,
             LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: return .textTooLong
        case LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED, LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED: return .links
        default: return .other(Int(code.rawValue))
        }
    }

    fileprivate static func library(_ code: lxw_error, _ what: String, sheet: String? = nil, row: Int? = nil, column: Int? = nil) -> XLSXError {
        .library(code: code.rawValue, at: Place(what: what, sheet: sheet, row: row, column: column))
    }
}

/// A report longer than Excel allows (a sheet of more than 1,048,576 rows): bad input, as a
/// shorter period or fewer offices makes one that fits.
public struct ReportTooLarge: Error, CustomStringConvertible, Equatable {
    public let sheet: String

    public var message: Message { .reportTooLarge(sheet: sheet, rows: ExcelLimits.rows) }
    public var description: String { message.text(.en) }
}

/// Excel's limits, checked before C is called.
enum ExcelLimits {
    static let rows = 1_048_576
    static let columns = 16_384
    static let cellCharacters = 32_767
    static let sheetNameCharacters = 31
    static let urlCharacters = 2_079
    static let linksPerSheet = 65_530
    static let forbiddenInSheetNames: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Why a sheet name cannot be used, or nil when it can.
    /// The same, as a mistake in a template.
    static func templateProblem(withSheetName name: String) -> TemplateMessage? {
        switch problem(withSheetName: name) {
        case .sheetName(_, .empty)?: .sheetNameEmpty
        case .sheetName(let name, .tooLong)?: .sheetNameTooLong(name, limit: sheetNameCharacters)
        case .sheetName(let name, .forbidden(let bad))?: .sheetNameForbidden(name, character: String(bad))
        case .sheetName(let name, .apostrophe)?: .sheetNameApostrophe(name)
        case .sheetName(let name, .control(let code))?: .sheetNameControl(Diagnostic.printable(name), code: code)
        default: nil
        }
    }

    static func problem(withSheetName name: String) -> XLSXError? {
        if name.isEmpty { return .sheetName(name, .empty) }
        if name.count > sheetNameCharacters { return .sheetName(name, .tooLong) }
        if let bad = name.first(where: { forbiddenInSheetNames.contains($0) }) { return .sheetName(name, .forbidden(bad)) }
        if name.hasPrefix("'") || name.hasSuffix("'") { return .sheetName(name, .apostrophe) }
        if let control = name.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            return .sheetName(name, .control(WorkbookText.code(control)))
        }
        return nil
    }
}

/// The look of a cell, as a value; the workbook makes one C format for each distinct style.
struct CellStyle: Hashable {
    enum Alignment: Hashable { case left, center, right }

    var bold = false
    var numberFormat: String?
    /// RGB.
    var fill: UInt32?
    var fontColor: UInt32?
    var wrap = false
    var bottomBorder = false
    var fontSize: Double?
    var alignment: Alignment?
    var underline = false
    /// Text at the top of a tall cell (rows of wrapped text beside one line).
    var top = false
}

/// What the cells of a range accept (an Excel data validation), the note shown on entering one,
/// and the message shown when a value is refused (`stop`) or questioned (`warning`).
struct CellRule {
    enum Accepts {
        /// One of these values (together at most 255 characters: Excel's limit for a list written inline).
        case list([String])
        /// One of the values in a range: `'목록'!$A$2:$A$251`.
        case listIn(range: String)
        case wholeNumber(atLeast: Int)
        case decimal(atLeast: Double)
        case date(from: Day, to: Day)
        /// A date from the one in `cell` (relative: `B2` for the range's first row) up to `to`.
        case dateFrom(cell: String, to: Day)
        /// Anything: only the note.
        case anything
    }
    enum OnBadValue { case stop, warning }

    var accepts: Accepts
    /// At most 32 characters.
    var title: String
    /// At most 255 characters.
    var note: String
    var onBadValue: OnBadValue = .stop
    /// At most 255 characters.
    var errorMessage: String = ""

    static let titleLimit = 32, messageLimit = 255
}

/// A cell look made once by a workbook (see `XLSXWorkbook.formatID`).
struct FormatID: Hashable {
    fileprivate let index: Int
}

/// Owns one libxlsxwriter workbook. `close()` writes the file; the C library frees the workbook
/// whether that succeeds or not, so the handle is dropped either way.
final class XLSXWorkbook {
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [CellStyle: Int] = [:]
    private var formatPointers: [UnsafeMutablePointer<lxw_format>] = []
    private var sheetNames: Set<String> = []
    let fontName: String
    let fontSize: Double
    /// Text cut to fit Excel's limits, and the like: worth telling the user. Each is
    /// `[SHEET]:CELL: warning: MESSAGE 'VALUE'`, to follow the workbook's path.
    private(set) var warnings: [OutputWarning] = []

    /// - Parameter constantMemory: rows of each sheet must then be written in order, which keeps
    ///   memory flat for long sheets.
    init(path: String, constantMemory: Bool, fontName: String, fontSize: Double) throws {
        self.fontName = fontName
        self.fontSize = fontSize
        var options = lxw_workbook_options(constant_memory: constantMemory ? 1 : 0, tmpdir: nil, use_zip64: 1)
        handle = workbook_new_opt(path, &options)
        guard let handle else { throw XLSXError.cannotCreate(path: path) }
        // The workbook's own font (the Normal style, the first format): readers measure column
        // widths and a new cell's look by it, so it is the report's font, not Calibri.
        if let normal = handle.pointee.formats.pointee.stqh_first {
            format_set_font_name(normal, fontName)
            format_set_font_size(normal, fontSize)
        }
    }

    deinit {
        // Abandoned without close(): free it without writing a file.
        if let handle { lxw_workbook_free(handle) }
    }

    private var workbook: UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { preconditionFailure("workbook used after close()") }
        return handle
    }

    func setProperties(title: String, subject: String, author: String, created: Int) throws {
        try title.withCString { title in
            try subject.withCString { subject in
                try author.withCString { author in
                    var properties = lxw_doc_properties()
                    properties.title = UnsafeMutablePointer(mutating: title)
                    properties.subject = UnsafeMutablePointer(mutating: subject)
                    properties.author = UnsafeMutablePointer(mutating: author)
                    properties.created = time_t(created)
                    let result = workbook_set_properties(workbook, &properties)
                    guard result == LXW_NO_ERROR else { throw XLSXError.library(result, "document properties") }
                }
            }
        }
    }

    func addSheet(named name: String) throws -> XLSXSheet {
        if let problem = ExcelLimits.problem(withSheetName: name) { throw problem }
        guard sheetNames.insert(name.lowercased()).inserted else { throw XLSXError.duplicateSheet(name) }
        guard let sheet = workbook_add_worksheet(workbook, name) else { throw XLSXError.library(LXW_ERROR_MEMORY_MALLOC_FAILED, "adding the sheet", sheet: name) }
        return XLSXSheet(workbook: self, handle: sheet, name: name)
    }

    func addChart(_ kind: XLSXChart.Kind) throws -> XLSXChart {
        let type: lxw_chart_type
        switch kind {
        case .column: type = LXW_CHART_COLUMN
        case .bar: type = LXW_CHART_BAR
        case .stacked: type = LXW_CHART_COLUMN_STACKED
        case .stackedBar: type = LXW_CHART_BAR_STACKED
        case .line: type = LXW_CHART_LINE
        case .doughnut: type = LXW_CHART_DOUGHNUT
        }
        guard let chart = workbook_add_chart(workbook, UInt8(type.rawValue)) else { throw XLSXError.library(LXW_ERROR_MEMORY_MALLOC_FAILED, "adding a chart") }
        return XLSXChart(workbook: self, handle: chart, kind: kind)
    }

    /// Writes the file. Afterwards the workbook cannot be used, whatever the outcome.
    func close() throws {
        errno = 0
        let result = workbook_close(workbook)
        let systemError = errno
        handle = nil
        formats.removeAll()
        formatPointers.removeAll()
        guard result == LXW_NO_ERROR else {
            // The system's reason (a full disk, a read-only folder) says more than the zip library's.
            if systemError != 0 { throw XLSXError.system(String(cString: strerror(systemError))) }
            throw XLSXError.library(result, "writing the workbook")
        }
    }

    /// A number for `style`, to write many cells of one look without hashing it each time.
    func formatID(_ style: CellStyle) throws -> FormatID {
        if let id = formats[style] { return FormatID(index: id) }
        guard let format = workbook_add_format(workbook) else { throw XLSXError.library(LXW_ERROR_MEMORY_MALLOC_FAILED, "adding a cell format") }
        format_set_font_name(format, fontName)
        format_set_font_size(format, style.fontSize ?? fontSize)
        if style.bold { format_set_bold(format) }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        if let fill = style.fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, lxw_color_t(fill))
        }
        if let color = style.fontColor { format_set_font_color(format, lxw_color_t(color)) }
        if style.wrap { format_set_text_wrap(format) }
        if style.bottomBorder { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if style.underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if style.top { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        switch style.alignment {
        case .left?: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center?: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right?: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case nil: break
        }
        formats[style] = formatPointers.count
        formatPointers.append(format)
        return FormatID(index: formatPointers.count - 1)
    }

    fileprivate func format(_ style: CellStyle) throws -> UnsafeMutablePointer<lxw_format> {
        formatPointers[try formatID(style).index]
    }

    fileprivate func format(_ id: FormatID) -> UnsafeMutablePointer<lxw_format> {
        formatPointers[id.index]
    }

    fileprivate func warn(_ warning: OutputWarning) { warnings.append(warning) }
}

/// A worksheet of an `XLSXWorkbook`; valid until the workbook closes.
final class XLSXSheet {
    private unowned let workbook: XLSXWorkbook
    private let handle: UnsafeMutablePointer<lxw_worksheet>
    let name: String
    private var links = 0

    fileprivate init(workbook: XLSXWorkbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.handle = handle
        self.name = name
    }

    private func check(_ row: Int, _ column: Int) throws {
        guard row < ExcelLimits.rows else { throw ReportTooLarge(sheet: name) }
        guard column < ExcelLimits.columns else { throw XLSXError.tooManyColumns(sheet: name) }
    }

    private func check(_ result: lxw_error, _ what: String, _ row: Int, _ column: Int) throws {
        guard result == LXW_NO_ERROR else { throw XLSXError.library(result, what, sheet: name, row: row, column: column) }
    }

    /// Text in `style` (see the `format:` form).
    func writeText(_ text: String, row: Int, column: Int, style: CellStyle = CellStyle()) throws {
        try writeText(text, row: row, column: column, format: try workbook.formatID(style))
    }

    func writeNumber(_ number: Double, row: Int, column: Int, style: CellStyle = CellStyle()) throws {
        try writeNumber(number, row: row, column: column, format: try workbook.formatID(style))
    }

    /// Always a string cell, never a formula, whatever the text starts with, and reading back as
    /// written (see `WorkbookText.cell`); characters XML cannot hold are replaced by U+FFFD, and
    /// text beyond Excel's 32,767 characters is cut, each with a warning.
    func writeText(_ original: String, row: Int, column: Int, format: FormatID) throws {
        try check(row, column)
        let written = WorkbookText.cell(original)
        var text = written.text
        if !written.replaced.isEmpty {
            var codes: [String] = []
            for scalar in written.replaced where !codes.contains(WorkbookText.code(scalar)) { codes.append(WorkbookText.code(scalar)) }
            workbook.warn(OutputWarning(place: "[\(name)]:\(address(row, column))", column: "text", message: .textNotHeld(codes: codes), value: original))
        }
        if text.utf8.count > ExcelLimits.cellCharacters, text.utf16.count > ExcelLimits.cellCharacters {
            let length = text.count
            text = String(decoding: Array(text.utf16.prefix(ExcelLimits.cellCharacters - 1)), as: UTF16.self)
            workbook.warn(OutputWarning(place: "[\(name)]:\(address(row, column))", column: "text",
                                        message: .textCut(length: length, limit: ExcelLimits.cellCharacters), value: text))
        }
        try check(worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), text, workbook.format(format)), "text", row, column)
    }

    /// `B3`.
    private func address(_ row: Int, _ column: Int) -> String {
        var cell = [CChar](repeating: 0, count: 16)
        lxw_rowcol_to_cell(&cell, lxw_row_t(row), lxw_col_t(column))
        return String(decoding: cell.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    func writeNumber(_ number: Double, row: Int, column: Int, format: FormatID) throws {
        try check(row, column)
        try check(worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(column), number, workbook.format(format)), "number", row, column)
    }

    func writeBlank(row: Int, column: Int, style: CellStyle) throws {
        try check(row, column)
        try check(worksheet_write_blank(handle, lxw_row_t(row), lxw_col_t(column), try workbook.format(style)), "blank", row, column)
    }

    /// A web link showing its address; plain text when Excel could not store it as a link (or the
    /// address holds a control character or a space, which a link's XML cannot).
    func writeLink(_ url: String, row: Int, column: Int, style: CellStyle) throws {
        try check(row, column)
        links += 1
        guard links <= ExcelLimits.linksPerSheet, url.utf8.count <= ExcelLimits.urlCharacters, WorkbookText.isLinkable(url),
              worksheet_write_url(handle, lxw_row_t(row), lxw_col_t(column), url, try workbook.format(style)) == LXW_NO_ERROR else {
            try writeText(url, row: row, column: column)
            return
        }
    }

    func setColumn(_ column: Int, width: Double) throws {
        try check(worksheet_set_column(handle, lxw_col_t(column), lxw_col_t(column), width, nil), "column width", 0, column)
    }

    /// Sets a row's height in points; call it before writing the row (constant-memory sheets).
    func setRow(_ row: Int, height: Double) throws {
        try check(row, 0)
        try check(worksheet_set_row(handle, lxw_row_t(row), height, nil), "row height", row, 0)
    }

    /// Gives every cell of `column` a width and a look (dates, `#,##0`) for the rows not yet written.
    func setColumn(_ column: Int, width: Double, style: CellStyle) throws {
        try check(worksheet_set_column(handle, lxw_col_t(column), lxw_col_t(column), width, try workbook.format(style)),
                  "column format", 0, column)
    }

    /// Applies `rule` to the cells of `column` in `rows`.
    func addRule(_ rule: CellRule, column: Int, rows: ClosedRange<Int>) throws {
        try check(rows.upperBound, column)
        for (text, limit) in [(rule.title, CellRule.titleLimit), (rule.note, CellRule.messageLimit), (rule.errorMessage, CellRule.messageLimit)]
        where text.count > limit {
            throw XLSXError.textTooLong(sheet: name, text: text, limit: limit)
        }
        var validation = lxw_data_validation()
        validation.show_input = UInt8(LXW_VALIDATION_ON.rawValue)
        validation.show_error = UInt8(LXW_VALIDATION_ON.rawValue)
        validation.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
        validation.error_type = UInt8((rule.onBadValue == .stop ? LXW_VALIDATION_ERROR_TYPE_STOP : LXW_VALIDATION_ERROR_TYPE_WARNING).rawValue)
        func datetime(_ day: Day) -> lxw_datetime { lxw_datetime(year: Int32(day.year), month: Int32(day.month), day: Int32(day.day), hour: 0, min: 0, sec: 0) }
        // C strings live until the call returns.
        var strings: [UnsafeMutablePointer<CChar>] = []
        defer { strings.forEach { free($0) } }
        func c(_ text: String) throws -> UnsafeMutablePointer<CChar> {
            guard let pointer = strdup(text) else { throw XLSXError.library(LXW_ERROR_MEMORY_MALLOC_FAILED, "data validation", sheet: name) }
            strings.append(pointer)
            return pointer
        }
        var list: [UnsafeMutablePointer<CChar>?] = []
        switch rule.accepts {
        case .list(let values):
            guard values.joined(separator: ",").count <= CellRule.messageLimit, !values.contains(where: { $0.contains(",") }) else {
                throw XLSXError.inlineList(sheet: name)
            }
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            list = try values.map { try c($0) } + [nil]
        case .listIn(let range):
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            validation.value_formula = try c("=" + range)
        case .wholeNumber(let minimum):
            validation.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
            validation.value_number = Double(minimum)
        case .decimal(let minimum):
            validation.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
            validation.value_number = minimum
        case .date(let first, let last):
            validation.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            validation.minimum_datetime = datetime(first)
            validation.maximum_datetime = datetime(last)
        case .dateFrom(let cell, let last):
            validation.validate = UInt8(LXW_VALIDATION_TYPE_DATE_FORMULA.rawValue)
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            validation.minimum_formula = try c("=" + cell)
            validation.maximum_formula = try c("=DATE(\(last.year),\(last.month),\(last.day))")
        case .anything:
            validation.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
        }
        validation.input_title = try c(rule.title)
        validation.input_message = try c(rule.note)
        validation.error_title = try c(rule.title)
        if !rule.errorMessage.isEmpty { validation.error_message = try c(rule.errorMessage) }
        let result = list.withUnsafeMutableBufferPointer { values -> lxw_error in
            if !values.isEmpty { validation.value_list = values.baseAddress }
            return worksheet_data_validation_range(handle, lxw_row_t(rows.lowerBound), lxw_col_t(column),
                                                   lxw_row_t(rows.upperBound), lxw_col_t(column), &validation)
        }
        try check(result, "data validation", rows.lowerBound, column)
    }

    /// Hides the sheet (its tab too); it still holds the lists other sheets refer to.
    func hide() { worksheet_hide(handle) }

    func freezePanes(row: Int, column: Int) {
        worksheet_freeze_panes(handle, lxw_row_t(row), lxw_col_t(column))
    }

    func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
        try check(worksheet_autofilter(handle, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                                       lxw_row_t(lastRow), lxw_col_t(lastColumn)), "autofilter", firstRow, firstColumn)
    }

    /// Landscape, one page wide (unless not `fitToWidth`), `headerRows` repeated on every page, page
    /// numbers in the footer (the activity-log form).
    func setUpPrinting(repeatRows headerRows: ClosedRange<Int>?, fitToWidth: Bool = true) throws {
        worksheet_set_landscape(handle)
        worksheet_set_paper(handle, 9)     // A4
        if fitToWidth { worksheet_fit_to_pages(handle, 1, 0) }
        if let headerRows {
            try check(worksheet_repeat_rows(handle, lxw_row_t(headerRows.lowerBound), lxw_row_t(headerRows.upperBound)),
                      "repeated rows", headerRows.lowerBound, 0)
        }
        try check(worksheet_set_footer(handle, "&C&P / &N"), "footer", 0, 0)
    }

    /// A4 landscape at `PrintPage`'s margins and `scale` percent (never fit-to-page, which would drop the
    /// manual page breaks), `headerRows` repeated on every page, and a footer: `footer.left` and
    /// the sheet's name, `page N / M`, `footer.right`.
    func setUpPrinting(scale: Int, repeatRows headerRows: ClosedRange<Int>?, footer: (left: String, right: String)) throws {
        worksheet_set_landscape(handle)
        worksheet_set_paper(handle, 9)     // A4
        let page = PrintPage.self
        worksheet_set_margins(handle, page.sideMargin, page.sideMargin, page.topMargin, page.bottomMargin)
        worksheet_set_print_scale(handle, UInt16(scale))
        if let headerRows {
            try check(worksheet_repeat_rows(handle, lxw_row_t(headerRows.lowerBound), lxw_row_t(headerRows.upperBound)),
                      "repeated rows", headerRows.lowerBound, 0)
        }
        // `&` starts a code in a footer; a literal one is doubled.
        func literal(_ text: String) -> String { text.replacingOccurrences(of: "&", with: "&&") }
        var options = lxw_header_footer_options(margin: page.footerMargin, image_left: nil, image_center: nil, image_right: nil)
        try check(worksheet_set_footer_opt(handle, "&L\(literal(footer.left)) · &A&C&P / &N&R\(literal(footer.right))", &options),
                  "footer", 0, 0)
    }

    /// Every row `height` points tall unless set otherwise (readers would size them from the font).
    func setDefaultRowHeight(_ height: Double) { worksheet_set_default_row(handle, height, 0) }

    /// Prints only `rows` × `columns`; an empty cell's range prints nothing.
    func setPrintArea(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws {
        try check(worksheet_print_area(handle, lxw_row_t(rows.lowerBound), lxw_col_t(columns.lowerBound),
                                       lxw_row_t(rows.upperBound), lxw_col_t(columns.upperBound)), "print area", rows.lowerBound, columns.lowerBound)
    }

    /// A row folded into its outline group (hidden, so not printed; the `+` beside the summary row
    /// below it shows it), or the summary row of a folded group (`collapsed`).
    func setRow(_ row: Int, height: Double?, folded: Bool, collapsed: Bool = false) throws {
        try check(row, 0)
        var options = lxw_row_col_options(hidden: folded ? 1 : 0, level: folded ? 1 : 0, collapsed: collapsed ? 1 : 0)
        try check(worksheet_set_row_opt(handle, lxw_row_t(row), height ?? LXW_DEF_ROW_HEIGHT, nil, &options), "row", row, 0)
    }

    /// Shades a range from white (lowest) to `strongest` (highest), so the strong cells stand out.
    func colourScale(rows: ClosedRange<Int>, columns: ClosedRange<Int>, strongest: UInt32) throws {
        var format = lxw_conditional_format()
        format.type = UInt8(LXW_CONDITIONAL_2_COLOR_SCALE.rawValue)
        format.min_color = 0xFFFFFF
        format.max_color = lxw_color_t(strongest)
        try check(worksheet_conditional_format_range(handle, lxw_row_t(rows.lowerBound), lxw_col_t(columns.lowerBound),
                                                      lxw_row_t(rows.upperBound), lxw_col_t(columns.upperBound), &format),
                  "colour scale", rows.lowerBound, columns.lowerBound)
    }

    /// Starts a new printed page before each of `rows`.
    func setPageBreaks(before rows: [Int]) throws {
        guard !rows.isEmpty else { return }
        var breaks = rows.map { lxw_row_t($0) } + [0]
        try check(worksheet_set_h_pagebreaks(handle, &breaks), "page breaks", rows[0], 0)
    }

    /// Places `chart` at a cell, `width` × `height` points.
    func insert(_ chart: XLSXChart, row: Int, column: Int, width: Double, height: Double) throws {
        var options = lxw_chart_options()
        // libxlsxwriter's chart is 480 × 288 pixels (96 a inch) before scaling.
        options.x_scale = width * 4 / 3 / 480
        options.y_scale = height * 4 / 3 / 288
        // A few pixels below its row's top: at a page break, its frame would print on the page before.
        options.y_offset = 4
        try check(worksheet_insert_chart_opt(handle, lxw_row_t(row), lxw_col_t(column), chart.handle, &options), "chart", row, column)
    }

    func activate() { worksheet_activate(handle) }
}

/// A chart of an `XLSXWorkbook`, drawn from ranges of a sheet.
final class XLSXChart {
    private unowned let workbook: XLSXWorkbook
    fileprivate let handle: UnsafeMutablePointer<lxw_chart>
    /// A template's kinds, and stacked horizontal bars (a stacked chart of many categories).
    enum Kind: Equatable { case column, bar, stacked, stackedBar, line, doughnut }

    let kind: Kind
    /// Horizontal bars: categories down the side.
    private var isHorizontal: Bool { kind == .bar || kind == .stackedBar }

    fileprivate init(workbook: XLSXWorkbook, handle: UnsafeMutablePointer<lxw_chart>, kind: Kind) {
        self.workbook = workbook
        self.handle = handle
        self.kind = kind
    }

    /// A series: names from `nameCell`, categories and values from two column ranges of `sheet`.
    func addSeries(sheet: String, nameCell: (row: Int, column: Int), categories: (column: Int, rows: ClosedRange<Int>),
                   values: (column: Int, rows: ClosedRange<Int>)) throws {
        guard let series = chart_add_series(handle, nil, nil) else { throw XLSXError.library(LXW_ERROR_MEMORY_MALLOC_FAILED, "adding a chart series") }
        chart_series_set_name_range(series, sheet, lxw_row_t(nameCell.row), lxw_col_t(nameCell.column))
        chart_series_set_categories(series, sheet, lxw_row_t(categories.rows.lowerBound), lxw_col_t(categories.column),
                                    lxw_row_t(categories.rows.upperBound), lxw_col_t(categories.column))
        chart_series_set_values(series, sheet, lxw_row_t(values.rows.lowerBound), lxw_col_t(values.column),
                                lxw_row_t(values.rows.upperBound), lxw_col_t(values.column))
        if kind == .doughnut {
            chart_series_set_labels(series)
            chart_series_set_labels_options(series, 0, 0, 1)   // percentages only
        }
    }

    func setTitle(_ title: String) {
        Self.setText(title, of: &handle.pointee.title) { chart_title_set_name(handle, $0) }
        var font = lxw_chart_font()
        fontName.withCString { name in
            font.name = UnsafeMutablePointer(mutating: name)
            font.size = 12
            font.bold = 1
            chart_title_set_name_font(handle, &font)
        }
    }

    /// Names the category axis (`x`) and the value axis (`y`), whichever way the chart turns them,
    /// and formats the values' scale.
    func setAxes(x: String?, y: String?, valueFormat: String) {
        guard kind != .doughnut else { return }
        // libxlsxwriter's bar chart keeps its categories on y_axis (drawn vertically).
        let categories = isHorizontal ? handle.pointee.y_axis : handle.pointee.x_axis
        let values = isHorizontal ? handle.pointee.x_axis : handle.pointee.y_axis
        // Horizontal bars' names say what they are: no name down the side.
        if let x, !isHorizontal, let categories { Self.setText(x, of: &categories.pointee.title) { chart_axis_set_name(categories, $0) } }
        if let y, let values { Self.setText(y, of: &values.pointee.title) { chart_axis_set_name(values, $0) } }
        chart_axis_set_num_format(values, valueFormat)
        // Bars read top-down in table order, with the values' scale kept at the bottom.
        if isHorizontal {
            chart_axis_set_reverse(categories)
            chart_axis_set_crossing_max(categories)
        }
        // Category names are written level, never turned into the plot.
        if kind != .line {
            var font = lxw_chart_font()
            fontName.withCString { name in
                font.name = UnsafeMutablePointer(mutating: name)
                font.size = 9
                font.rotation = 360     // an explicit 0°
                chart_axis_set_num_font(categories, &font)
            }
        }
    }

    func setLegend(shown: Bool) {
        if shown {
            chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        } else {
            chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
        }
    }

    private var fontName: String { workbook.fontName }

    /// A title's text, always as text: libxlsxwriter takes a name that starts with `=` for a
    /// formula (`<c:f>`), so such a name is stored as the library stores any other (a copy it frees).
    private static func setText(_ text: String, of title: inout lxw_chart_title, else set: (String) -> Void) {
        guard text.hasPrefix("=") else { return set(text) }
        free(title.name)
        title.name = strdup(text)
    }
}
