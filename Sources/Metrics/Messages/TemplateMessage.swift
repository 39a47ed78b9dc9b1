/// A mistake in a report template (`Templates/*.yaml` or the user's own), in Korean and English:
/// part of the catalogue (`Message.template`). `what` names the place in the template: a key
/// (`font_size`, `title.ko`) as written, or one of the things below.
public enum TemplateMessage: Sendable, Equatable {
    case empty
    case notYAML
    case notUTF8
    case yamlSyntax(YAMLProblem)
    case keysTwiceInMapping([String])
    case aliasBomb
    case notAMapping(String, allowed: [String])
    case keyNotText(String)
    case unknownKey(String, in: String, suggestion: String?, allowed: [String])
    case keyTwice(String, in: String)
    case mustBeText(String)
    case controlCharacter(String, code: String, text: String)
    case wholeNumber(String, ClosedRange<Int>)
    case trueOrFalse(String)
    case needsKoAndEn(String)
    case unknownChoice(String, name: String, suggestion: String?, choices: [String])
    case nameOrList(String)
    case sheetsList
    case noSheets
    case sheetNamedTwice(String)
    case csvFileTwice(String)
    case headerFill
    case blocksList
    case chartFromUnknown(String)
    case sheetNeedsName
    case blockKinds([String])
    case tableNeedsBy(dimensions: [String])
    case matrixNeedsColumns
    case chartNeedsFrom
    case chartNeedsTitle
    case sheetNameEmpty
    case sheetNameTooLong(String, limit: Int)
    case sheetNameForbidden(String, character: String)
    case sheetNameApostrophe(String)
    case sheetNameControl(String, code: String)

    /// The things of a template a message may name, in Korean; a key stays as written.
    static func korean(_ what: String) -> String {
        switch what {
        case "the template": "서식"
        case "a sheet": "시트"
        case "a block": "블록"
        case "measure": "측정값"
        case "dimension": "기준"
        case "comparison": "비교 기준"
        case "chart type": "차트 종류"
        case "column": "열"
        case "sort": "정렬"
        case "order": "순서"
        default: what
        }
    }

    /// `'a', 'b'`.
    static func quoted(_ keys: [String]) -> String { keys.map { "'\($0)'" }.joined(separator: ", ") }

    public func text(_ language: Language) -> String {
        let k = Self.korean
        let texts: (ko: String, en: String) = switch self {
        case .empty: ("서식이 비어 있습니다", "the template is empty")
        case .notYAML: ("서식을 YAML로 읽을 수 없습니다. UTF-8 텍스트로 저장하십시오", "the template cannot be read as YAML; save it as UTF-8 text")
        case .notUTF8:
            ("서식이 UTF-8 텍스트가 아니거나 제어 문자가 있습니다. UTF-8 텍스트로 저장하십시오",
             "the template is not UTF-8 text, or holds a control character; save it as UTF-8 text")
        case .yamlSyntax(let problem): ("YAML 문법: \(problem.text(.ko))", "YAML syntax: \(problem.text(.en))")
        case .keysTwiceInMapping(let keys):
            ("한 매핑에 키 \(Self.quoted(keys))이(가) 두 번 있습니다. 하나만 남기십시오", "the key \(Self.quoted(keys)) appears twice in one mapping; keep one")
        case .aliasBomb:
            ("여기의 YAML 별칭(*name)을 펼치면 값이 100,000개를 넘습니다. 값을 직접 적으십시오",
             "YAML aliases (*name) here would expand to more than 100,000 values; write the values out instead")
        case .notAMapping(let what, let allowed):
            ("\(k(what)): 키의 매핑이어야 합니다(\(allowed.joined(separator: ", ")))",
             "\(what) must be a mapping of keys (\(allowed.joined(separator: ", ")))")
        case .keyNotText(let what): ("\(k(what))의 키는 텍스트여야 합니다", "a key of \(what) must be text")
        case .unknownKey(let key, let what, let suggestion, let allowed):
            ("알 수 없는 키입니다: '\(key)'(\(k(what))). " + (suggestion.map { "혹시 '\($0)'입니까?" } ?? "다음 중 하나를 쓰십시오: \(allowed.joined(separator: ", "))"),
             "unknown key '\(key)' in \(what); " + (suggestion.map { "did you mean '\($0)'?" } ?? "use \(allowed.joined(separator: ", "))"))
        case .keyTwice(let key, let what): ("키 '\(key)'이(가) \(k(what))에 두 번 있습니다", "the key '\(key)' appears twice in \(what)")
        case .mustBeText(let what): ("\(k(what)): 텍스트여야 합니다", "\(what) must be text")
        case .controlCharacter(let what, let code, let text):
            ("\(k(what)): 통합 문서에 넣을 수 없는 제어 문자(\(code))가 있습니다. 지우십시오 '\(text)'",
             "\(what) holds a control character (\(code)), which a workbook cannot hold; remove it '\(text)'")
        case .wholeNumber(let what, let range):
            ("\(k(what)): \(range.lowerBound)부터 \(range.upperBound)까지의 정수여야 합니다",
             "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        case .trueOrFalse(let what): ("\(k(what)): true 또는 false여야 합니다", "\(what) must be true or false")
        case .needsKoAndEn(let what): ("\(k(what)): ko와 en이 모두 있어야 합니다", "\(what) needs both ko and en")
        case .unknownChoice(let what, let name, let suggestion, let choices):
            ("알 수 없는 \(k(what))입니다: '\(name)'. " + (suggestion.map { "혹시 '\($0)'입니까?" } ?? "다음 중 하나를 쓰십시오: \(choices.joined(separator: ", "))"),
             "unknown \(what) '\(name)'; " + (suggestion.map { "did you mean '\($0)'?" } ?? "use \(choices.joined(separator: ", "))"))
        case .nameOrList(let what): ("\(k(what)): 이름 하나 또는 이름의 목록이어야 합니다", "\(what) must be a name or a list of names")
        case .sheetsList:
            ("sheets는 시트의 목록이어야 하며, 시트마다 name과 blocks가 있어야 합니다", "sheets must be a list of sheets, each with a name and blocks")
        case .noSheets: ("서식에 시트가 없습니다", "the template has no sheets")
        case .sheetNamedTwice(let name): ("이름이 '\(name)'인 시트가 둘 있습니다", "two sheets are named '\(name)'")
        case .csvFileTwice(let name):
            ("두 시트가 같은 CSV 파일 '\(name)'에 씁니다. 시트마다 파일을 따로 지정하십시오",
             "two sheets write the CSV file '\(name)'; give each sheet its own file")
        case .headerFill: ("header_fill은 \"#DDEBF7\" 같은 색이어야 합니다", "header_fill must be a colour like \"#DDEBF7\"")
        case .blocksList: ("blocks는 목록이어야 합니다", "blocks must be a list")
        case .chartFromUnknown(let from):
            ("차트가 '\(from)'에서 그리는데, 이 시트에서 그 위에 그런 표나 series 블록이 없습니다",
             "chart draws from '\(from)', which is not a table or series block above it on this sheet")
        case .sheetNeedsName: ("시트에 name이 있어야 합니다", "a sheet needs a name")
        case .blockKinds(let kinds):
            ("블록은 \(kinds.joined(separator: ", ")) 중 하나이며 각각 옵션이 있습니다", "a block is one of \(kinds.joined(separator: ", ")), each with its options")
        case .tableNeedsBy(let dimensions):
            ("표에는 기준 한두 가지를 적은 'by'가 있어야 합니다(\(dimensions.joined(separator: ", ")))",
             "a table needs 'by' with one or two dimensions (\(dimensions.joined(separator: ", ")))")
        case .matrixNeedsColumns:
            ("행렬에는 'columns'(가로 기준: sector, region …)가 있어야 합니다", "a matrix needs 'columns': the dimension across (sector, region …)")
        case .chartNeedsFrom:
            ("차트에는 'from'(그 위에 있는 표나 series 블록의 id)이 있어야 합니다", "a chart needs 'from': the id of a table or series block above it")
        case .chartNeedsTitle: ("차트에는 title이 있어야 합니다", "a chart needs a title")
        case .sheetNameEmpty: ("시트 이름은 비워 둘 수 없습니다", "a sheet name cannot be empty")
        case .sheetNameTooLong(let name, let limit):
            ("시트 이름 '\(name)'이(가) Excel의 한도인 \(limit)자를 넘습니다", "sheet name '\(name)' exceeds Excel's limit of \(limit) characters")
        case .sheetNameForbidden(let name, let character):
            ("시트 이름 '\(name)'에 Excel이 허용하지 않는 문자 '\(character)'이(가) 있습니다([ ] : * ? / \\)",
             "sheet name '\(name)' contains '\(character)', which Excel forbids ([ ] : * ? / \\)")
        case .sheetNameApostrophe(let name):
            ("시트 이름 '\(name)'은(는) 작은따옴표로 시작하거나 끝날 수 없습니다", "sheet name '\(name)' cannot begin or end with an apostrophe")
        case .sheetNameControl(let name, let code):
            ("시트 이름 '\(name)'에 시트 이름에 넣을 수 없는 제어 문자(\(code))가 있습니다",
             "sheet name '\(name)' contains a control character (\(code)), which a sheet name cannot hold")
        }
        return language == .ko ? texts.ko : texts.en
    }
}

/// What a YAML syntax error of libyaml means, and what to do, in our words.
public enum YAMLProblem: CaseIterable, Sendable, Equatable {
    case listItemMisaligned, keyMisaligned, colonWhereNoKey, listItemWhereValue, keyWithoutColon, tab, badFirstCharacter
    case endsInsideQuote, listNotClosed, mappingNotClosed, colonInBrackets, unknownEscape, undefinedAlias, duplicateAnchor
    case valueMissing, secondDocument, yamlVersion, undefinedTag, controlCharacter, notUTF8, other

    public func text(_ language: Language) -> String {
        let texts: (ko: String, en: String) = switch self {
        case .listItemMisaligned:
            ("목록 항목이 위의 항목과 줄이 맞지 않습니다(항목마다 같은 들여쓰기에서 '-'로 시작합니다)",
             "a list item does not line up with the items above it (each starts with '-' at the same indentation)")
        case .keyMisaligned: ("키가 위의 키와 줄이 맞지 않습니다. 들여쓰기를 확인하십시오", "a key does not line up with the keys above it; check the indentation")
        case .colonWhereNoKey:
            ("키가 올 수 없는 곳에 ':'가 있습니다. ': '가 든 텍스트는 따옴표로 감싸거나 들여쓰기를 확인하십시오",
             "a ':' where no key can start; put text holding ': ' in quotes, or check the indentation")
        case .listItemWhereValue:
            ("값이 와야 할 곳에 목록 항목('- ')이 있습니다. 목록은 새 줄에서 시작하십시오",
             "a list item ('- ') where a value was expected; start the list on its own line")
        case .keyWithoutColon: ("키 뒤에 ':'가 없습니다", "a key without ':' after it")
        case .tab: ("탭이 있습니다. 들여쓰기는 공백으로 하십시오", "a tab; indent with spaces")
        case .badFirstCharacter:
            ("값의 처음에 올 수 없는 문자가 있습니다(탭이라면 공백으로 들여쓰고, @나 `로 시작하는 텍스트는 따옴표로 감싸십시오)",
             "a character that cannot start a value (a tab? indent with spaces; quote text that starts with @ or `)")
        case .endsInsideQuote: ("따옴표나 괄호 안에서 파일이 끝납니다. 닫으십시오", "the file ends inside a quote or a bracket; close it")
        case .listNotClosed: ("[ ] 목록이 닫히지 않았거나 항목에 ','가 없습니다", "a list in [ ] is not closed, or an item lacks its ','")
        case .mappingNotClosed: ("{ } 매핑이 닫히지 않았거나 쌍에 ','가 없습니다", "a mapping in { } is not closed, or a pair lacks its ','")
        case .colonInBrackets: ("[ ]나 { } 안에 ':'가 있습니다. 텍스트를 따옴표로 감싸십시오", "a ':' inside [ ] or { }; put the text in quotes")
        case .unknownEscape:
            ("큰따옴표 안의 \\ 뒤에 알 수 없는 이스케이프가 있습니다. 역슬래시는 \\\\로 적거나 작은따옴표를 쓰십시오",
             "an unknown escape after \\ in double quotes; write \\\\ for a backslash, or use single quotes")
        case .undefinedAlias: ("앞에 앵커(&name)가 없는 별칭(*name)이 있습니다", "an alias (*name) with no anchor (&name) before it")
        case .duplicateAnchor: ("앵커(&name)가 두 번 정의되어 있습니다", "an anchor (&name) defined twice")
        case .valueMissing: ("여기에 값이 없습니다", "a value is missing here")
        case .secondDocument: ("파일에 두 번째 문서가 있습니다. 서식은 문서 하나입니다", "a second document in the file; a template is one document")
        case .yamlVersion: ("이 프로그램이 모르는 YAML 버전입니다. %YAML 줄을 지우십시오", "a YAML version this reader does not know; remove the %YAML line")
        case .undefinedTag: ("정의되지 않은 태그(!name)가 있습니다. 지우십시오", "a tag (!name) that is not defined; remove it")
        case .controlCharacter: ("제어 문자가 있습니다. 지우십시오", "a control character; remove it")
        case .notUTF8: ("UTF-8이 아닌 텍스트가 있습니다. 서식을 UTF-8로 저장하십시오", "text that is not UTF-8; save the template as UTF-8")
        case .other: ("여기를 읽을 수 없습니다. 들여쓰기, 콜론, 따옴표를 확인하십시오", "this cannot be read here; check the indentation, the colons and the quotes")
        }
        return language == .ko ? texts.ko : texts.en
    }
}
