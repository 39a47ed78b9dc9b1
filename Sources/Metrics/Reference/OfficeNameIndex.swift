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
        /// The name is out of use from this day on.
        let until: Day?
        /// Why, once out of use.
        let note: String?
    }

    private(set) var entries: [String: [Entry]] = [:]
    /// Unqualified names, for "did you mean".
    private(set) var suggestionKeys: [(key: String, value: OfficeID)] = []

    func lookUp(_ key: String, on day: Day) -> OfficeLookup {
        Self.resolve(entries[key] ?? [], on: day)
    }

    /// What the entries of one name stand for on `day`.
    static func resolve(_ all: [Entry], on day: Day) -> OfficeLookup {
        guard !all.isEmpty else { return .unknown(suggestion: nil) }
        // The common case: one entry, in use on that day.
        if all.count == 1, all[0].until.map({ day < $0 }) ?? true { return .found(all[0].office, formerName: nil) }
        let bestTier = all.map(\.tier).min()!
        let sameTier = all.filter { $0.tier == bestTier }
        let current = sameTier.filter { $0.until.map { day < $0 } ?? true }
        let pool = current.isEmpty ? sameTier : current
        let offices = Set(pool.map(\.office)).sorted()
        guard offices.count == 1 else { return .ambiguous(offices) }
        // Several entries of one office: prefer the one still in use on that day.
        let entry = pool.first { $0.until.map { day < $0 } ?? true } ?? pool[0]
        let outOfUse = entry.until.map { day >= $0 } ?? false
        return .found(offices[0], formerName: outOfUse ? entry.note : nil)
    }

    private mutating func add(_ name: some StringProtocol, _ office: OfficeID, tier: UInt8,
                              until: Day? = nil, note: String? = nil, suggest: Bool = true) {
        let key = NameKey.normalize(name)
        guard !key.isEmpty else { return }
        entries[key, default: []].append(Entry(office: office, tier: tier, until: until, note: note))
        if suggest { suggestionKeys.append((key, office)) }
    }

    /// A name of an office and the days it was in use.
    private struct Form {
        let name: String
        let tier: UInt8
        let until: Day?
        let note: String?
    }

    /// Parses the province and municipality tables into offices and indexes their names.
    static func build() -> ([Office], OfficeNameIndex) {
        var index = OfficeNameIndex()
        var offices: [Office] = []
        var provinceForms: [String: [Form]] = [:]    // by ISO code
        var provinceByCode: [String: OfficeID] = [:]

        for (position, row) in ReferenceTables.rows(ReferenceTables.provinces).enumerated() {
            let id = OfficeID(index: UInt16(position))
            let code = String(row[0]), korean = String(row[1])
            offices.append(Office(id: id, korean: korean, english: String(row[2]), shortKorean: String(row[3]), level: .province,
                                  isoCode: code, memberships: [(nil, id)], nameIsShared: false))
            provinceByCode[code] = id
            var forms = ([row[0], row[1], row[2], row[3]] + ReferenceTables.list(row, 4)).map {
                Form(name: String($0), tier: 0, until: nil, note: nil)
            }
            for former in ReferenceTables.list(row, 5) {
                let parts = former.split(separator: ":")
                let until = ReferenceTables.day(parts[1])
                forms.append(Form(name: String(parts[0]), tier: 0, until: until,
                                  note: "\(parts[0]) is \(korean) since \(until)"))
            }
            provinceForms[code] = forms
            for form in forms { index.add(form.name, id, tier: 0, until: form.until, note: form.note) }
        }

        let rows = ReferenceTables.rows(ReferenceTables.municipalities)
        let namesTaken = Dictionary(grouping: rows, by: { $0[1] }).mapValues(\.count)
        for row in rows {
            let id = OfficeID(index: UInt16(offices.count))
            let korean = String(row[1]), english = String(row[2])
            guard let level = Office.Level(rawValue: String(row[3])),
                  let current = provinceByCode[String(row[0])] else {
                preconditionFailure("municipality table: bad row \(row)")
            }
            var memberships: [(until: Day?, province: OfficeID)] = []
            var forms = ([row[1], row[2]] + ReferenceTables.list(row, 4)).map {
                Form(name: String($0), tier: 0, until: nil, note: nil)
            }
            forms += derivedForms(korean: korean, english: english, level: level)
            for event in ReferenceTables.list(row, 5) {
                let parts = event.split(separator: ":")
                switch parts[0] {
                case "moved":
                    memberships.append((ReferenceTables.day(parts[2]), provinceByCode[String(parts[1])]!))
                case "renamed":
                    let until = ReferenceTables.day(parts[3])
                    for old in parts[1...2] {
                        forms.append(Form(name: String(old), tier: 0, until: until,
                                          note: "\(old) is \(korean) since \(until)"))
                    }
                default:
                    preconditionFailure("municipality table: bad history '\(event)'")
                }
            }
            memberships.sort { $0.until! < $1.until! }
            memberships.append((nil, current))
            let shared = namesTaken[row[1], default: 0] > 1 || index.entries[NameKey.normalize(korean)] != nil
            offices.append(Office(id: id, korean: korean, english: english, shortKorean: korean, level: level, isoCode: nil,
                                  memberships: memberships, nameIsShared: shared))

            for form in forms { index.add(form.name, id, tier: form.tier, until: form.until, note: form.note) }
            // After its province, in either order: 서울특별시 강남구, 전북 전주시, Jung-gu, Busan.
            for (position, membership) in memberships.enumerated() {
                let province = offices[Int(membership.province.index)]
                let leftOn = membership.until
                let moveNote = leftOn.map { day in
                    let next = offices[Int(memberships[position + 1].province.index)].korean
                    return "\(korean) is part of \(next) since \(day)"
                }
                for provinceForm in provinceForms[province.isoCode!]! {
                    for form in forms {
                        let limits = [(provinceForm.until, provinceForm.note), (form.until, form.note),
                                      (leftOn, moveNote)].compactMap { limit in limit.0.map { ($0, limit.1) } }
                        let first = limits.min { $0.0 < $1.0 }
                        for name in ["\(provinceForm.name) \(form.name)", "\(form.name) \(provinceForm.name)"] {
                            index.add(name, id, tier: form.tier, until: first?.0, note: first?.1, suggest: false)
                        }
                    }
                }
            }
        }
        return (offices, index)
    }

    /// The short forms people write for a municipality: 전주 and Jeonju for 전주시 (Jeonju-si),
    /// Jeonju City, Gunwi County, Gangnam District.
    private static func derivedForms(korean: String, english: String, level: Office.Level) -> [Form] {
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
        return names.map { Form(name: $0, tier: 1, until: nil, note: nil) }
    }
}
