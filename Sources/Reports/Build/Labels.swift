import TradeMetrics

/// The words a report shows, in Korean and English.
enum Labels {
    static func measure(_ measure: Measure, _ language: Language) -> String {
        guard language == .en else { return measure.korean }
        switch measure {
        case .activities: return "Activities"
        case .missions: return "Missions"
        case .companies: return "Companies"
        case .partnerCompanies: return "Partner companies"
        case .agreements: return "Agreements"
        case .consultations: return "Consultations"
        case .consultationUSD: return "Consultation (USD)"
        case .contractUSD: return "Contracts (USD)"
        case .countries: return "Countries"
        case .consultationsPerCompany: return "Consultations per company"
        case .consultationUSDPerCompany: return "Consultation per company (USD)"
        case .contractUSDPerCompany: return "Contracts per company (USD)"
        case .conversionPct: return "Conversion (%)"
        }
    }

    static func dimension(_ dimension: Dimension, _ language: Language) -> String {
        language == .ko ? dimension.korean : dimension.rawValue.prefix(1).uppercased() + dimension.rawValue.dropFirst()
    }

    static func period(_ period: Period, _ language: Language) -> String {
        language == .ko ? period.korean : period.description
    }

    /// A base's periods: `2024년 3분기`, or a span `2023년 3분기 ~ 2024년 3분기` for a mean over years.
    static func periods(_ periods: [Period], _ language: Language) -> String? {
        guard let latest = periods.first, let earliest = periods.last else { return nil }
        if latest == earliest { return period(latest, language) }
        // The same part of several years: `2022~2023년 1분기`, `2022–2023-Q1`.
        if latest.length != .range && latest.length != .all {
            return language == .ko ? "\(earliest.first.year)~\(latest.korean)" : "\(earliest.first.year)–\(latest.description)"
        }
        return "\(period(earliest, language)) ~ \(period(latest, language))"
    }

    static func base(_ base: TableQuery.Base, _ language: Language) -> String {
        switch (base, language) {
        case (.previous, .ko): return "직전 기간"
        case (.previous, .en): return "Previous period"
        case (.lastYear, .ko): return "전년 동기"
        case (.lastYear, .en): return "Same period last year"
        case (.averageOf2Years, .ko): return "2년 평균"
        case (.averageOf2Years, .en): return "2-year average"
        case (.averageOf3Years, .ko): return "3년 평균"
        case (.averageOf3Years, .en): return "3-year average"
        }
    }

    /// A short column label for a comparison base: 전분기, 전월, 전년 동기 ….
    static func shortBase(_ base: TableQuery.Base, of period: Period, _ language: Language) -> String {
        if base == .lastYear { return language == .ko ? "전년 동기" : "last year" }
        if base.years > 1 { return language == .ko ? "\(base.years)년 평균" : "\(base.years)-yr avg." }
        switch period.length {
        case .quarter: return language == .ko ? "전분기" : "prev. quarter"
        case .month: return language == .ko ? "전월" : "prev. month"
        case .half: return language == .ko ? "직전 반기" : "prev. half"
        case .year: return language == .ko ? "전년" : "prev. year"
        case .range, .all: return language == .ko ? "직전 기간" : "prev. period"
        }
    }

    /// `span`: the report's period, after which an office that ceased shows its last day.
    static func group(_ key: GroupKey, _ style: LabelStyle, _ language: Language, _ places: Gazetteer, in span: Period) -> String {
        switch style {
        case .codes: return key.key(places)
        // The code names the office already: no end mark after its name (`KR-29 광주광역시`).
        case .both: return "\(key.key(places)) \(name(key, language, places, in: .all, marked: false))"
        case .names: return name(key, language, places, in: span)
        }
    }

    /// `marked`: an office that ceased by the end of `span` shows its last day (`광주광역시 (~2026-06-30)`).
    static func name(_ key: GroupKey, _ language: Language, _ places: Gazetteer, in span: Period, marked: Bool = true) -> String {
        if !marked, case .office(let id) = key { return language == .ko ? places.displayName(id) : places[id].english }
        guard language == .en else { return key.name(places, in: span) }
        switch key {
        case .office(let id): return places[id].english + places.endMark(id, in: span)
        case .region(let id): return places[id].key
        case .country(let id): return places[id].english
        case .sector(let sector): return sector.code
        case .kind(let kind): return kind.code
        case .quarter, .month: return key.key(places)
        }
    }

    static func column(_ column: Column, _ style: LabelStyle, _ language: Language) -> String {
        if style == .codes { return column.name }
        let (ko, en): (String, String)
        switch column {
        case .id: (ko, en) = ("번호", "ID")
        case .date: (ko, en) = ("일자", "Date")
        case .endDate: (ko, en) = ("종료일", "End date")
        case .office: (ko, en) = ("기관", "Office")
        case .kind: (ko, en) = ("유형", "Kind")
        case .trip: (ko, en) = ("출장", "Trip")
        case .partnerCountry: (ko, en) = ("국가", "Country")
        case .partnerCity: (ko, en) = ("도시", "City")
        case .partnerOrg: (ko, en) = ("상대기관", "Partner organisation")
        case .sectors: (ko, en) = ("분야", "Sectors")
        case .companies: (ko, en) = ("참여기업", "Companies")
        case .partnerCompanies: (ko, en) = ("상대기업", "Partner companies")
        case .agreements: (ko, en) = ("협약", "Agreements")
        case .consultations: (ko, en) = ("상담건수", "Consultations")
        case .consultationUSD: (ko, en) = ("상담액(달러)", "Consultation (USD)")
        case .contractUSD: (ko, en) = ("계약액(달러)", "Contracts (USD)")
        case .title: (ko, en) = ("제목", "Title")
        case .source: (ko, en) = ("출처", "Source")
        }
        return language == .ko ? ko : en
    }

    static func text(_ ko: String, _ en: String, _ language: Language) -> String { language == .ko ? ko : en }
}
