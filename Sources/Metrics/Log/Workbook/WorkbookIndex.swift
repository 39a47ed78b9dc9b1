/// What a workbook says of itself: its sheets in order and the part that holds each, its date
/// system, and where its styles and shared strings are (`xl/workbook.xml` and its relationships).
struct WorkbookIndex {
    struct Sheet {
        let name: String
        /// The part holding the sheet's cells: `xl/worksheets/sheet1.xml`.
        let part: String
    }

    let sheets: [Sheet]
    /// Dates count from 1904-01-01 (the Mac's old default) rather than from 1900.
    let uses1904: Bool
    let stylesPart: String?
    let sharedStringsPart: String?

    /// - Throws: `WorkbookError` when the archive is no workbook or its index cannot be read.
    init(_ archive: WorkbookArchive) throws {
        let root = try Self.relationships(of: "", in: archive)
        let workbook = root.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard archive.contains(workbook) else {
            throw WorkbookError.file(.zipNotWorkbook(part: workbook))
        }
        var listed: [(name: String, id: String)] = []
        var uses1904 = false
        try archive.scan(workbook) { token in
            guard token.kind == .start else { return }
            if token.isNamed("sheet"), let name = token.attribute("name"), let id = token.attribute("id") {
                listed.append((XMLText.string(name), XMLText.string(id)))
            } else if token.isNamed("workbookPr"), let flag = token.attribute("date1904") {
                uses1904 = ["1", "true"].contains(XMLText.string(flag))
            }
        }
        let related = try Self.relationships(of: workbook, in: archive)
        let targets = Dictionary(related.map { ($0.id, $0.target) }) { first, _ in first }
        sheets = try listed.map { sheet in
            guard let part = targets[sheet.id] else {
                throw WorkbookError.damaged(workbook, .sheetWithoutPart(sheet.name))
            }
            return Sheet(name: sheet.name, part: part)
        }
        self.uses1904 = uses1904
        stylesPart = related.first { $0.type.hasSuffix("/styles") }?.target
        sharedStringsPart = related.first { $0.type.hasSuffix("/sharedStrings") }?.target
    }

    /// The sheet named `name` (Excel's names ignore case), or the first sheet when nil.
    /// - Throws: `WorkbookError` naming the sheets there are.
    func sheet(named name: String?) throws -> Sheet {
        guard !sheets.isEmpty else { throw WorkbookError.file(.workbookWithoutSheets) }
        guard let name else { return sheets[0] }
        if let sheet = sheets.first(where: { $0.name == name }) ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() }) {
            return sheet
        }
        throw WorkbookError(columnName: "sheet", message: .noSuchSheet(name, sheets: sheets.map(\.name)))
    }

    private struct Relationship {
        let id: String
        let type: String
        /// The part it points to, from the archive's root.
        let target: String
    }

    /// The relationships of `part` (`""` for the package itself), from its `_rels` file; none when it has none.
    private static func relationships(of part: String, in archive: WorkbookArchive) throws -> [Relationship] {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let rels = (folder.isEmpty ? "" : folder + "/") + "_rels/\(file).rels"
        guard archive.contains(rels) else { return [] }
        var found: [Relationship] = []
        try archive.scan(rels) { token in
            guard token.kind == .start, token.isNamed("Relationship"), let id = token.attribute("Id"),
                  let type = token.attribute("Type"), let target = token.attribute("Target") else { return }
            if let mode = token.attribute("TargetMode"), XMLText.string(mode) == "External" { return }
            found.append(Relationship(id: XMLText.string(id), type: XMLText.string(type),
                                      target: resolve(XMLText.string(target), from: folder)))
        }
        return found
    }

    /// A relationship's target as a part name: `/xl/a.xml` from the root, `a.xml` or `../a.xml`
    /// from the folder of the part it belongs to.
    static func resolve(_ target: String, from folder: String) -> String {
        var path: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": _ = path.popLast()
            default: path.append(piece)
            }
        }
        return path.joined(separator: "/")
    }
}
