import TradeMetrics

extension ReportBuilder {
    /// Where the numbers come from: the inputs and their fingerprints, the period and bases, the
    /// warnings, the definitions in plain words, and the toolkit's version.
    func about(_ block: AboutBlock, title: String) -> ReportTable {
        let ko = language == .ko
        var rows: [[ReportCell]] = []
        func add(_ label: String, _ value: String) { rows.append([.text(label), .text(value)]) }
        add(ko ? "보고서" : "Report", title)
        add(ko ? "기간" : "Period", "\(Labels.period(context.period, language)) (\(range(context.period)))")
        for base in TableQuery.Base.allCases {
            let periods = TableQuery(period: context.period, base: base).basePeriods
            guard let text = Labels.periods(periods, language) else { continue }
            let ranges = periods.reversed().map(range).joined(separator: ", ")
            add(Labels.base(base, language), "\(text) (\(ranges))" + (base.years > 1 ? (language == .ko ? ", 해마다의 합계·건수를 평균" : ", the mean of each year's sums and counts") : ""))
        }
        boundaryRows(add)
        add(ko ? "대상 기관" : "Office", context.officeName ?? (ko ? "전체 (모든 기관)" : "All offices"))
        for file in context.files {
            add(ko ? "입력 파일" : "Input file", "\(file.name): \(file.rows)\(ko ? "행" : " rows"), SHA-256 \(file.sha256)")
        }
        let inPeriod = metrics.table(query([])).total.totals.activities
        add(ko ? "기간 안의 활동" : "Rows in the period", "\(inPeriod)")
        warningRows(add)
        if !context.merges.isEmpty {
            add(ko ? "중복 병합 (dedupe)" : "Merged (dedupe)", ko ? "\(context.merges.count)건: 한 활동으로 셈, 기초자치단체 행에 수치는 큰 값"
                                                           : "\(context.merges.count): counted once, under the municipality, with the larger of each number")
            for merge in context.merges {
                add("", merge.kept + " ← " + merge.merged.joined(separator: "; "))
            }
        }
        for (measure, definition) in definitions { add(measure, definition) }
        if template.showsTies {
            let day = Self.tiesDay(context)
            add(ko ? "교류 협력" : "Tie", ko
                ? "기관과 해외 상대(국가 안의 상대 도시, 도시가 없으면 상대 기관)의 관계로, 첫 협약(유형이 업무협약이거나 협약이 1건 이상인 행)부터 셉니다. 상대 이름은 대소문자·띄어쓰기·문장부호를 가리지 않고 맞춥니다. 활동은 첫 협약 전의 것을 포함해 \(day)까지 그 상대와의 모든 행을 셉니다. 도는 소속 시·군·구의 교류를 함께 보여 줍니다."
                : "An office and a partner abroad (the partner city in its country, or the partner organisation where no city is given), from its first agreement (a row of kind agreement, or with agreements ≥ 1). Partners match ignoring case, spaces and punctuation. Activities count every row with the partner up to \(day), those before the first agreement included. A province shows its 시·군·구's ties too.")
            add(ko ? "휴면" : "Dormant", ko
                ? "마지막 활동이 \(day)보다 정해진 개월 수(기본 24개월)를 넘게 앞선 교류. 딱 24개월 전이면 아직 활동 중입니다."
                : "A tie whose last activity is more than the set number of months (24 by default) before \(day); exactly 24 months before is still active.")
        }
        add(ko ? "만든 도구" : "Made with", "\(Toolkit.name) \(Toolkit.version)")
        return ReportTable(id: "about", title: block.title?.text(language),
                           columns: [ReportColumn(ko ? "항목" : "Item"), ReportColumn(ko ? "내용" : "Details")], rows: rows)
    }

    /// The warnings by kind, the most frequent first, each with its first places; every warning is
    /// on the sheet of `warningList`.
    private func warningRows(_ add: (String, String) -> Void) {
        let ko = language == .ko
        let warnings = context.warnings
        let kinds = WarningKind.group(warnings)
        let shown = kinds.prefix(Self.warningKindsShown)
        var summary = ko ? "\(warnings.count)건" : "\(warnings.count)"
        if let list = warningListName {
            summary += ko ? " (\(kinds.count)가지; 종류마다 처음 몇 건, 모두는 '\(list)' 시트)"
                          : " (\(kinds.count) kinds; the first few of each, all on sheet '\(list)')"
        }
        add(ko ? "경고" : "Warnings", summary)
        for kind in shown {
            let more = kind.count > kind.examples.count ? ", …" : ""
            add("", (ko ? "\(kind.count)건: " : "\(kind.count) × ") + kind.text + "\n"
                + (ko ? "예: " : "e.g. ") + kind.examples.joined(separator: ", ") + more)
        }
        if kinds.count > shown.count {
            let rest = kinds.dropFirst(shown.count)
            add("", ko ? "그 밖의 \(rest.count)가지 \(rest.map(\.count).reduce(0, +))건"
                       : "\(rest.count) other kinds, \(rest.map(\.count).reduce(0, +)) warnings")
        }
    }

    static let warningKindsShown = 6

    /// The sheet listing every warning, when the about sheet shows fewer than all.
    var warningListName: String? {
        guard template.sheets.contains(where: { $0.blocks.contains { if case .about = $0 { return true } else { return false } } }) else {
            return nil
        }
        let kinds = WarningKind.group(context.warnings)
        let shown = kinds.prefix(Self.warningKindsShown).map(\.examples.count).reduce(0, +)
        return shown < context.warnings.count ? Labels.text("경고 목록", "Warnings", language) : nil
    }

    /// Every warning, one a row, on a sheet for the screen (not printed).
    func warningList(named name: String) -> ReportSheet {
        let ko = language == .ko
        let rows = context.warnings.map { warning -> [ReportCell] in
            let (place, _, _) = WarningKind.parts(of: warning)
            let text = warning.firstRange(of: ": warning: ").map { String(warning[$0.upperBound...]) } ?? warning
            return [.text(place), .text(text)]
        }
        var table = ReportTable(id: "warnings", title: ko ? "로그의 경고 \(rows.count)건 (화면용: 인쇄되지 않음)"
                                                        : "The log's \(rows.count) warnings (for the screen: not printed)",
                                columns: [ReportColumn(ko ? "위치" : "Place"), ReportColumn(ko ? "경고" : "Warning")], rows: rows, isList: true)
        table.fileName = nil
        return ReportSheet(name: name, blocks: [.table(table)], screenOnly: true)
    }

    /// Which map the report counts on, and each reorganisation that falls in its periods (bases
    /// included): restated (a merger of provinces, with today's boundaries) or not (a municipality
    /// divided, whose earlier rows stay under it with its last day).
    private func boundaryRows(_ add: (String, String) -> Void) {
        let ko = language == .ko
        let period = context.period
        let firsts = [period.first] + TableQuery.Base.allCases.flatMap { TableQuery(period: period, base: $0).basePeriods.map(\.first) }
        let earliest = firsts.min()!
        let changes = earliest < period.last ? places.boundaryChanges(in: earliest.adding(days: 1)...period.last) : []
        let asOf = period.length == .all ? "" : " (\(period.last)\(ko ? " 기준" : ""))"
        var text: String
        switch context.boundaries {
        case .current:
            text = ko ? "현재 경계\(asOf): 그때까지 통합된 시·도의 행은 비교 기간을 포함해 통합된 시·도로 셈"
                      : "Today's\(asOf.isEmpty ? "" : " (as on \(period.last))"): rows of provinces merged by then count under the merged one, in every base too"
        case .asLogged:
            text = ko ? "기록 당시 경계 (boundaries: as-logged): 각 행을 그 일자의 기관으로 셈"
                      : "As logged (boundaries: as-logged): each row under the office of its own date"
        }
        if changes.isEmpty { text += ko ? "; 이 기간에 바뀐 경계 없음" : "; no boundary changed in these periods" }
        add(ko ? "경계" : "Boundaries", text)
        func name(_ id: OfficeID) -> String { ko ? places.displayName(id) : places[id].english }
        for change in changes {
            let before = change.before.map(name).joined(separator: ", "), after = change.after.map(name).joined(separator: ", ")
            switch change.kind {
            case .merged where context.boundaries == .current:
                add(ko ? "재집계" : "Restated", "\(before) → \(after) (\(change.date))"
                    + (ko ? ": 이전 행도 \(after)로 셈" : ": earlier rows count under \(after)"))
            case .merged, .ceased:
                let kept = change.before.map { name($0) + places.endMark($0) }.joined(separator: ", ")
                add(ko ? "재집계하지 않음" : "Not restated", "\(before) → \(after) (\(change.date))"
                    + (ko ? ": 이전 행은 \(kept)에 남음" : ": earlier rows stay under \(kept)"))
            case .moved:
                let moved = change.municipality.map(name) ?? ""
                add(ko ? "재집계하지 않음" : "Not restated", "\(moved): \(before) → \(after) (\(change.date))"
                    + (ko ? ": 이전 행은 \(before)로 셈" : ": earlier rows count under \(before)"))
            }
        }
    }

    private func range(_ period: Period) -> String {
        period.length == .all ? (language == .ko ? "모든 날짜" : "every date") : "\(period.first) ~ \(period.last)"
    }

    private var definitions: [(String, String)] {
        if language == .en {
            return [
                ("Activities", "Rows of the log whose date falls in the period."),
                ("Missions", "Distinct trips: rows grouped by their trip, or by their id for a mission without one; a trip counts in the period of its first row, and once in each group (sector, region …) where it has a row."),
                ("Companies", "Sum of the office's own companies taking part."),
                ("Partner companies", "Sum of the partner side's companies taking part."),
                ("Agreements", "Sum of MOUs and agreements signed; an empty cell on an agreement row counts 1."),
                ("Consultations", "Sum of business consultations held."),
                ("Consultation (USD)", "Sum of the value under consultation, in US dollars."),
                ("Contracts (USD)", "Sum of contracts signed or under way, in US dollars."),
                ("Countries", "Distinct partner countries."),
                ("Consultations per company", "Consultations ÷ companies, from the sums of the group (not averaged from rows); empty when there are no companies."),
                ("Consultation per company (USD)", "Consultation value ÷ companies, from the group's sums; empty when there are no companies."),
                ("Contracts per company (USD)", "Contract value ÷ companies, from the group's sums; empty when there are no companies."),
                ("Conversion (%)", "100 × contract value ÷ consultation value, from the group's sums; empty when nothing was under consultation."),
                ("2- and 3-year average", "The mean of the same period over the two or three years before: each year's sums and counts averaged; a per-company figure or conversion from the years' sums. A year without rows counts as zero."),
                ("Sectors", "A row counts under each of its sectors, so shares may add up past 100%; rows without a sector count under other; totals count each row once."),
                ("Regions", "UN M49 sub-regions of the partner country (Taiwan in Eastern Asia)."),
            ]
        }
        return [
            ("활동", "일자가 기간 안에 있는 활동 기록(행)의 수."),
            ("출장", "서로 다른 출장의 수. 출장(trip) 값으로 묶고, 값이 없는 해외출장(mission) 행은 그 번호(id)로 묶습니다. 출장은 첫 행의 일자가 속한 기간에 세고, 분야·권역 등 묶음마다 그 묶음에 행이 있으면 한 번씩 셉니다."),
            ("참여기업", "우리 쪽 참여 기업 수의 합."),
            ("상대기업", "상대 쪽 참여 기업 수의 합."),
            ("협약", "체결한 협약·양해각서(MOU) 수의 합. 유형이 업무협약(agreement)인 행에서 비어 있으면 1건으로 셉니다."),
            ("상담건수", "수출상담 건수의 합."),
            ("상담액(달러)", "상담 금액(미국 달러)의 합."),
            ("계약액(달러)", "계약(추진) 금액(미국 달러)의 합."),
            ("국가", "서로 다른 상대국의 수."),
            ("기업당 상담건수", "상담건수 ÷ 참여기업. 묶음의 합계로 계산합니다(행마다의 비율을 평균하지 않음). 참여기업이 없으면 비워 둡니다."),
            ("기업당 상담액(달러)", "상담액 ÷ 참여기업. 묶음의 합계로 계산하고, 참여기업이 없으면 비워 둡니다."),
            ("기업당 계약액(달러)", "계약(추진)액 ÷ 참여기업. 묶음의 합계로 계산하고, 참여기업이 없으면 비워 둡니다."),
            ("계약 전환율(%)", "100 × 계약(추진)액 ÷ 상담액. 묶음의 합계로 계산하고, 상담액이 없으면 비워 둡니다."),
            ("2년·3년 평균", "직전 2년 또는 3년 같은 기간의 평균. 해마다의 합계·건수를 평균하고, 기업당 수치와 전환율은 그 해들의 합계로 계산합니다. 활동이 없는 해는 0으로 셉니다."),
            ("분야", "한 행이 여러 분야에 해당하면 분야마다 한 번씩 셉니다(비율의 합이 100%를 넘을 수 있음). 분야가 없는 행은 '기타'로 셉니다. 합계는 행마다 한 번만 셉니다."),
            ("권역", "상대국이 속한 UN M49 하위 지역(대만은 동아시아)."),
        ]
    }
}
