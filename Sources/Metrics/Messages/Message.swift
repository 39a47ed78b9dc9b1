/// Every message the toolkit shows its users, in Korean and English, the values it carries as
/// parameters: the findings about a log (`Diagnostic`), the refusals of an option, the summaries,
/// the progress line. A front end renders a message in the language of its user, at the time it
/// shows it (`text(_:)`); the library never decides the language.
///
/// Korean follows the log's own Korean headers (일자, 종료일, 기관, 유형, 상대국, 분야, 번호) and the
/// words of Korean Excel (통합 문서, 시트, 셀, 행, 열), in the plain 합니다 style of an office notice.
public enum Message: Sendable, Equatable, CustomStringConvertible {
    // MARK: A file as a whole
    /// The file starts with a UTF-16 byte order mark.
    case utf16File
    /// The first line holds a NUL byte.
    case notTextFile
    /// A field holds a NUL byte.
    case nulByte
    /// The first `rows` rows all have errors; reading stopped.
    case noValidRows(Int)
    /// A byte order mark at the start of a row: files joined.
    case byteOrderMarkInside
    /// The header again in the middle of the file: files joined.
    case headerRepeated
    /// A record over 1 MB or with more than `maximumFields` fields.
    case lineTooLong(maximumFields: Int)
    /// A quoted field over 1 MB.
    case quoteTooLong
    /// A quote open at the end of the file.
    case quoteNeverClosed
    case emptyFile
    case headerWithoutRows
    /// The system's reason (`No such file or directory`), as the system gives it.
    case cannotRead(reason: String)
    /// `count` errors or warnings of a file not shown (past `DiagnosticLog.limitPerFile`).
    case moreNotShown(Int, Diagnostic.Severity)

    // MARK: The header
    /// The column is named twice; the first is field `field`.
    case columnTwice(field: Int)
    /// A required column is missing; `accepted` are names it may have.
    case requiredColumnMissing(accepted: [String])

    // MARK: Text encodings
    /// Read in `read`; its bytes also read in the other encoding as `other`.
    case ambiguousEncoding(read: TextEncoding, other: String)
    /// Text in `found` in a file otherwise in `file`.
    case mixedEncoding(found: TextEncoding, file: TextEncoding)
    /// Text that is valid in no encoding the reader knows.
    case invalidText(TextEncoding)

    // MARK: Values
    case requiredEmpty
    /// The id was used at `place` (`log.csv:2`).
    case idUsed(at: String)
    /// An automatic id: the row repeats the one at `place`.
    case sameRow(as: String)
    case endsBeforeDate(Day)
    case notADate
    case noSuchDay
    case yearOutOfRange(ClosedRange<Int>)
    /// A former name: the note and the office it is counted as.
    case formerOfficeName(OfficeNote, countedAs: String)
    /// A name several offices share: their names.
    case ambiguousOffice([String])
    /// An office divided on `since` into `parts`.
    case dividedOffice(String, since: Day, into: [String])
    /// A name of an office that did not exist yet.
    case officeNotYet(OfficeNote)
    case unknownOffice(suggestion: String?)
    case unknownKind(suggestion: String?, codes: [String])
    /// `suggestion`: the Korean name and ISO code of a likely country.
    case unknownCountry(suggestion: (korean: String, code: String)?)
    case unknownSector(suggestion: String?)
    case beyondHeader
    /// An amount that takes the log's total of its column over `limit` dollars.
    case totalTooLarge(limit: Int64)
    case notANumber(dollars: Bool)
    case negative
    case notWhole
    case tooManyDecimals
    case tooLarge(limit: Int64, dollars: Bool)
    /// The same activity as the row at `place`, of `offices`.
    case sameActivity(as: String, offices: [String])

    // MARK: Workbooks
    case workbookWithPassword
    case oldWorkbook
    case notZip
    /// A zip archive without the workbook's `part`.
    case zipNotWorkbook(part: String)
    case zipTooManyFiles(Int)
    case zipUnreadable
    case damagedWorkbook(WorkbookPart, WorkbookDamage)
    case workbookWithoutSheets
    case noSuchSheet(String, sheets: [String])
    case emptySheet
    case rowTooLarge
    case tooManySharedStrings(Int)
    case sharedStringsTooLarge(megabytes: Int)

    // MARK: A report's own checks
    case agreementWithoutPartner
    /// Two spellings that may be one partner of `office`.
    case maybeSamePartner(office: String, other: String, country: String)

    // MARK: Templates
    /// A mistake in a report template.
    case template(TemplateMessage)

    // MARK: Options (command line and web form)
    case ambiguousOfficeOption(String, candidates: [String])
    /// A name of another time (`영종구` in 2025): why.
    indirect case officeOption(String, Message)
    case unknownOfficeOption(String, suggestion: String?)
    case unknownCountryOption(String, suggestion: (korean: String, code: String)?)
    case unknownSectorOption(String)
    case unknownKindOption(String)
    /// `--office ""`: the option and an example.
    case emptyOption(String, example: String)
    case tooManyDimensions
    case unknownDimension(String, known: [String])
    case unknownComparison(String, known: [String])
    case unknownBoundaries(String)
    case unknownLanguage(String)
    case badPeriod(String)
    case periodYearOutOfRange(String, ClosedRange<Int>)
    case periodReversed(String)
    case notAProvince(String)
    case nothingToCompare(period: String)
    case noLogFile
    case noFormOutput
    case emptyOfficeOption
    case eitherOfficesOrAllProvinces
    case dormantAfterRange
    case asOfNotADate(String)
    case emptyOutputOption(String)
    case portRange
    case maxUploadRange
    case jobsRange
    case noBuiltInTemplate(String, builtIn: [String])
    case templateCopyExists(String)
    /// No template by that name or path.
    case noTemplate(String, builtIn: [String])
    // The web form's fields
    case noLogField
    case unknownEncodingField(String)
    case noPeriodField
    case unknownTemplateField(String, builtIn: [String])
    case unknownCompareByField(String)
    case unknownCSVEncodingField(String)
    case asOfFieldNotADate(String)
    case dormantAfterFieldRange
    case unknownReportField(String)
    // The server
    case crossSiteRefused
    case tokenNeeded
    case noSuchDownload
    case hostNeedsToken(String)
    case servingOn(String)
    case notMultipart
    case malformedMultipart
    case uploadTooLarge(megabytes: Int)
    case fieldTooLong
    case cannotStoreUpload

    // MARK: The log refused, the run stopped
    /// Errors in the log: nothing made.
    case logHasErrors(Int)
    case deviceNotFile
    case pipeTooLarge
    case cannotCopyPipe(reason: String)
    case seeHelp
    /// The output exists: `--force` replaces it.
    case giveForce
    case cannotWriteStandardOutput(reason: String)

    // MARK: Hints (each front end words its own)
    case dedupeHint
    case encodingHint(String)
    case dedupeCheckboxHint
    case encodingChoiceHint(String)

    // MARK: validate's summary
    /// One file: its name (with its sheet), rows read, rows with errors, encoding, columns ignored.
    case fileSummary(String, rows: Int, rejected: Int, encoding: TextEncoding?, extraColumns: [String])
    case logSummary(files: Int, rows: Int, first: Day?, last: Day?)
    case officesSummary([(name: String, rows: Int)])
    /// Each kind by its code and its Korean name (what a Korean summary shows), with its rows.
    case kindsSummary([(code: String, korean: String, rows: Int)])
    case resultSummary(errors: Int, warnings: Int)

    // MARK: Reports made
    case wroteCSVFiles(String, count: Int)
    case wroteQuarterly(String, sheets: Int, activities: Int, period: String, office: String?)
    case wroteComparison(String, sheets: Int, compared: Int, provinces: Bool, activities: Int, period: String)
    case wroteBriefing(String, count: Int, encoding: String, files: [String])
    case wroteForm(String, movedRows: Int, office: String?)
    case wroteTemplateCopy(String, name: String)
    case templateHasError(String)
    // Outputs refused or failed: the target first
    case outputFolderMissing(String, folder: String)
    case outputNotAFolder(String)
    case outputNotAFile(String)
    case outputFolderHoldsInput(String, input: String)
    case outputIsInput(String, input: String)
    case outputExists(String)
    case outputsOverlap(file: String, folder: String)
    case cannotPlaceFile(String, reason: String)
    case cannotWriteOutput(String, reason: String, existed: Bool)
    case cannotMoveOldFolder(String, reason: String)
    case cannotPlaceFolder(String, reason: String)
    case outputMadeMeanwhile(String)
    case reportTooLarge(sheet: String, rows: Int)
    // Warnings about a report as written
    case textNotHeld(codes: [String])
    case textCut(length: Int, limit: Int)
    case cp949Lacks([String], writtenAs: String)
    case moreCP949NotShown(Int)
    case csvFileTwiceInReport(String)
    case noCP949Converter
    case cannotWriteCP949(reason: String)
    // Writing a workbook
    case workbookTooManyColumns(sheet: String)
    case workbookTextTooLong(sheet: String, text: String, limit: Int)
    case workbookInlineList(sheet: String)
    case workbookCannotCreate(String)
    /// The system's reason, as the system gives it.
    case systemFailure(String)
    /// What was being written (`column width`, in the words of the program), where, and why it failed.
    case workbookLibrary(what: String, sheet: String?, cell: (row: Int, column: Int)?, WorkbookWriteFailure)
    /// An output that cannot be written, for a reason of the catalogue.
    indirect case cannotWriteOutputBecause(String, Message, existed: Bool)
    case encodingOptionMoved(String)
    case encodingOptionNowLogs
    case tiesSummary(ties: Int, dormant: Int, months: Int, asOf: Day?)

    // MARK: Progress
    case checking
    case readingLog
    case buildingReport
    case writing(String)
    case secondsLeft(Int)
    case rowsPerSecond(String)

    public var description: String { text(.en) }

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        let texts = self.texts
        return language == .ko ? texts.ko : texts.en
    }

    /// Both texts; a new case must give both (the switch is exhaustive).
    var texts: (ko: String, en: String) {
        switch self {
        case .utf16File:
            ("UTF-16 텍스트입니다. \"CSV UTF-8\" 또는 \"CSV (쉼표로 분리)\" 형식으로 저장하십시오",
             "is UTF-16 text; save it as \"CSV UTF-8\" or \"CSV (쉼표로 분리)\"")
        case .notTextFile:
            ("텍스트 파일이 아닙니다(NUL 바이트가 있습니다). 활동 기록은 CSV 파일입니다",
             "is not a text file (it holds NUL bytes); an activity log is a CSV file")
        case .nulByte:
            ("NUL 바이트가 들어 있습니다. 텍스트 파일이 맞는지 확인하십시오", "contains a NUL byte; is this a text file?")
        case .noValidRows(let rows):
            ("처음 \(grouped(rows))개 행 중 올바른 행이 없어 파일의 나머지는 읽지 않았습니다(위의 오류를 고치거나 활동 기록 파일이 맞는지 확인하십시오)",
             "none of the first \(grouped(rows)) rows is valid; the rest of the file was not read (fix the errors above, or check that this is an activity log)")
        case .byteOrderMarkInside:
            ("파일 중간에 BOM(바이트 순서 표시)이 있습니다. 다른 파일이 이어 붙은 것으로 보이니 파일을 따로 지정하십시오",
             "a byte order mark in the middle of the file: another file seems joined here; give the files separately")
        case .headerRepeated:
            ("첫 행(열 이름)이 여기에 다시 나옵니다. 다른 파일이 이어 붙은 것으로 보이니 파일을 따로 지정하십시오",
             "the header is repeated here: another file seems joined here; give the files separately")
        case .lineTooLong(let fields):
            ("한 줄이 1MB를 넘거나 칸이 \(grouped(fields))개를 넘습니다. 활동 기록 파일이 맞는지 확인하십시오. 파일의 나머지는 읽지 않았습니다",
             "the line is longer than 1 MB (or has more than \(fields) fields); is this an activity log? The rest of the file was not read")
        case .quoteTooLong:
            ("따옴표가 1MB 안에서 닫히지 않았습니다. 파일의 나머지는 읽지 않았습니다",
             "this quote is not closed within 1 MB; the rest of the file was not read")
        case .quoteNeverClosed:
            ("따옴표가 닫히지 않아 파일의 나머지를 값 하나로 읽었습니다",
             "this quote is never closed; the rest of the file was read as one value")
        case .emptyFile:
            ("빈 파일입니다. 첫 행에 열 이름을 적어야 합니다", "the file is empty; the first line must name the columns")
        case .headerWithoutRows:
            ("첫 행(열 이름)만 있고 활동이 없습니다. 그 아래에 활동을 적거나 이 파일을 빼십시오",
             "the file has a header but no rows; add the activities below it, or leave the file out")
        case .cannotRead(let reason):
            ("읽을 수 없습니다: \(reason)", "cannot be read: \(reason)")
        case .moreNotShown(let count, .error):
            ("오류 \(grouped(count))건은 더 표시하지 않았습니다", "\(count) more errors not shown")
        case .moreNotShown(let count, .warning):
            ("경고 \(grouped(count))건은 더 표시하지 않았습니다", "\(count) more warnings not shown")

        case .columnTwice(let field):
            ("같은 열이 두 번 있습니다(\(field)번째 열에도 있음)", "the column appears twice (also field \(field))")
        case .requiredColumnMissing(let accepted):
            ("필수 열이 없습니다. 첫 행에 열 이름을 적으십시오(\(accepted.joined(separator: ", ")))",
             "required column is missing; name it in the first line (\(accepted.joined(separator: ", ")))")

        case .ambiguousEncoding(let read, let other):
            read == .cp949
                ? ("CP949(한글) 텍스트로 읽었습니다. UTF-8로 읽으면 '\(Diagnostic.printable(other))'입니다",
                   "read as CP949 text, as Korean; its bytes also read as UTF-8 '\(Diagnostic.printable(other))'")
                : ("UTF-8 텍스트로 읽었습니다. CP949로 읽으면 '\(Diagnostic.printable(other))'입니다",
                   "read as UTF-8 text; its bytes also read as CP949 '\(Diagnostic.printable(other))'")
        case .mixedEncoding(let found, let file):
            ("\(file.label) 파일 안에 \(found.label) 텍스트가 있습니다. 파일 전체를 한 가지 인코딩으로 저장하십시오",
             "is \(found.label) text in a \(file.label) file; save the whole file in one encoding")
        case .invalidText(let encoding):
            ("올바른 \(encoding.label) 텍스트가 아닙니다. 파일 전체를 한 가지 인코딩으로 저장하십시오",
             "is not valid \(encoding.label) text; save the whole file in one encoding")

        case .requiredEmpty:
            ("필수 항목인데 비어 있습니다", "is required and empty")
        case .idUsed(let place):
            ("이미 \(place)에서 쓴 번호입니다", "already used at \(place)")
        case .sameRow(let place):
            ("이 행은 모든 칸이 \(place) 행과 같습니다. 하나를 지우거나 각 행에 번호를 따로 적으십시오",
             "this row is the same as \(place) in every cell; delete one, or give each an id of its own")
        case .endsBeforeDate(let day):
            ("종료일이 일자(\(day))보다 앞섭니다", "ends before the date \(day)")
        case .notADate:
            ("날짜가 아닙니다(2024-01-08, 2024.01.08 또는 2024. 1. 8. 형식으로 적으십시오)",
             "not a date (write 2024-01-08, 2024.01.08 or 2024. 1. 8.)")
        case .noSuchDay:
            ("달력에 없는 날짜입니다", "no such day in the calendar")
        case .yearOutOfRange(let years):
            ("연도가 범위를 벗어났습니다(\(years.lowerBound)년~\(years.upperBound)년)",
             "the year is out of range (from \(years.lowerBound) to \(years.upperBound))")
        case .formerOfficeName(let note, let office):
            ("\(note.text(.ko)). \(Particle.by.after(office)) 집계합니다", "\(note.text(.en)); counted as \(office)")
        case .ambiguousOffice(let names):
            ("여러 기관에 같은 이름이 있습니다(\(names.joined(separator: ", "))). 앞에 시·도를 함께 적으십시오",
             "names more than one office (\(names.joined(separator: ", "))); write the province before it")
        case .dividedOffice(let office, let since, let parts):
            ("\(Particle.topic.after(office)) \(since)에 \(Particle.by.after(parts.joined(separator: ", "))) 나뉘었습니다. 해당하는 기관을 적으십시오",
             "\(office) was divided on \(since) into \(parts.joined(separator: " and ")); write the one meant")
        case .officeNotYet(let note):
            (note.text(.ko), note.text(.en))
        case .unknownOffice(let suggestion):
            suggestion.map { ("알 수 없는 기관입니다(혹시 \($0)입니까?)", "unknown office (did you mean \($0)?)") }
                ?? ("알 수 없는 기관입니다(시·도 또는 시·군·구를 적으십시오. 예: 전북특별자치도, 전주시)",
                    "unknown office (write a province or a 시·군·구, e.g. 전북특별자치도 or 전주시)")
        case .unknownKind(let suggestion, let codes):
            suggestion.map { ("알 수 없는 유형입니다(혹시 \($0)입니까?)", "unknown kind (did you mean \($0)?)") }
                ?? ("알 수 없는 유형입니다(다음 중 하나를 적으십시오: \(codes.joined(separator: ", ")))",
                    "unknown kind (use one of \(codes.joined(separator: ", ")))")
        case .unknownCountry(let suggestion):
            suggestion.map { ("알 수 없는 상대국입니다(혹시 \($0.korean) \($0.code)입니까?)", "unknown country (did you mean \($0.korean) \($0.code)?)") }
                ?? ("알 수 없는 상대국입니다(US 같은 ISO 3166-1 코드나 미국 같은 국가명을 적으십시오)",
                    "unknown country (write an ISO 3166-1 code such as US, or a name such as 미국)")
        case .unknownSector(let suggestion):
            suggestion.map { ("알 수 없는 분야입니다(혹시 \($0)입니까?)", "unknown sector (did you mean \($0)?)") }
                ?? ("알 수 없는 분야입니다(bio, mobility, agrifood 같은 코드를 ;로 구분해 적으십시오)",
                    "unknown sector (use codes such as bio, mobility, agrifood, separated by ;)")
        case .beyondHeader:
            ("첫 행의 마지막 열보다 뒤에 있는 값이라 무시합니다", "this field is beyond the header's last column and is ignored")
        case .totalTooLarge(let limit):
            ("이 금액까지 더하면 기록 전체의 합계가 \(grouped(limit))달러를 넘어 보고서에서 합산할 수 없습니다",
             "brings the log's total over \(grouped(limit)) dollars, more than a report can add up")
        case .notANumber(let dollars):
            dollars ? ("숫자가 아닙니다(미국 달러 금액을 숫자로 적으십시오. 예: 1,200,000)", "not a number (write digits in US dollars, e.g. 1,200,000)")
                : ("숫자가 아닙니다(숫자로 적으십시오. 예: 12)", "not a number (write digits, e.g. 12)")
        case .negative:
            ("음수는 적을 수 없습니다", "must not be negative")
        case .notWhole:
            ("정수로 적어야 합니다", "must be a whole number")
        case .tooManyDecimals:
            ("소수점 아래가 두 자리를 넘습니다", "has more than two decimals")
        case .tooLarge(let limit, let dollars):
            dollars ? ("너무 큽니다(최대 \(grouped(limit))달러)", "is too large (at most \(grouped(limit)) dollars)")
                : ("너무 큽니다(최대 \(grouped(limit)))", "is too large (at most \(grouped(limit)))")
        case .sameActivity(let place, let offices):
            ("\(place) 행과 같은 활동입니다(\(offices.joined(separator: ", "))). 두 행 모두 집계합니다",
             "the same activity as \(place) (\(offices.joined(separator: " and "))); both rows count")

        case .workbookWithPassword:
            ("암호가 걸려 있습니다. 암호 없이 다시 저장하거나(파일 › 정보 › 통합 문서 보호) \"CSV UTF-8\" 형식으로 저장하십시오",
             "has a password; save it again without one (File › Info › Protect Workbook), or as \"CSV UTF-8\"")
        case .oldWorkbook:
            ("Excel 97–2003 통합 문서(.xls)이거나 암호가 걸린 통합 문서입니다. 암호 없이 \"Excel 통합 문서(.xlsx)\" 또는 \"CSV UTF-8\" 형식으로 저장하십시오",
             "is an Excel 97–2003 workbook (.xls) or one with a password; save it as \"Excel Workbook (.xlsx)\" without a password, or as \"CSV UTF-8\"")
        case .notZip:
            ("Excel 통합 문서가 아닙니다. .xlsx 파일은 zip 압축 파일인데 이 파일은 그렇지 않습니다. CSV 파일이면 확장자를 .csv로 바꾸십시오",
             "is not an Excel workbook: an .xlsx file is a zip archive and this one is not; if it is a CSV file, name it .csv")
        case .zipNotWorkbook(let part):
            ("zip 압축 파일이지만 Excel 통합 문서가 아닙니다(\(part) 없음). 기록을 \"Excel 통합 문서(.xlsx)\" 또는 \"CSV UTF-8\" 형식으로 저장하십시오",
             "is a zip archive but not an Excel workbook (it has no \(part)); save the log as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\"")
        case .zipTooManyFiles(let count):
            ("파일이 \(grouped(count))개가 넘는 zip 압축 파일로, 활동 기록 통합 문서가 아닙니다. 기록을 \"Excel 통합 문서(.xlsx)\" 또는 \"CSV UTF-8\" 형식으로 저장하십시오",
             "is a zip archive of more than \(grouped(count)) files, not a workbook of a log; save the log as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\"")
        case .zipUnreadable:
            ("올바른 .xlsx 통합 문서가 아닙니다. zip 압축을 읽을 수 없습니다. Excel에서 열어 다시 저장하십시오",
             "is not a valid .xlsx workbook: its zip archive cannot be read; open it in Excel and save it again")
        case .damagedWorkbook(let part, let damage):
            ("올바른 .xlsx 통합 문서가 아닙니다. \(part.text(.ko)): \(damage.text(.ko)). Excel에서 열어 다시 저장하십시오",
             "is not a valid .xlsx workbook: \(part.text(.en)) \(damage.text(.en)); open it in Excel and save it again")
        case .workbookWithoutSheets:
            ("시트가 없는 통합 문서입니다", "is a workbook without sheets")
        case .noSuchSheet(let name, let sheets):
            ("통합 문서에 '\(name)' 시트가 없습니다. 있는 시트: \(sheets.joined(separator: ", "))",
             "the workbook has no sheet named '\(name)'; its sheets are \(sheets.joined(separator: ", "))")
        case .emptySheet:
            ("빈 시트입니다. 첫 행에 열 이름을 적어야 합니다", "the sheet is empty; its first row must name the columns")
        case .rowTooLarge:
            ("한 행의 텍스트가 1MB를 넘습니다. 활동 기록이 맞는지 확인하십시오. 시트의 나머지는 읽지 않았습니다",
             "the row holds more than 1 MB of text; is this an activity log? The rest of the sheet was not read")
        case .tooManySharedStrings(let count):
            ("텍스트(공유 문자열)가 \(grouped(count))개를 넘어 활동 기록으로 보기에 너무 많습니다. 기록을 \"CSV UTF-8\" 형식으로 저장하거나 올바른 파일인지 확인하십시오",
             "holds more than \(grouped(count)) texts (shared strings), more than an activity log can; save the log as \"CSV UTF-8\", or check that this is the right file")
        case .sharedStringsTooLarge(let megabytes):
            ("텍스트(공유 문자열)가 \(megabytes)MB를 넘어 활동 기록으로 보기에 너무 많습니다. 기록을 \"CSV UTF-8\" 형식으로 저장하거나 올바른 파일인지 확인하십시오",
             "holds more than \(megabytes) MB of text (shared strings), more than an activity log can; save the log as \"CSV UTF-8\", or check that this is the right file")

        case .agreementWithoutPartner:
            ("상대 도시나 상대기관이 없는 협약은 교류로 집계하지 않습니다. 상대를 적으십시오",
             "an agreement without a partner city or organisation makes no tie; write the partner")
        case .maybeSamePartner(let office, let other, let country):
            ("\(office)의 '\(other)'(\(country))와 같은 상대일 수 있습니다. 따로 집계했으니 같은 상대라면 똑같이 적으십시오",
             "may be the same partner of \(office) as '\(other)' (\(country)); they are listed apart: write them alike if they are one")

        case .template(let problem):
            (problem.text(.ko), problem.text(.en))

        case .ambiguousOfficeOption(let name, let candidates):
            ("'\(name)'은(는) 여러 기관의 이름입니다(\(candidates.joined(separator: ", "))). 앞에 시·도를 함께 적으십시오.",
             "'\(name)' names more than one office (\(candidates.joined(separator: ", "))); write the province before it.")
        case .officeOption(let name, let problem):
            ("'\(name)': \(problem.text(.ko)).", "'\(name)': \(problem.text(.en)).")
        case .unknownOfficeOption(let name, let suggestion):
            ("알 수 없는 기관입니다: '\(name)'." + (suggestion.map { " 혹시 \($0)입니까?" } ?? ""),
             "Unknown office '\(name)'." + (suggestion.map { " Did you mean \($0)?" } ?? ""))
        case .unknownCountryOption(let name, let suggestion):
            ("알 수 없는 상대국입니다: '\(name)'." + (suggestion.map { " 혹시 \($0.korean)(\($0.code))입니까?" } ?? ""),
             "Unknown country '\(name)'." + (suggestion.map { " Did you mean \($0.korean) (\($0.code))?" } ?? ""))
        case .unknownSectorOption(let name):
            ("알 수 없는 분야입니다: '\(name)'.", "Unknown sector '\(name)'.")
        case .unknownKindOption(let name):
            ("알 수 없는 유형입니다: '\(name)'.", "Unknown kind '\(name)'.")
        case .emptyOption(let option, let example):
            ("--\(option) 값이 비어 있습니다. 하나 이상 적거나(예: --\(option) \(example)) 전체를 보려면 이 옵션을 빼십시오.",
             "--\(option) is empty; name at least one (e.g. --\(option) \(example)), or leave the option out for all.")
        case .tooManyDimensions:
            ("기준은 두 가지까지 지정할 수 있습니다(예: province,sector).", "Group by at most two dimensions, e.g. province,sector.")
        case .unknownDimension(let name, let known):
            ("알 수 없는 기준입니다: '\(name)'. 다음 중 하나를 쓰십시오: \(known.joined(separator: ", ")).",
             "Unknown dimension '\(name)'; use \(known.joined(separator: ", ")).")
        case .unknownComparison(let text, let known):
            ("알 수 없는 비교 기준입니다: '\(text)'. 다음 중 하나를 쓰십시오: \(known.joined(separator: ", ")).",
             "Unknown comparison '\(text)'; use \(known.joined(separator: ", ")).")
        case .unknownBoundaries(let text):
            ("알 수 없는 경계 기준입니다: '\(text)'. current 또는 as-logged를 쓰십시오.", "Unknown boundaries '\(text)'; use current or as-logged.")
        case .unknownLanguage(let text):
            ("알 수 없는 언어입니다: '\(text)'. ko 또는 en을 쓰십시오.", "Unknown language '\(text)'; use ko or en.")
        case .badPeriod(let text):
            ("잘못된 기간입니다: '\(text)'. 2024-Q1, 2024-H1, 2024, 2024-03, 2024-01-15..2024-03-31 또는 all로 적으십시오",
             "bad period '\(text)'; write 2024-Q1, 2024-H1, 2024, 2024-03, 2024-01-15..2024-03-31 or all")
        case .periodYearOutOfRange(let text, let years):
            ("잘못된 기간입니다: '\(text)'. 연도는 \(years.lowerBound)년부터 \(years.upperBound)년까지입니다",
             "bad period '\(text)': the year must be from \(years.lowerBound) to \(years.upperBound)")
        case .periodReversed(let text):
            ("잘못된 기간입니다: '\(text)'. 끝나는 날이 시작하는 날보다 앞섭니다. 앞선 날을 먼저 적으십시오",
             "bad period '\(text)': the range is reversed (it ends before it starts); write the earlier day first")
        case .notAProvince(let name):
            ("\(Particle.topic.after(name)) 시·도가 아닙니다. 그 자체로 비교하려면 기관별로 비교하십시오.",
             "\(name) is not a province; compare by office to compare it as itself.")
        case .nothingToCompare(let period):
            ("기간 '\(period)'에는 비교할 기간이 없습니다.", "The period '\(period)' has nothing to compare with.")
        case .noLogFile:
            ("활동 기록 파일을 하나 이상 지정하십시오.", "Please name at least one log file.")
        case .noFormOutput:
            ("만들 양식 파일을 -o로 지정하십시오.", "Please name the form to write with -o.")
        case .emptyOfficeOption:
            ("--office 값이 비어 있습니다. 기관을 적으십시오(예: 전북).", "--office is empty; name an office, e.g. 전북.")
        case .eitherOfficesOrAllProvinces:
            ("--offices, --all-provinces 중 하나만 지정하십시오.", "Give either --offices or --all-provinces, not both.")
        case .dormantAfterRange:
            ("--dormant-after 값은 1부터 1200까지의 개월 수여야 합니다.", "--dormant-after must be a number of months from 1 to 1200.")
        case .asOfNotADate(let text):
            ("--as-of '\(text)': 날짜가 아닙니다. 2026-09-30 형식으로 적으십시오.", "--as-of '\(text)' is not a date; write it as 2026-09-30.")
        case .emptyOutputOption(let option):
            ("\(option) 값이 비어 있습니다. 저장할 경로를 적으십시오.", "\(option) is empty; give the path to write to.")
        case .portRange:
            ("--port 값은 0부터 65535까지여야 합니다.", "--port must be between 0 and 65535.")
        case .maxUploadRange:
            ("--max-upload-mb 값은 1 이상이어야 합니다.", "--max-upload-mb must be at least 1.")
        case .jobsRange:
            ("--jobs 값은 1 이상이어야 합니다.", "--jobs must be at least 1.")
        case .noBuiltInTemplate(let name, let builtIn):
            ("기본 서식 '\(name)'이(가) 없습니다. 기본 서식: \(builtIn.joined(separator: ", "))",
             "no built-in template '\(name)'; built-in templates: \(builtIn.joined(separator: ", "))")
        case .templateCopyExists(let path):
            ("\(path) 파일이 이미 있어 덮어쓰지 않습니다(다른 경로를 지정하십시오)",
             "\(path) already exists; refusing to overwrite it (choose another path)")
        case .noTemplate(let name, let builtIn):
            ("'\(name)' 서식이 없습니다. 기본 서식(\(builtIn.joined(separator: ", ")))을 쓰거나 .yaml 파일의 경로를 지정하십시오",
             "no template '\(name)'; built-in templates: \(builtIn.joined(separator: ", ")), or give the path of a .yaml file")
        case .noLogField:
            ("기록 파일을 하나 이상 선택하십시오('log' 필드).", "Choose at least one log file (field 'log').")
        case .unknownEncodingField(let text):
            ("알 수 없는 인코딩입니다: '\(text)'. utf-8 또는 cp949를 쓰십시오.", "Unknown encoding '\(text)'; use utf-8 or cp949.")
        case .noPeriodField:
            ("기간을 지정하십시오(예: 2024-Q1, 2024-H1, 2024, 2024-03, all).", "Give a period, e.g. 2024-Q1, 2024-H1, 2024, 2024-03 or all.")
        case .unknownTemplateField(let name, let builtIn):
            ("알 수 없는 서식입니다: '\(name)'. \(builtIn.joined(separator: ", ")) 중에서 고르거나 .yaml 파일을 올리십시오.",
             "Unknown template '\(name)'; use \(builtIn.joined(separator: ", ")) or upload a .yaml file.")
        case .unknownCompareByField(let text):
            ("알 수 없는 비교 단위입니다: '\(text)'. province 또는 office를 쓰십시오.", "Unknown comparison '\(text)'; use province or office.")
        case .unknownCSVEncodingField(let text):
            ("알 수 없는 CSV 인코딩입니다: '\(text)'. utf-8-bom 또는 cp949를 쓰십시오.", "Unknown CSV encoding '\(text)'; use utf-8-bom or cp949.")
        case .asOfFieldNotADate(let text):
            ("as_of '\(text)': 날짜가 아닙니다. 2026-09-30 형식으로 적으십시오.", "as_of '\(text)' is not a date; write it as 2026-09-30.")
        case .dormantAfterFieldRange:
            ("dormant_after 값은 1부터 1200까지의 개월 수여야 합니다.", "dormant_after must be a number of months from 1 to 1200.")
        case .unknownReportField(let text):
            ("알 수 없는 보고서입니다: '\(text)'.", "Unknown report '\(text)'.")
        case .crossSiteRefused:
            ("다른 사이트에서 온 요청은 받지 않습니다.", "Requests from another site are refused.")
        case .tokenNeeded:
            ("토큰이 필요합니다. 'Authorization: Bearer TOKEN'을 보내십시오.", "A token is needed: send 'Authorization: Bearer TOKEN'.")
        case .noSuchDownload:
            ("내려받을 파일이 없습니다. 기한(미리 보기 후 한 시간)이 지났을 수 있습니다.", "No such download: it may have expired (an hour after its preview).")
        case .hostNeedsToken(let host):
            ("--host \(host) 값이면 다른 컴퓨터에서 서버에 접속할 수 있게 합니다. 토큰을 아는 사람만 쓸 수 있도록 --token TOKEN을 지정하십시오(또는 REPORT_TOKEN 설정).",
             "--host \(host) lets other machines reach the server: give --token TOKEN (or set REPORT_TOKEN) so that only those who know it can use it.")
        case .servingOn(let address):
            ("서비스 주소: \(address)", "serving on \(address)")
        case .notMultipart:
            ("기록 파일은 'log' 필드에 multipart/form-data로 보내십시오.", "Send the log files as multipart/form-data, in fields named 'log'.")
        case .malformedMultipart:
            ("폼을 읽을 수 없습니다. multipart 본문이 올바르지 않습니다.", "The form could not be read: its multipart body is malformed.")
        case .uploadTooLarge(let megabytes):
            ("올린 파일이 이 서버가 받는 크기(\(megabytes)MB)보다 큽니다. 기록을 여러 파일로 나누거나 더 큰 --max-upload-mb를 요청하십시오.",
             "The upload is larger than this server takes (\(megabytes) MB); split the log into several files or ask for a larger --max-upload-mb.")
        case .fieldTooLong:
            ("폼 필드 하나가 64KB를 넘습니다.", "A form field is longer than 64 KB.")
        case .cannotStoreUpload:
            ("서버가 올린 파일을 저장할 수 없습니다.", "The server could not store the upload.")

        case .logHasErrors(let count):
            ("기록에 오류가 \(grouped(count))건 있어 아무것도 만들지 않았습니다. 오류를 고친 뒤 'report-cli validate'로 확인하십시오(형식: docs/activity-log.md).",
             "\(plural(count, "error")) in the log; nothing was made. Run 'report-cli validate' after fixing them (the format: docs/activity-log.md).")
        case .deviceNotFile:
            ("파일이 아니라 장치입니다. 활동 기록 파일의 경로를 지정하십시오", "is a device, not a file; give the path of the log file itself")
        case .pipeTooLarge:
            ("1GB가 넘게 들어와 활동 기록으로 보기에 너무 큽니다. 활동 기록 파일을 직접 지정하십시오",
             "carries more than 1 GB, more than an activity log; give the log file itself")
        case .cannotCopyPipe(let reason):
            ("임시 파일로 복사할 수 없습니다: \(reason)", "cannot be copied to a temporary file: \(reason)")
        case .seeHelp:
            ("사용법은 'report-cli --help'로 확인하십시오.", "Run 'report-cli --help' for usage.")
        case .giveForce:
            (". 바꾸려면 --force를 지정하십시오", "; give --force to replace it")
        case .cannotWriteStandardOutput(let reason):
            ("표준 출력에 쓸 수 없습니다" + (reason.isEmpty ? "" : ": \(reason)") + ". 출력된 내용은 완전하지 않습니다",
             "cannot write the output to standard output" + (reason.isEmpty ? "" : ": \(reason)") + "; what was written is incomplete")

        case .dedupeHint:
            (". --dedupe를 지정하면 한 번만 집계합니다", ", --dedupe counts it once")
        case .encodingHint(let name):
            (". 그렇게 읽어야 한다면 --encoding \(name) 옵션을 지정하십시오", ": give --encoding \(name) if that was meant")
        case .dedupeCheckboxHint:
            (". '두 기관이 함께 기록한 활동은 한 번만 셈'을 선택하면 한 번만 집계합니다", "; tick \"count an activity two offices both logged once\" to count it once")
        case .encodingChoiceHint(let name):
            (". 그렇게 읽어야 한다면 인코딩을 \(name)(으)로 선택하십시오", ": choose the encoding \(name) if that was meant")

        case .fileSummary(let name, let rows, let rejected, let encoding, let extra):
            ("\(name): 행 \(grouped(rows))개" + (rejected > 0 ? ", 오류 있는 행 \(grouped(rejected))개" : "")
                + (encoding.map { ", \($0.label)" } ?? "") + (extra.isEmpty ? "" : "; 무시한 열: \(extra.joined(separator: ", "))"),
             "\(name): \(plural(rows, "row"))" + (rejected > 0 ? ", \(plural(rejected, "row")) with errors" : "")
                + (encoding.map { ", \($0.label)" } ?? "") + (extra.isEmpty ? "" : "; extra columns ignored: \(extra.joined(separator: ", "))"))
        case .logSummary(let files, let rows, let first, let last):
            ("파일 \(grouped(files))개, 행 \(grouped(rows))개" + (first.flatMap { first in last.map { ", \(first) ~ \($0)" } } ?? ""),
             "\(plural(files, "file")), \(plural(rows, "row"))" + (first.flatMap { first in last.map { ", \(first) to \($0)" } } ?? ""))
        case .officesSummary(let offices):
            ("기관: " + offices.map { "\($0.name) \($0.rows)" }.joined(separator: ", "),
             "offices: " + offices.map { "\($0.name) \($0.rows)" }.joined(separator: ", "))
        case .kindsSummary(let kinds):
            ("유형: " + kinds.map { "\($0.korean) \($0.rows)" }.joined(separator: ", "),
             "kinds: " + kinds.map { "\($0.code) \($0.rows)" }.joined(separator: ", "))
        case .resultSummary(let errors, let warnings):
            ((errors == 0 ? "이상 없음: " : "실패: ") + "오류 \(grouped(errors))건, 경고 \(grouped(warnings))건",
             (errors == 0 ? "ok: " : "failed: ") + "\(plural(errors, "error")), \(plural(warnings, "warning"))")

        case .wroteCSVFiles(let folder, let count):
            ("\(folder)/ 저장: CSV 파일 \(count)개", "wrote \(folder)/: \(count) CSV files")
        case .wroteQuarterly(let output, let sheets, let activities, let period, let office):
            ("\(output) 저장: 시트 \(sheets)개, \(period) 활동 \(grouped(activities))건 (\(office ?? "전체 기관"))",
             "wrote \(output): \(sheets) sheets, \(activities) activities in \(period) (\(office ?? "all offices"))")
        case .wroteComparison(let output, let sheets, let compared, let provinces, let activities, let period):
            ("\(output) 저장: 시트 \(sheets)개, \(provinces ? "시·도" : "기관") \(compared)곳 비교, \(period) 활동 \(grouped(activities))건",
             "wrote \(output): \(sheets) sheets, \(compared) \(provinces ? "provinces" : "offices") compared, \(activities) activities in \(period)")
        case .wroteBriefing(let folder, let count, let encoding, let files):
            ("\(folder)/ 저장: CSV 파일 \(count)개(\(encoding)): \(files.joined(separator: ", "))",
             "wrote \(folder)/: \(count) CSV files (\(encoding)): \(files.joined(separator: ", "))")
        case .wroteForm(let output, let moved, let office):
            ("\(output) 저장: 활동 기록 양식" + (moved > 0 ? ", 옮겨 온 행 \(moved)개" : "") + " (\(office ?? "전체 기관"))",
             "wrote \(output): the activity-log form" + (moved > 0 ? ", \(moved) rows moved in" : "") + " (\(office ?? "all offices"))")
        case .wroteTemplateCopy(let path, let name):
            ("\(path) 저장: 기본 서식 '\(name)'의 사본입니다. --template \(path)로 사용하십시오",
             "wrote \(path): a copy of the built-in template '\(name)'; use it with --template \(path)")
        case .templateHasError(let error):
            ("(오류가 있습니다: \(error))", "(has an error: \(error))")
        case .outputFolderMissing(let target, let folder):
            ("\(target): \(folder) 폴더가 없습니다", "\(target): the folder \(folder) does not exist")
        case .outputNotAFolder(let target):
            ("\(target): 이미 있으며 폴더가 아닙니다. 새 폴더 이름을 지정하십시오", "\(target) exists and is not a folder; give the name of a new folder")
        case .outputNotAFile(let target):
            ("\(target): 이미 있으며 일반 파일이 아닙니다(폴더 또는 장치). 새 파일 이름을 지정하십시오",
             "\(target) exists and is not a regular file (a folder or a device); give the name of a new file")
        case .outputFolderHoldsInput(let target, let input):
            ("\(target): 입력 파일(\(input))이 들어 있는 폴더는 바꾸지 않습니다", "\(target): refusing to replace a folder that holds an input (\(input))")
        case .outputIsInput(let target, let input):
            ("\(target): 입력 파일(\(input))에는 덮어쓰지 않습니다", "\(target): refusing to write over an input (\(input))")
        case .outputExists(let target):
            ("\(target): 이미 있습니다", "\(target) already exists")
        case .outputsOverlap(let file, let folder):
            ("\(Particle.and.after(file)) \(Particle.topic.after(folder)) 같은 곳이거나 한쪽이 다른 쪽 안에 있습니다. 서로 다른 곳을 지정하십시오",
             "\(file) and \(folder) are the same place, or one is inside the other; give two separate places")
        case .cannotPlaceFile(let target, let reason):
            ("\(target): 새 파일을 제자리에 둘 수 없습니다: \(reason)", "\(target): cannot put the new file in place: \(reason)")
        case .cannotWriteOutput(let target, let reason, let existed):
            ("\(target): 쓸 수 없습니다: \(reason). " + (existed ? "예전 파일은 그대로입니다" : "아무것도 쓰지 않았습니다"),
             "\(target): cannot be written: \(reason); " + (existed ? "the old one is unchanged" : "nothing was written"))
        case .cannotMoveOldFolder(let target, let reason):
            ("\(target): 예전 폴더를 옮길 수 없습니다: \(reason)", "\(target): cannot move the old folder aside: \(reason)")
        case .cannotPlaceFolder(let target, let reason):
            ("\(target): 새 폴더를 제자리에 둘 수 없습니다: \(reason)", "\(target): cannot put the new folder in place: \(reason)")
        case .outputMadeMeanwhile(let target):
            ("\(target): 이미 있습니다(그사이 다른 실행이 만들었습니다)", "\(target) already exists (another run made it meanwhile)")
        case .textNotHeld(let codes):
            ("통합 문서에 넣을 수 없는 문자(\(codes.joined(separator: ", ")))가 있어 U+FFFD로 썼습니다",
             "holds \(codes.joined(separator: ", ")), which a workbook cannot hold; written as U+FFFD")
        case .textCut(let length, let limit):
            ("\(grouped(length))자를 Excel의 한도인 \(limit)자로 잘랐습니다", "\(length) characters cut to Excel's limit of \(limit)")
        case .cp949Lacks(let names, let written):
            ("CP949에 없는 문자 \(quotedPrintable(names))이(가) 있어 '\(Diagnostic.printable(written))'(으)로 썼습니다",
             "CP949 has no \(quotedPrintable(names)); written as '\(Diagnostic.printable(written))'")
        case .moreCP949NotShown(let count):
            ("CP949에 없는 문자가 든 셀 \(grouped(count))개는 더 표시하지 않았습니다", "\(count) more cells with characters CP949 lacks not shown")
        case .csvFileTwiceInReport(let name):
            ("보고서의 두 표가 모두 \(name) 파일로 저장됩니다. 서식의 시트마다 파일을 따로 지정하십시오",
             "two tables of the report would both be written as \(name); give each sheet of the template its own file")
        case .noCP949Converter:
            ("iconv에 CP949 변환기가 없습니다", "iconv has no CP949 converter")
        case .cannotWriteCP949(let reason):
            ("CP949로 쓸 수 없습니다: \(reason)", "cannot write CP949: \(reason)")
        case .workbookTooManyColumns(let sheet):
            ("'\(sheet)' 시트의 열이 너무 많습니다", "sheet '\(sheet)' has too many columns")
        case .workbookTextTooLong(let sheet, let text, let limit):
            ("'\(sheet)' 시트: 메시지 '\(text)…'이(가) Excel의 한도인 \(limit)자보다 깁니다",
             "sheet '\(sheet)': the message '\(text)…' is longer than Excel's \(limit) characters")
        case .workbookInlineList(let sheet):
            ("'\(sheet)' 시트: 직접 적은 드롭다운 목록은 쉼표 없이 255자까지입니다",
             "sheet '\(sheet)': a drop-down list written inline holds at most 255 characters, without commas")
        case .workbookCannotCreate(let path):
            ("통합 문서 '\(path)'을(를) 만들 수 없습니다", "cannot create the workbook '\(path)'")
        case .systemFailure(let reason):
            ("시스템 오류: \(reason)", reason)
        case .workbookLibrary(let what, let sheet, let cell, let failure):
            ((sheet.map { "'\($0)' 시트, " } ?? "") + what + (cell.map { " (\($0.row)행 \($0.column)열)" } ?? "") + ": \(failure.text(.ko))",
             (sheet.map { "sheet '\($0)', " } ?? "") + what + (cell.map { " at row \($0.row), column \($0.column)" } ?? "") + ": \(failure.text(.en))")
        case .cannotWriteOutputBecause(let target, let reason, let existed):
            ("\(target): 쓸 수 없습니다: \(reason.text(.ko)). " + (existed ? "예전 파일은 그대로입니다" : "아무것도 쓰지 않았습니다"),
             "\(target): cannot be written: \(lowercasedFirst(reason.text(.en))); " + (existed ? "the old one is unchanged" : "nothing was written"))
        case .reportTooLarge(let sheet, let rows):
            ("'\(sheet)' 시트에 Excel의 최대 \(grouped(rows))행보다 많은 행이 필요합니다. 기간을 줄이거나 기관 수를 줄여 보고서를 만드십시오",
             "the sheet '\(sheet)' would need more than Excel's \(grouped(rows)) rows; make the report for a shorter period or fewer offices")
        case .encodingOptionMoved(let encoding):
            ("warning: --encoding \(encoding)은(는) CSV 파일의 인코딩이었으며 이제는 --csv-encoding입니다. --encoding은 기록 파일의 인코딩입니다",
             "warning: --encoding \(encoding) names the CSV files' encoding, which is now --csv-encoding; --encoding is the logs' encoding")
        case .encodingOptionNowLogs:
            ("warning: --encoding cp949는 이제 기록 파일을 CP949로 읽습니다(예전에는 CSV 파일의 인코딩이었습니다). CSV 파일을 CP949로 만들려면 --csv-encoding cp949를 지정하십시오",
             "warning: --encoding cp949 now reads the logs as CP949 (it named the CSV files' encoding before); for CSV files in CP949 give --csv-encoding cp949")
        case .tiesSummary(let ties, let dormant, let months, let asOf):
            ("\(asOf.map { "\($0) 기준 " } ?? "")교류 \(ties)건, 휴면 \(dormant)건 (마지막 활동이 \(months)개월보다 오래됨)",
             "\(ties) ties, \(dormant) dormant (no activity for over \(months) months) as of \(asOf?.description ?? "-")")

        case .checking:
            ("확인하는 중", "checking")
        case .readingLog:
            ("기록을 읽는 중", "reading the log")
        case .buildingReport:
            ("보고서를 만드는 중", "building the report")
        case .writing(let output):
            ("\(output) 저장 중", "writing \(output)")
        case .secondsLeft(let seconds):
            ("약 \(seconds)초 남음", "about \(seconds) s left")
        case .rowsPerSecond(let rate):
            ("초당 \(rate)행", "\(rate) rows/s")
        }
    }

    public static func == (lhs: Message, rhs: Message) -> Bool { lhs.texts == rhs.texts }
}

/// Why an office name names no office on a day, or what its old name became.
public enum OfficeNote: Sendable, Equatable {
    /// `전라북도 is 전북특별자치도 since 2024-01-18`.
    case renamed(String, now: String, since: Day)
    /// `마산시 is part of 창원시 since 2010-07-01`.
    case partOf(String, now: String, since: Day)
    /// A code used as an ISO code that is not one: the code, the office and its ISO code.
    case notISOCode(String, office: String, code: String)
    /// `영종구 exists from 2026-07-01; before, write 인천광역시 중구`.
    case existsFrom(String, from: Day, before: [String])

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.renamed(let old, let now, let since), .ko): "\(Particle.topic.after(old)) \(since)부터 \(now)입니다"
        case (.renamed(let old, let now, let since), .en): "\(old) is \(now) since \(since)"
        case (.partOf(let old, let now, let since), .ko): "\(Particle.topic.after(old)) \(since)부터 \(now)에 속합니다"
        case (.partOf(let old, let now, let since), .en): "\(old) is part of \(now) since \(since)"
        case (.notISOCode(let retired, let office, let code), .ko):
            "\(Particle.topic.after(retired)) ISO 3166-2 코드가 아닙니다(행정안전부 번호입니다). \(Particle.topic.after(office)) \(code)입니다"
        case (.notISOCode(let retired, let office, let code), .en):
            "\(retired) is not an ISO 3166-2 code (it is the Ministry of the Interior's number); \(office) is \(code)"
        case (.existsFrom(let name, let from, let before), .ko):
            "\(Particle.topic.after(name)) \(from)부터 있습니다"
                + (before.isEmpty ? "" : ". 그 전에는 \(Particle.object.after(before.joined(separator: " 또는 "))) 적으십시오")
        case (.existsFrom(let name, let from, let before), .en):
            "\(name) exists from \(from)" + (before.isEmpty ? "" : "; before, write \(before.joined(separator: " or "))")
        }
    }
}

/// The part of a workbook found damaged.
public enum WorkbookPart: Sendable, Equatable {
    /// A part of the archive by its path (`xl/workbook.xml`).
    case part(String)
    /// A row whose number is written as given.
    case row(String)
    case cell(String)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.part(let path), _): path
        case (.row(let written), .ko): "행 '\(written)'"
        case (.row(let written), .en): "row '\(written)'"
        case (.cell(let address), .ko): "셀 \(address)"
        case (.cell(let address), .en): "cell \(address)"
        }
    }
}

/// What is wrong with a part of a workbook.
public enum WorkbookDamage: Sendable, Equatable, Error {
    case missing
    case unpacksTooLarge(megabytes: Int)
    case packingMethod(Int)
    case unreadable
    case checksum
    indirect case notXML(WorkbookDamage)
    case sheetWithoutPart(String)
    case notARowNumber
    case rowsOutOfOrder(after: Int)
    case noSharedString(String)
    // The zip archive
    case noEndRecord
    case damagedZip64EndRecord
    case tooManyFiles(Int)
    case directoryPastEnd
    case damagedDirectory
    case damagedLocalHeader
    case endsInsidePart
    // A part's compressed data
    case cannotUnpack
    case cutShort
    case invalidCompressedData
    case compressedDataEndsEarly
    // XML
    case tokenTooLong(megabytes: Int)
    case endsInsideTag

    public func text(_ language: Language) -> String {
        let texts: (ko: String, en: String) = switch self {
        case .missing: ("없습니다", "is missing")
        case .unpacksTooLarge(let megabytes): ("압축을 풀면 \(megabytes)MB가 넘습니다", "unpacks to more than \(megabytes) MB")
        case .packingMethod(let method):
            ("Excel이 쓰지 않는 방식으로 압축되어 있습니다(방식 \(method))", "is packed in a way Excel does not use (method \(method))")
        case .unreadable: ("읽을 수 없습니다", "cannot be read")
        case .checksum: ("손상되었습니다(체크섬이 다릅니다)", "is damaged (its checksum differs)")
        case .notXML(let inner): ("XML이 아닙니다(\(inner.text(.ko)))", "is not XML: \(inner.text(.en))")
        case .sheetWithoutPart(let name): ("'\(name)' 시트의 내용이 없습니다", "names sheet '\(name)' without its part")
        case .notARowNumber: ("행 번호(1~1,048,576)가 아닙니다", "is not a row number (1 to 1,048,576)")
        case .rowsOutOfOrder(let previous): ("\(previous)행 뒤에 있습니다(행의 순서가 어긋났습니다)", "comes after row \(previous) (the rows are out of order)")
        case .noSharedString(let written):
            ("통합 문서에 없는 공유 문자열 '\(written)'을(를) 가리킵니다", "names shared string '\(written)', which the workbook does not have")
        case .noEndRecord: ("zip 끝 레코드가 없습니다", "has no end record")
        case .damagedZip64EndRecord: ("ZIP64 끝 레코드가 손상되었습니다", "has a damaged ZIP64 end record")
        case .tooManyFiles(let count): ("파일이 \(grouped(count))개가 넘습니다", "holds more than \(count) files")
        case .directoryPastEnd: ("zip 목록이 파일 끝을 넘어갑니다", "has its directory past its end")
        case .damagedDirectory: ("zip 목록이 손상되었습니다", "has a damaged directory")
        case .damagedLocalHeader: ("zip 항목 머리글이 손상되었습니다", "has a damaged local header")
        case .endsInsidePart: ("파일이 항목 중간에서 끝납니다", "ends inside a part")
        case .cannotUnpack: ("압축을 풀 수 없습니다(zlib)", "cannot be unpacked (zlib)")
        case .cutShort: ("중간에서 잘렸습니다(파일이 그 안에서 끝납니다)", "is cut short (the file ends inside it)")
        case .invalidCompressedData: ("손상되었습니다(압축 데이터가 올바르지 않습니다)", "is damaged (its compressed data is not valid)")
        case .compressedDataEndsEarly:
            ("손상되었습니다(압축 데이터가 끝 표시 전에 끝납니다)", "is damaged (its compressed data ends before its end mark)")
        case .tokenTooLong(let megabytes): ("태그나 텍스트가 \(megabytes)MB를 넘습니다", "a tag or text longer than \(megabytes) MB")
        case .endsInsideTag: ("태그 중간에서 끝납니다", "it ends inside a tag")
        }
        return language == .ko ? texts.ko : texts.en
    }
}

extension TextEncoding {
    /// `UTF-8`, `CP949`.
    var label: String { rawValue.uppercased() }
}

/// `1,000` for 1000.
func grouped<Number: BinaryInteger>(_ number: Number) -> String {
    var digits = Array(String(number))
    let sign = digits.first == "-" ? digits.removeFirst() : nil
    var index = digits.count - 3
    while index > 0 { digits.insert(",", at: index); index -= 3 }
    return (sign.map(String.init) ?? "") + String(digits)
}

/// `Cannot …` as `cannot …`.
func lowercasedFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }

/// Why libxlsxwriter could not write a workbook, in our words.
public enum WorkbookWriteFailure: Sendable, Equatable {
    case memory, cannotCreateFile, temporaryFile, cannotWriteFile, textTooLong, links
    case other(Int)

    public func text(_ language: Language) -> String {
        let texts: (ko: String, en: String) = switch self {
        case .memory: ("메모리가 부족합니다", "not enough memory")
        case .cannotCreateFile: ("파일을 만들 수 없습니다(폴더에 쓸 수 있습니까?)", "the file cannot be created (is the folder writable?)")
        case .temporaryFile: ("임시 파일을 쓸 수 없습니다(디스크가 가득 찼습니까?)", "a temporary file cannot be written (is the disk full?)")
        case .cannotWriteFile: ("파일을 쓸 수 없습니다(디스크가 가득 찼습니까?)", "the file cannot be written (is the disk full?)")
        case .textTooLong: ("그 자리에 Excel이 허용하는 것보다 긴 텍스트가 있습니다", "a text is longer than Excel allows there")
        case .links: ("웹 링크가 Excel이 허용하는 것보다 많거나 깁니다", "more or longer web links than Excel allows")
        case .other(let code): ("Excel 형식에서 허용하지 않습니다(코드 \(code))", "Excel's format does not allow it (code \(code))")
        }
        return language == .ko ? texts.ko : texts.en
    }
}

/// `'é', '€'`.
func quotedPrintable(_ texts: [String]) -> String {
    texts.map { "'\(Diagnostic.printable($0))'" }.joined(separator: ", ")
}

/// "1 row", "2 rows".
func plural(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
}
