import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation
@testable import TradeMetrics
@testable import Reports

/// Test helpers: make reports from the sample log and read XLSX files back.
enum Sample {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedFiles = ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"].map { "seeds/\($0)" }

    static func records(_ sources: [LogSource]? = nil) -> [ActivityRecord] {
        let sources = sources ?? seedFiles.map { LogSource.file(path: root.appendingPathComponent($0).path) }
        let read = LogReader().readAll(sources)
        precondition(!read.read.hasErrors, "\(read.read.diagnostics.lines)")
        return read.records
    }

    static func report(template name: String = "quarterly", period: String = "2024-Q1", office: String? = "전북",
                       records: [ActivityRecord]? = nil, language: Language = .ko,
                       selection: ReportContext.Selection? = nil, officeFileName: String? = nil) throws -> Report {
        let template = try TemplateLoader().load(yaml: BuiltInTemplates.all.first { $0.name == name }!.yaml, file: name)
        let places = Gazetteer.shared
        var filter = RecordFilter()
        if let office, case .found(let id, _) = places.lookUpOffice(office, on: Day(year: 2026, month: 1, day: 1)!) {
            filter.offices = [id]
        }
        var context = ReportContext(period: try Period(parsing: period), filter: filter, selection: selection,
                                    officeName: filter.offices.first.map { places.displayName($0) },
                                    files: [.init(name: "seeds/jeonbuk.csv", sha256: String(repeating: "0", count: 64), rows: 16)],
                                    language: language, created: 1_700_000_000)
        context.officeFileName = officeFileName
        return ReportBuilder(template: template, engine: MetricsEngine(records: records ?? self.records()), context: context).build()
    }

    /// Provinces by their short names, for comparisons.
    static func provinces(_ names: String...) -> [OfficeID] {
        names.map { name in
            guard case .found(let id, _) = Gazetteer.shared.lookUpOffice(name, on: Day(year: 2026, month: 1, day: 1)!) else { fatalError(name) }
            return id
        }
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The parts of an XLSX file and its sheets' cells.
struct XLSXContents {
    let parts: [String: Data]

    init(_ url: URL) throws {
        let archive = try Archive(url: url, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        self.parts = parts
    }

    /// Sheet names in workbook order.
    var sheetNames: [String] {
        let xml = String(decoding: parts["xl/workbook.xml"] ?? Data(), as: UTF8.self)
        return xml.components(separatedBy: "<sheet ").dropFirst().compactMap { element in
            element.components(separatedBy: "name=\"").dropFirst().first?.components(separatedBy: "\"").first
                .map { $0.replacingOccurrences(of: "&amp;", with: "&") }
        }
    }

    /// The cells of a sheet by reference (`B3`): numbers as their text, strings as their text.
    func cells(_ sheet: String) -> [String: Cell] {
        guard let index = sheetNames.firstIndex(of: sheet), let data = parts["xl/worksheets/sheet\(index + 1).xml"] else { return [:] }
        let parser = SheetParser(data)
        return parser.cells
    }

    struct Cell: Equatable {
        /// `n` number, `inlineStr` or `s` string, `str` formula result.
        var type: String
        var value: String
        var hasFormula: Bool
    }
}

private final class SheetParser: NSObject, XMLParserDelegate {
    var cells: [String: XLSXContents.Cell] = [:]
    private var reference = "", type = "", text = "", formula = false, inValue = false

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        _ = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "c": reference = attributes["r"] ?? ""; type = attributes["t"] ?? "n"; text = ""; formula = false
        case "v", "t": inValue = true
        case "f": formula = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": inValue = false
        case "c": cells[reference] = XLSXContents.Cell(type: type, value: text, hasFormula: formula)
        default: break
        }
    }
}
