/// A table as a sheet prints it: whole, or one part of a table too wide for the page.
struct PrintedTable {
    var table: ReportTable
    /// The column of the source table each column shows (a chart finds its values by it).
    var sourceColumns: [Int]
    var sourceID: String

    init(whole table: ReportTable) {
        self.table = table
        sourceColumns = Array(table.columns.indices)
        sourceID = table.id
    }

    init(part table: ReportTable, of source: ReportTable, columns: [Int]) {
        self.table = table
        sourceColumns = columns
        sourceID = source.id
    }
}

extension ReportTable {
    /// The table cut into parts each at most `budget` width units wide: the label columns in every
    /// part, then whole groups of one measure's columns (its value with its rank, share, base and
    /// changes), each part titled with the measures it shows (`… (1/2: 활동·출장)`). A table that
    /// fits, a list, or a table of one group: itself.
    func printParts(budget: Int, width: (Int) -> Int) -> [PrintedTable] {
        let labels = Array(columns.indices.prefix { columns[$0].role == .label })
        guard !isList, stream == nil, !labels.isEmpty, columns.indices.map(width).reduce(0, +) > budget else {
            return [PrintedTable(whole: self)]
        }
        // Groups start at each value column; what follows it (rank, share, base, change) belongs to it.
        var groups: [[Int]] = []
        for column in columns.indices.dropFirst(labels.count) {
            if columns[column].role == .value || groups.isEmpty { groups.append([column]) } else { groups[groups.count - 1].append(column) }
        }
        guard groups.count > 1 else { return [PrintedTable(whole: self)] }
        let room = max(budget - labels.map(width).reduce(0, +), 1)
        let groupWidths = groups.map { $0.map(width).reduce(0, +) }
        let parts = Self.pack(groupWidths, room: room)
        return parts.enumerated().map { index, members in
            let kept = labels + members.flatMap { groups[$0] }
            let names = members.map { columns[groups[$0][0]].header }
            let shows = names.count <= 3 ? names.joined(separator: "·") : "\(names[0]) ~ \(names[names.count - 1])"
            let label = "(\(index + 1)/\(parts.count): \(shows))"
            var part = ReportTable(id: index == 0 ? id : "\(id)#\(index + 1)", title: title.map { "\($0) \(label)" } ?? label,
                                   columns: kept.map { columns[$0] }, rows: rows.map { row in kept.map { row[$0] } },
                                   hasTotal: hasTotal, labelColumn: kept.firstIndex(of: labelColumn) ?? 0)
            part.hasRest = hasRest
            part.folded = folded.map { row in kept.map { row[$0] } }
            if let shaded = colourScale {
                let inside = kept.indices.filter { shaded.contains(kept[$0]) }
                if let first = inside.first, let last = inside.last { part.colourScale = first...last }
            }
            return PrintedTable(part: part, of: self, columns: kept)
        }
    }

    /// Groups of `widths` packed in order into as few parts as fit `room`, as even as that allows.
    static func pack(_ widths: [Int], room: Int) -> [[Int]] {
        func greedy(_ limit: Int) -> [[Int]] {
            var parts: [[Int]] = [], used = 0
            for (index, width) in widths.enumerated() {
                if parts.isEmpty || used + width > limit {
                    parts.append([index])
                    used = width
                } else {
                    parts[parts.count - 1].append(index)
                    used += width
                }
            }
            return parts
        }
        let fewest = greedy(room).count
        // The narrowest limit that still needs no more parts evens them out.
        var limit = max(widths.max() ?? 0, (widths.reduce(0, +) + fewest - 1) / fewest)
        while limit < room, greedy(limit).count > fewest { limit += 1 }
        return greedy(limit)
    }
}
