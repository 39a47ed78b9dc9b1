/// Every way a log may name an office, normalized by `NameKey`, with the days each name was in use.
///
/// Names come in two tiers: names proper (official Korean and English names, ISO codes, short forms
/// such as 전북, aliases, former names, and a municipality after its province: `서울특별시 강남구`)
/// and derived short forms of municipalities (`전주`, `Jeonju`, `Jeonju City`). A derived form is
/// used only when no name proper matches, so `광주` is 광주광역시 and never 경기도 광주시.
struct OfficeNameIndex: Sendable {
    struct Entry: Sendable {
        let office: OfficeID
        /// 0: a name proper; 1: a derived short form.
        let tier: UInt8
        /// The name stands for `office` from this day; before it, it is refused with `fromNote`.
        var from: Day? = nil
        /// The name is out of use from this day on: it then stands for `after`, with `note`.
        var until: Day? = nil
        /// What the name stands for once out of use: the office itself (a former name, a move), its
        /// successor, or the several offices a ceased one was divided into.
        var after: [OfficeID] = []
        /// Why, once out of use.
        var note: OfficeNote? = nil
        /// Why, before `from`.
        var fromNote: OfficeNote? = nil

        func inUse(on day: Day) -> Bool {
            (from.map { $0 <= day } ?? true) && (until.map { day < $0 } ?? true)
        }

        func outOfUse(on day: Day) -> Bool { until.map { day >= $0 } ?? false }
    }

    /// What the entries of one name stand for on a day; `OfficeLookup` in more detail.
    enum Resolution: Equatable, Sendable {
        case found(OfficeID, formerName: OfficeNote?)
        case ambiguous([OfficeID])
        /// The name of an office that ceased on `since`, its territory divided among `into`.
        case divided(OfficeID, into: [OfficeID], since: Day)
        /// The name of an office that exists only from a later day; `note` says from when and what to write before.
        case notYet(OfficeID, note: OfficeNote?)
        case unknown

        var lookup: OfficeLookup {
            switch self {
            case .found(let office, let formerName): return .found(office, formerName: formerName)
            case .ambiguous(let offices), .divided(_, into: let offices, since: _): return .ambiguous(offices)
            case .notYet, .unknown: return .unknown(suggestion: nil)
            }
        }
    }

    private var entries: [String: [Entry]] = [:]
    /// Unqualified names, for "did you mean".
    private(set) var suggestionKeys: [(key: String, value: OfficeID)] = []

    func lookUp(_ key: String, on day: Day) -> Resolution {
        Self.resolve(entries(of: key), on: day)
    }

    /// The entries of a name's key (`NameKey.normalize`).
    func entries(of key: String) -> [Entry] {
        entries[key] ?? []
    }

    /// What the entries of one name stand for on `day`.
    static func resolve(_ all: [Entry], on day: Day) -> Resolution {
        guard !all.isEmpty else { return .unknown }
        // The common case: one entry, in use on that day.
        if all.count == 1, all[0].inUse(on: day) { return .found(all[0].office, formerName: nil) }
        let bestTier = all.map(\.tier).min()!
        let sameTier = all.filter { $0.tier == bestTier }
        let current = sameTier.filter { $0.inUse(on: day) }
        let ended = sameTier.filter { $0.outOfUse(on: day) }
        if !current.isEmpty {
            // Names in use, and names of offices that ceased and went to others (인천 중구 beside 서울 중구).
            var offices = Set(current.map(\.office))
            for entry in ended where entry.after != [entry.office] { offices.formUnion(entry.after) }
            return offices.count == 1 ? .found(offices.first!, formerName: nil) : .ambiguous(offices.sorted())
        }
        if !ended.isEmpty {
            let targets = Set(ended.flatMap(\.after)).sorted()
            if targets.count == 1 {
                return .found(targets[0], formerName: (ended.first { $0.note != nil } ?? ended[0]).note)
            }
            if Set(ended.map(\.office)).count == 1, ended.allSatisfy({ $0.after.count > 1 }) {
                return .divided(ended[0].office, into: ended[0].after, since: ended[0].until!)
            }
            return .ambiguous(targets)
        }
        // Only names of offices that did not exist yet.
        let entry = sameTier.min { ($0.from ?? day) < ($1.from ?? day) }!
        return .notYet(entry.office, note: entry.fromNote)
    }

    private mutating func add(_ name: some StringProtocol, _ entry: Entry, suggest: Bool = true) {
        let key = NameKey.normalize(name)
        guard !key.isEmpty else { return }
        entries[key, default: []].append(entry)
        if suggest { suggestionKeys.append((key, entry.office)) }
    }

    /// A name of an office and the days it stands for it (see `Entry`).
    fileprivate struct Form {
        let name: String
        let tier: UInt8
        var from: Day? = nil
        var fromNote: OfficeNote? = nil
        var until: Day? = nil
        var after: [OfficeID] = []
        var note: OfficeNote? = nil
    }

    /// When an office exists, as its table's history column says.
    private struct Lifetime {
        var from: Day?
        var until: Day?
        var successors: [OfficeID] = []
        var continues: OfficeID?
    }

    /// Parses the province and municipality tables into offices and indexes their names.
    static func build() -> ([Office], OfficeNameIndex) {
        var index = OfficeNameIndex()
        index.entries.reserveCapacity(16_384)
        let provinceRows = ReferenceTables.rows(ReferenceTables.provinces)
        let rows = ReferenceTables.rows(ReferenceTables.municipalities)
        var provinceByCode: [String: OfficeID] = [:]
        for (position, row) in provinceRows.enumerated() { provinceByCode[String(row[0])] = OfficeID(index: UInt16(position)) }
        var municipalityByName: [String: OfficeID] = [:]    // `KR-28/중구`
        for (position, row) in rows.enumerated() {
            municipalityByName["\(row[0])/\(row[1])"] = OfficeID(index: UInt16(provinceRows.count + position))
        }
        func province(_ code: some StringProtocol) -> OfficeID {
            guard let id = provinceByCode[String(code)] else { preconditionFailure("reference table: unknown province '\(code)'") }
            return id
        }
        func municipality(_ code: some StringProtocol, _ name: some StringProtocol) -> OfficeID {
            guard let id = municipalityByName["\(code)/\(name)"] else { preconditionFailure("reference table: unknown municipality '\(code)/\(name)'") }
            return id
        }

        // Every office's lifetime first: successors may come later in the tables.
        var lives = [Lifetime](repeating: Lifetime(), count: provinceRows.count + rows.count)
        for (position, row) in provinceRows.enumerated() {
            for event in ReferenceTables.list(row, 6) {
                let parts = event.split(separator: ":")
                switch parts[0] {
                case "merged-into" where parts.count == 3:
                    lives[position].until = ReferenceTables.day(parts[2])
                    lives[position].successors = [province(parts[1])]
                case "from" where parts.count == 2: lives[position].from = ReferenceTables.day(parts[1])
                default: preconditionFailure("province table: bad history '\(event)'")
                }
            }
        }
        for (position, row) in rows.enumerated() {
            let i = provinceRows.count + position
            for event in ReferenceTables.list(row, 5) {
                let parts = event.split(separator: ":")
                switch parts[0] {
                case "ended" where parts.count == 3:
                    lives[i].until = ReferenceTables.day(parts[1])
                    lives[i].successors = parts[2].split(separator: "+").map { municipality(row[0], $0) }
                case "from" where parts.count == 2 || parts.count == 3:
                    lives[i].from = ReferenceTables.day(parts[1])
                    if parts.count == 3 { lives[i].continues = municipality(row[0], parts[2]) }
                case "moved", "renamed", "absorbed": continue
                default: preconditionFailure("municipality table: bad history '\(event)'")
                }
            }
        }
        /// The office that continues the names of a ceased one, or its successors.
        func after(_ i: Int) -> [OfficeID] {
            if let next = lives.indices.first(where: { lives[$0].continues?.index == UInt16(i) }) { return [OfficeID(index: UInt16(next))] }
            return lives[i].successors
        }

        var offices: [Office] = []
        var provinceForms: [String: [Form]] = [:]    // by ISO code
        var displayNames: [String] = []              // as `Gazetteer.displayName` shows them
        /// `영종구 exists from 2026-07-01; before, write 인천광역시 중구`.
        func fromNote(_ i: Int, _ korean: String) -> OfficeNote? {
            guard let from = lives[i].from else { return nil }
            let before = lives.indices.filter { lives[$0].successors.contains { $0.index == UInt16(i) } }.map { displayNames[$0] }
            return .existsFrom(korean, from: from, before: before)
        }
        // Display names are needed for notes before every office is built: work them out first.
        let namesTaken = Dictionary(grouping: rows, by: { $0[1] }).mapValues(\.count)
        let provinceNameKeys = Set(provinceRows.flatMap { ([$0[0], $0[1], $0[2], $0[3]] + ReferenceTables.list($0, 4)).map { NameKey.normalize($0) } })
        displayNames = provinceRows.map { String($0[1]) }
        for row in rows {
            let shared = namesTaken[row[1], default: 0] > 1 || provinceNameKeys.contains(NameKey.normalize(row[1]))
            displayNames.append(shared ? "\(provinceRows[Int(province(row[0]).index)][1]) \(row[1])" : String(row[1]))
        }

        for (position, row) in provinceRows.enumerated() {
            let id = OfficeID(index: UInt16(position))
            let code = String(row[0]), korean = String(row[1])
            let life = lives[position]
            offices.append(Office(id: id, korean: korean, english: String(row[2]), shortKorean: String(row[3]), level: .province,
                                  isoCode: code, memberships: [(nil, id)], nameIsShared: false,
                                  from: life.from, until: life.until, successors: life.successors, continues: nil))
            let successors = after(position), note = fromNote(position, korean)
            let successor = successors.first.map { displayNames[Int($0.index)] }
            var forms = ([row[0], row[1], row[2], row[3]] + ReferenceTables.list(row, 4)).map { name in
                Form(name: String(name), tier: 0, from: life.from, fromNote: note, until: life.until,
                     after: successors, note: life.until.map { .renamed(String(name), now: successor!, since: $0) })
            }
            for former in ReferenceTables.list(row, 5) {
                let parts = former.split(separator: ":")
                let until = ReferenceTables.day(parts[1])
                forms.append(Form(name: String(parts[0]), tier: 0, until: until, after: [id],
                                  note: .renamed(String(parts[0]), now: korean, since: until)))
            }
            // Codes used as ISO codes but not ISO's: always out of use, read with a note naming the right one.
            for retired in ReferenceTables.list(row, 7) {
                forms.append(Form(name: String(retired), tier: 0, until: Day(year: 1, month: 1, day: 1), after: [id],
                                  note: .notISOCode(String(retired), office: korean, code: code)))
            }
            provinceForms[code] = forms
            for form in forms { index.add(form.name, Entry(form, id)) }
        }

        for (position, row) in rows.enumerated() {
            let i = provinceRows.count + position
            let id = OfficeID(index: UInt16(i))
            let korean = String(row[1]), english = String(row[2])
            guard let level = Office.Level(rawValue: String(row[3])) else {
                preconditionFailure("municipality table: bad row \(row)")
            }
            let current = province(row[0])
            let life = lives[i]
            var memberships: [(until: Day?, province: OfficeID)] = []
            let successors = after(i)
            let ending = { (name: Substring) in
                life.until.flatMap { until in successors.count == 1 ? OfficeNote.renamed(String(name), now: displayNames[Int(successors[0].index)], since: until) : nil }
            }
            let note = fromNote(i, korean)
            var forms = ([row[1], row[2]] + ReferenceTables.list(row, 4)).map {
                Form(name: String($0), tier: 0, from: life.from, fromNote: note, until: life.until,
                     after: successors, note: ending($0))
            }
            forms += derivedForms(korean: korean, english: english, level: level).map {
                Form(name: $0, tier: 1, from: life.from, fromNote: note, until: life.until,
                     after: successors, note: ending(Substring($0)))
            }
            for event in ReferenceTables.list(row, 5) {
                let parts = event.split(separator: ":")
                switch parts[0] {
                case "moved":
                    memberships.append((ReferenceTables.day(parts[2]), province(parts[1])))
                case "renamed":
                    let until = ReferenceTables.day(parts[3])
                    for old in parts[1...2] {
                        forms.append(Form(name: String(old), tier: 0, until: until, after: [id],
                                          note: .renamed(String(old), now: korean, since: until)))
                    }
                case "absorbed":
                    // A municipality merged into this one: its names and their short forms (마산, Masan City).
                    let until = ReferenceTables.day(parts[3])
                    let derived = derivedForms(korean: String(parts[1]), english: String(parts[2]), level: Office.Level(suffixOf: parts[1]))
                    let names: [(String, UInt8)] = [(String(parts[1]), 0), (String(parts[2]), 0)] + derived.map { ($0, 1) }
                    for (old, tier) in names {
                        forms.append(Form(name: String(old), tier: tier, until: until, after: [id],
                                          note: .partOf(String(old), now: korean, since: until)))
                    }
                default:
                    continue
                }
            }
            memberships.sort { $0.until! < $1.until! }
            memberships.append((nil, current))
            let shared = displayNames[i] != korean
            offices.append(Office(id: id, korean: korean, english: english, shortKorean: korean, level: level, isoCode: nil,
                                  memberships: memberships, nameIsShared: shared,
                                  from: life.from, until: life.until, successors: life.successors, continues: life.continues))

            for form in forms { index.add(form.name, Entry(form, id)) }
            // After its province, in either order: 서울특별시 강남구, 전북 전주시, Jung-gu, Busan.
            for (position, membership) in memberships.enumerated() {
                let provinceID = membership.province
                let leftOn = membership.until
                let moveNote = leftOn.map { day in
                    OfficeNote.partOf(korean, now: offices[Int(memberships[position + 1].province.index)].korean, since: day)
                }
                for provinceForm in provinceForms[offices[Int(provinceID.index)].isoCode!]! {
                    for form in forms {
                        // The first of the days the combination goes out of use: a move's note first on a tie.
                        let limits: [(Day?, OfficeNote?, [OfficeID])] = [(leftOn, moveNote, [id]), (form.until, form.note, form.after),
                                                                      (provinceForm.until, provinceForm.note, [id])]
                        let first = limits.compactMap { limit in limit.0.map { ($0, limit.1, limit.2) } }.min { $0.0 < $1.0 }
                        let starts = [(provinceForm.from, provinceForm.fromNote), (form.from, form.fromNote)]
                            .compactMap { start in start.0.map { ($0, start.1) } }.max { $0.0 < $1.0 }
                        let combined = Form(name: "", tier: form.tier, from: starts?.0, fromNote: starts?.1,
                                            until: first?.0, after: first?.2 ?? [], note: first?.1)
                        for name in ["\(provinceForm.name) \(form.name)", "\(form.name) \(provinceForm.name)"] {
                            index.add(name, Entry(combined, id), suggest: false)
                        }
                    }
                }
            }
        }
        return (offices, index)
    }

    /// The short forms people write for a municipality: 전주 and Jeonju for 전주시 (Jeonju-si),
    /// Jeonju City, Gunwi County, Gangnam District.
    private static func derivedForms(korean: String, english: String, level: Office.Level) -> [String] {
        var names: [String] = []
        let suffix = "-" + (level == .administrativeCity ? "si" : level.rawValue)
        if english.hasSuffix(suffix) {
            let base = String(english.dropLast(suffix.count))
            switch level {
            case .city, .administrativeCity: names += [base, "\(base) City"]
            case .county: names += [base, "\(base) County"]
            case .district: names += ["\(base) District"]
            case .province: break
            }
        }
        if level != .district, korean.count >= 3 {
            names.append(String(korean.dropLast()))
        }
        return names
    }
}

extension Office.Level {
    /// The level a municipality's Korean name says: 청원군 a county, 마산시 a city.
    fileprivate init(suffixOf korean: some StringProtocol) {
        switch korean.last {
        case "군": self = .county
        case "구": self = .district
        default: self = .city
        }
    }
}

extension OfficeNameIndex.Entry {
    fileprivate init(_ form: OfficeNameIndex.Form, _ office: OfficeID) {
        self.init(office: office, tier: form.tier, from: form.from, until: form.until, after: form.after, note: form.note,
                  fromNote: form.fromNote)
    }
}

