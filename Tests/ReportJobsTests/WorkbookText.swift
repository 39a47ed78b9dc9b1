import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A workbook as text a person can diff: each sheet's cells in order, with what a reader sees of
/// them (value, number format, bold), never the file's bytes or its style indexes, which change
/// with the order the writer met the styles.
enum WorkbookText {
    static func of(_ url: URL) throws -> String {
        let archive = try Archive(url: url, accessMode: .read)
        func part(_ path: String) throws -> Data {
            var data = Data()
            guard let entry = archive[path] else { return data }
            _ = try archive.extract(entry) { data.append($0) }
            return data
        }
        let styles = Styles(try part("xl/styles.xml"))
        let names = Elements(try part("xl/workbook.xml"), named: "sheet").map { $0["name"] ?? "" }
        var lines: [String] = []
        for (index, name) in names.enumerated() {
            lines.append("== \(name)")
            for cell in Cells(try part("xl/worksheets/sheet\(index + 1).xml")).cells {
                let style = styles.style(Int(cell.style) ?? 0)
                lines.append("\(cell.reference) \(cell.type) \(cell.value)" + (style.isEmpty ? "" : " [\(style)]"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The attributes of every element of one name.
    private final class Elements: NSObject, XMLParserDelegate {
        private let name: String
        private(set) var found: [[String: String]] = []

        init(_ data: Data, named name: String) {
            self.name = name
            super.init()
            let parser = XMLParser(data: data)
            parser.delegate = self
            _ = parser.parse()
        }

        func map<T>(_ transform: ([String: String]) -> T) -> [T] { found.map(transform) }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if element == name { found.append(attributes) }
        }
    }

    /// Number formats and bold fonts by cell style index.
    private struct Styles {
        var formats: [Int: String] = [0: "", 1: "0", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 14: "mm-dd-yy"]
        var xfs: [(format: Int, font: Int)] = []
        var bold: [Bool] = []

        init(_ data: Data) {
            let parser = StyleParser(data)
            for (id, code) in parser.numberFormats { formats[id] = code }
            xfs = parser.xfs
            bold = parser.bold
        }

        func style(_ index: Int) -> String {
            guard index < xfs.count else { return "" }
            let xf = xfs[index]
            let parts = [formats[xf.format] ?? "#\(xf.format)", xf.font < bold.count && bold[xf.font] ? "bold" : ""]
            return parts.filter { !$0.isEmpty }.joined(separator: ", ")
        }
    }

    private final class StyleParser: NSObject, XMLParserDelegate {
        var numberFormats: [Int: String] = [:]
        var xfs: [(format: Int, font: Int)] = []
        var bold: [Bool] = []
        private var inCellXfs = false, inFont = false

        init(_ data: Data) {
            super.init()
            let parser = XMLParser(data: data)
            parser.delegate = self
            _ = parser.parse()
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "numFmt": numberFormats[Int(attributes["numFmtId"] ?? "") ?? -1] = attributes["formatCode"]
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: xfs.append((Int(attributes["numFmtId"] ?? "0") ?? 0, Int(attributes["fontId"] ?? "0") ?? 0))
            case "font": inFont = true; bold.append(false)
            case "b" where inFont: bold[bold.count - 1] = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "cellXfs" { inCellXfs = false }
            if name == "font" { inFont = false }
        }
    }

    /// A sheet's cells in document order: reference, type, value (inline or shared text as written).
    private final class Cells: NSObject, XMLParserDelegate {
        struct Cell { var reference = "", type = "", style = "", value = "" }
        private(set) var cells: [Cell] = []
        private var current: Cell?
        private var inValue = false

        init(_ data: Data) {
            super.init()
            let parser = XMLParser(data: data)
            parser.delegate = self
            _ = parser.parse()
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "c": current = Cell(reference: attributes["r"] ?? "", type: attributes["t"] ?? "n", style: attributes["s"] ?? "0")
            case "v", "t": inValue = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inValue { current?.value += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "v", "t": inValue = false
            case "c": if let current { cells.append(current) }; current = nil
            default: break
            }
        }
    }
}
