import Foundation
import Testing
@testable import TradeMetrics

/// The catalogue: every message in both languages, Korean written in Korean.
struct MessageCatalogueTests {
    static let day = Day(year: 2024, month: 1, day: 18)!
    static let notes: [OfficeNote] = [
        .renamed("전라북도", now: "전북특별자치도", since: day), .partOf("군위군", now: "대구광역시", since: day),
        .notISOCode("KR-52", office: "전북특별자치도", code: "KR-45"), .existsFrom("영종구", from: day, before: ["인천광역시 중구"]),
        .existsFrom("영종구", from: day, before: []),
    ]
    static let damages: [WorkbookDamage] = [
        .missing, .unpacksTooLarge(megabytes: 16), .packingMethod(12), .unreadable, .checksum, .notXML(.endsInsideTag),
        .sheetWithoutPart("활동"), .notARowNumber, .rowsOutOfOrder(after: 46), .noSharedString("99"), .noEndRecord, .damagedZip64EndRecord, .tooManyFiles(10_000),
        .directoryPastEnd, .damagedDirectory, .damagedLocalHeader, .endsInsidePart, .cannotUnpack, .cutShort,
        .invalidCompressedData, .compressedDataEndsEarly, .tokenTooLong(megabytes: 16), .endsInsideTag,
    ]

    static let templateSamples: [TemplateMessage] = [
        .empty, .notYAML, .notUTF8, .keysTwiceInMapping(["title"]), .aliasBomb, .notAMapping("the template", allowed: ["title", "sheets"]),
        .keyNotText("a sheet"), .unknownKey("titel", in: "the template", suggestion: "title", allowed: ["title"]),
        .unknownKey("x", in: "style", suggestion: nil, allowed: ["font", "font_size"]), .keyTwice("name", in: "a sheet"),
        .mustBeText("font"), .controlCharacter("title", code: "U+001B", text: "a\\u{1b}"), .wholeNumber("font_size", 6...40),
        .trueOrFalse("show_title"), .needsKoAndEn("title"), .unknownChoice("measure", name: "activity", suggestion: "activities", choices: ["activities"]),
        .unknownChoice("dimension", name: "x", suggestion: nil, choices: ["province", "sector"]), .nameOrList("measure"), .sheetsList,
        .noSheets, .sheetNamedTwice("요약"), .csvFileTwice("분야별"), .headerFill, .blocksList, .chartFromUnknown("t1"), .sheetNeedsName,
        .blockKinds(["kpis", "table"]), .tableNeedsBy(dimensions: ["province", "sector"]), .matrixNeedsColumns, .chartNeedsFrom,
        .chartNeedsTitle, .sheetNameEmpty, .sheetNameTooLong("아주 긴 이름", limit: 31), .sheetNameForbidden("a/b", character: "/"),
        .sheetNameApostrophe("'a"), .sheetNameControl("a\\u{1}b", code: "U+0001"),
    ] + YAMLProblem.allCases.map { .yamlSyntax($0) }

    /// Each case of `Message` by name, with sample values (several for a case whose text varies).
    static let samples: [(name: String, message: Message)] = [
        ("utf16File", .utf16File), ("notTextFile", .notTextFile), ("nulByte", .nulByte), ("noValidRows", .noValidRows(1_000)),
        ("byteOrderMarkInside", .byteOrderMarkInside), ("headerRepeated", .headerRepeated),
        ("lineTooLong", .lineTooLong(maximumFields: 10_000)), ("quoteTooLong", .quoteTooLong), ("quoteNeverClosed", .quoteNeverClosed),
        ("emptyFile", .emptyFile), ("headerWithoutRows", .headerWithoutRows), ("cannotRead", .cannotRead(reason: "Permission denied")),
        ("moreNotShown", .moreNotShown(12, .error)), ("moreNotShown", .moreNotShown(3, .warning)),
        ("columnTwice", .columnTwice(field: 2)), ("requiredColumnMissing", .requiredColumnMissing(accepted: ["date", "일자", "날짜"])),
        ("ambiguousEncoding", .ambiguousEncoding(read: .cp949, other: "좌석")), ("ambiguousEncoding", .ambiguousEncoding(read: .utf8, other: "醫뚯꽍")),
        ("mixedEncoding", .mixedEncoding(found: .cp949, file: .utf8)), ("invalidText", .invalidText(.utf8)),
        ("requiredEmpty", .requiredEmpty), ("idUsed", .idUsed(at: "a.csv:2")), ("sameRow", .sameRow(as: "form.xlsx[활동]:A5")),
        ("endsBeforeDate", .endsBeforeDate(day)), ("notADate", .notADate), ("noSuchDay", .noSuchDay),
        ("yearOutOfRange", .yearOutOfRange(1900...2999)),
        ("ambiguousOffice", .ambiguousOffice(["서울특별시 중구", "부산광역시 중구"])),
        ("dividedOffice", .dividedOffice("인천광역시 중구", since: day, into: ["영종구", "제물포구"])),
        ("unknownOffice", .unknownOffice(suggestion: "전북특별자치도")), ("unknownOffice", .unknownOffice(suggestion: nil)),
        ("unknownKind", .unknownKind(suggestion: "mission", codes: ["mission", "agreement"])),
        ("unknownKind", .unknownKind(suggestion: nil, codes: ["mission", "agreement"])),
        ("unknownCountry", .unknownCountry(suggestion: ("미국", "US"))), ("unknownCountry", .unknownCountry(suggestion: nil)),
        ("unknownSector", .unknownSector(suggestion: "bio")), ("unknownSector", .unknownSector(suggestion: nil)),
        ("beyondHeader", .beyondHeader), ("totalTooLarge", .totalTooLarge(limit: 1_000_000_000_000)),
        ("notANumber", .notANumber(dollars: true)), ("notANumber", .notANumber(dollars: false)), ("negative", .negative),
        ("notWhole", .notWhole), ("tooManyDecimals", .tooManyDecimals),
        ("tooLarge", .tooLarge(limit: 2_147_483_647, dollars: false)), ("tooLarge", .tooLarge(limit: 1_000_000_000, dollars: true)),
        ("sameActivity", .sameActivity(as: "a.csv:3", offices: ["전북특별자치도", "전주시"])),
        ("workbookWithPassword", .workbookWithPassword), ("oldWorkbook", .oldWorkbook), ("notZip", .notZip),
        ("zipNotWorkbook", .zipNotWorkbook(part: "xl/workbook.xml")), ("zipTooManyFiles", .zipTooManyFiles(10_000)),
        ("zipUnreadable", .zipUnreadable), ("workbookWithoutSheets", .workbookWithoutSheets),
        ("noSuchSheet", .noSuchSheet("활동", sheets: ["Sheet1", "2024"])), ("emptySheet", .emptySheet), ("rowTooLarge", .rowTooLarge),
        ("tooManySharedStrings", .tooManySharedStrings(1_000_000)), ("sharedStringsTooLarge", .sharedStringsTooLarge(megabytes: 256)),
        ("agreementWithoutPartner", .agreementWithoutPartner),
        ("maybeSamePartner", .maybeSamePartner(office: "전북특별자치도", other: "알마티주", country: "KZ")),
        ("ambiguousOfficeOption", .ambiguousOfficeOption("중구", candidates: ["서울특별시 중구", "부산광역시 중구"])),
        ("officeOption", .officeOption("영종구", .officeNotYet(.existsFrom("영종구", from: day, before: ["인천광역시 중구"])))),
        ("unknownOfficeOption", .unknownOfficeOption("Jeonbok", suggestion: "전북특별자치도")),
        ("unknownOfficeOption", .unknownOfficeOption("xyz", suggestion: nil)),
        ("unknownCountryOption", .unknownCountryOption("Amerika", suggestion: ("미국", "US"))),
        ("unknownCountryOption", .unknownCountryOption("xyz", suggestion: nil)),
        ("unknownSectorOption", .unknownSectorOption("biology")), ("unknownKindOption", .unknownKindOption("trip")),
        ("emptyOption", .emptyOption("office", example: "전북")), ("tooManyDimensions", .tooManyDimensions),
        ("unknownDimension", .unknownDimension("city", known: ["province", "sector"])),
        ("unknownComparison", .unknownComparison("yesterday", known: ["previous", "last-year"])),
        ("unknownBoundaries", .unknownBoundaries("old")), ("unknownLanguage", .unknownLanguage("jp")),
        ("badPeriod", .badPeriod("2024-Q5")), ("periodYearOutOfRange", .periodYearOutOfRange("1800", 1900...2999)),
        ("periodReversed", .periodReversed("2024-03-01..2024-01-01")), ("notAProvince", .notAProvince("전주시")),
        ("nothingToCompare", .nothingToCompare(period: "all")), ("noLogFile", .noLogFile), ("noFormOutput", .noFormOutput),
        ("emptyOfficeOption", .emptyOfficeOption), ("eitherOfficesOrAllProvinces", .eitherOfficesOrAllProvinces),
        ("dormantAfterRange", .dormantAfterRange), ("asOfNotADate", .asOfNotADate("yesterday")),
        ("emptyOutputOption", .emptyOutputOption("-o")), ("portRange", .portRange), ("maxUploadRange", .maxUploadRange),
        ("jobsRange", .jobsRange), ("noBuiltInTemplate", .noBuiltInTemplate("x", builtIn: ["quarterly", "compare"])),
        ("templateCopyExists", .templateCopyExists("quarterly.yaml")), ("noTemplate", .noTemplate("x", builtIn: ["quarterly"])),
        ("noLogField", .noLogField), ("unknownEncodingField", .unknownEncodingField("latin1")), ("noPeriodField", .noPeriodField),
        ("unknownTemplateField", .unknownTemplateField("x", builtIn: ["quarterly"])), ("unknownCompareByField", .unknownCompareByField("city")),
        ("unknownCSVEncodingField", .unknownCSVEncodingField("latin1")), ("asOfFieldNotADate", .asOfFieldNotADate("soon")),
        ("dormantAfterFieldRange", .dormantAfterFieldRange), ("unknownReportField", .unknownReportField("x")),
        ("crossSiteRefused", .crossSiteRefused), ("tokenNeeded", .tokenNeeded), ("noSuchDownload", .noSuchDownload),
        ("hostNeedsToken", .hostNeedsToken("0.0.0.0")), ("logHasErrors", .logHasErrors(3)), ("logHasErrors", .logHasErrors(1)),
        ("deviceNotFile", .deviceNotFile), ("pipeTooLarge", .pipeTooLarge), ("cannotCopyPipe", .cannotCopyPipe(reason: "No space left on device")),
        ("seeHelp", .seeHelp), ("giveForce", .giveForce), ("cannotWriteStandardOutput", .cannotWriteStandardOutput(reason: "no space left on device")),
        ("dedupeHint", .dedupeHint), ("encodingHint", .encodingHint("cp949")), ("dedupeCheckboxHint", .dedupeCheckboxHint),
        ("encodingChoiceHint", .encodingChoiceHint("CP949")),
        ("fileSummary", .fileSummary("a.csv", rows: 10, rejected: 2, encoding: .cp949, extraColumns: ["비고"])),
        ("fileSummary", .fileSummary("a.xlsx[활동]", rows: 1, rejected: 0, encoding: nil, extraColumns: [])),
        ("logSummary", .logSummary(files: 2, rows: 10, first: day, last: day)), ("logSummary", .logSummary(files: 1, rows: 0, first: nil, last: nil)),
        ("officesSummary", .officesSummary([("전북특별자치도", 7), ("전주시", 3)])), ("kindsSummary", .kindsSummary([("mission", "출장", 4)])),
        ("resultSummary", .resultSummary(errors: 0, warnings: 1)), ("resultSummary", .resultSummary(errors: 2, warnings: 0)),
        ("wroteCSVFiles", .wroteCSVFiles("out", count: 15)),
        ("wroteQuarterly", .wroteQuarterly("r.xlsx", sheets: 7, activities: 10, period: "2024-Q1", office: "전북특별자치도")),
        ("wroteQuarterly", .wroteQuarterly("r.xlsx", sheets: 7, activities: 10, period: "2024-Q1", office: nil)),
        ("wroteComparison", .wroteComparison("c.xlsx", sheets: 3, compared: 2, provinces: true, activities: 20, period: "2024")),
        ("wroteComparison", .wroteComparison("c.xlsx", sheets: 3, compared: 2, provinces: false, activities: 20, period: "2024")),
        ("wroteBriefing", .wroteBriefing("b", count: 2, encoding: "utf-8-bom", files: ["a.csv", "b.csv"])),
        ("wroteForm", .wroteForm("f.xlsx", movedRows: 3, office: nil)), ("wroteTemplateCopy", .wroteTemplateCopy("q.yaml", name: "quarterly")),
        ("templateHasError", .templateHasError("q.yaml:3: …")), ("encodingOptionMoved", .encodingOptionMoved("utf-8-bom")),
        ("encodingOptionNowLogs", .encodingOptionNowLogs), ("tiesSummary", .tiesSummary(ties: 5, dormant: 1, months: 24, asOf: day)),
        ("servingOn", .servingOn("http://127.0.0.1:8080/")), ("notMultipart", .notMultipart), ("malformedMultipart", .malformedMultipart),
        ("uploadTooLarge", .uploadTooLarge(megabytes: 200)), ("fieldTooLong", .fieldTooLong), ("cannotStoreUpload", .cannotStoreUpload),
        ("outputFolderMissing", .outputFolderMissing("out/r.xlsx", folder: "out")), ("outputNotAFolder", .outputNotAFolder("csv")),
        ("outputNotAFile", .outputNotAFile("r.xlsx")), ("outputFolderHoldsInput", .outputFolderHoldsInput("seeds", input: "seeds/a.csv")),
        ("outputIsInput", .outputIsInput("a.csv", input: "a.csv")), ("outputExists", .outputExists("r.xlsx")),
        ("outputsOverlap", .outputsOverlap(file: "out/r.xlsx", folder: "out")),
        ("cannotPlaceFile", .cannotPlaceFile("r.xlsx", reason: "Permission denied")),
        ("cannotWriteOutput", .cannotWriteOutput("r.xlsx", reason: "no space left on device", existed: true)),
        ("cannotWriteOutput", .cannotWriteOutput("r.xlsx", reason: "no space left on device", existed: false)),
        ("cannotMoveOldFolder", .cannotMoveOldFolder("csv", reason: "Permission denied")),
        ("cannotPlaceFolder", .cannotPlaceFolder("csv", reason: "Permission denied")), ("outputMadeMeanwhile", .outputMadeMeanwhile("r.xlsx")),
        ("reportTooLarge", .reportTooLarge(sheet: "활동 목록", rows: 1_048_576)),
        ("textNotHeld", .textNotHeld(codes: ["U+FFFE"])), ("textCut", .textCut(length: 40_000, limit: 32_767)),
        ("cp949Lacks", .cp949Lacks(["é"], writtenAs: "cafe")), ("moreCP949NotShown", .moreCP949NotShown(50)),
        ("csvFileTwiceInReport", .csvFileTwiceInReport("요약.csv")), ("noCP949Converter", .noCP949Converter),
        ("cannotWriteCP949", .cannotWriteCP949(reason: "Invalid argument")),
        ("workbookTooManyColumns", .workbookTooManyColumns(sheet: "요약")),
        ("workbookTextTooLong", .workbookTextTooLong(sheet: "활동", text: "기관을 목록에서 고르십시오", limit: 255)),
        ("workbookInlineList", .workbookInlineList(sheet: "활동")), ("workbookCannotCreate", .workbookCannotCreate("r.xlsx")),
        ("systemFailure", .systemFailure("No space left on device")),
    ] + [WorkbookWriteFailure.memory, .cannotCreateFile, .temporaryFile, .cannotWriteFile, .textTooLong, .links, .other(9)].flatMap { failure in
        [("workbookLibrary", Message.workbookLibrary(what: "column width", sheet: "요약", cell: (3, 2), failure)),
         ("workbookLibrary", .workbookLibrary(what: "writing the workbook", sheet: nil, cell: nil, failure)),
         ("cannotWriteOutputBecause", .cannotWriteOutputBecause("r.xlsx", .workbookLibrary(what: "writing the workbook", sheet: nil, cell: nil, failure), existed: true))]
    } + [
        ("checking", .checking), ("readingLog", .readingLog), ("buildingReport", .buildingReport), ("writing", .writing("r.xlsx")),
        ("secondsLeft", .secondsLeft(3)), ("rowsPerSecond", .rowsPerSecond("420,000")),
    ] + templateSamples.map { ("template", Message.template($0)) } + notes.flatMap { note in
        [("formerOfficeName", Message.formerOfficeName(note, countedAs: "전북특별자치도")), ("officeNotYet", .officeNotYet(note))]
    } + damages.flatMap { damage in
        [WorkbookPart.part("xl/workbook.xml"), .row("x"), .cell("B3")].map { ("damagedWorkbook", Message.damagedWorkbook($0, damage)) }
    }

    static func hasHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
    }

    @Test func everyMessageHasBothLanguages() {
        for (name, message) in Self.samples {
            let korean = message.text(.ko), english = message.text(.en)
            #expect(!korean.isEmpty && !english.isEmpty, "\(name)")
            #expect(Self.hasHangul(korean), "\(name) is not in Korean: \(korean)")
            #expect(korean != english, "\(name) is the same in both languages")
            #expect(message.description == english)
            // The Korean is not English with Korean names in it: at most a few words of Latin letters
            // (codes, options, file formats).
            let latinWords = korean.split(whereSeparator: { !$0.isLetter }).filter { $0.allSatisfy { $0.isASCII } }
            #expect(latinWords.count <= 12, "\(name): \(korean)")
        }
    }

    /// A sample of each case of `Message`, found by name in its source: a new case without a
    /// sample here fails.
    @Test func everyCaseHasASample() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Metrics/Messages/Message.swift")
        let text = try String(contentsOf: source, encoding: .utf8)
        let start = try #require(text.range(of: "public enum Message")), end = try #require(text.range(of: "public var description"))
        let declared = text[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap { line -> String? in
            let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ")
            guard let at = words.firstIndex(of: "case"), at <= 1, at + 1 < words.count else { return nil }
            return String(words[at + 1].prefix { $0.isLetter || $0.isNumber })
        }
        #expect(declared.count > 100)
        let sampled = Set(Self.samples.map(\.name))
        let missing = declared.filter { !sampled.contains($0) }
        #expect(missing.isEmpty, "no sample of Message.\(missing.joined(separator: ", Message."))")
        // A sample with associated values is named after its case.
        for (name, message) in Self.samples {
            if let label = Mirror(reflecting: message).children.first?.label { #expect(label == name) }
        }
    }

    @Test func everyTemplateMistakeHasASample() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Metrics/Messages/TemplateMessage.swift")
        let text = try String(contentsOf: source, encoding: .utf8)
        let start = try #require(text.range(of: "public enum TemplateMessage")), end = try #require(text.range(of: "static func korean"))
        let declared = text[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap { line -> String? in
            let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ")
            guard words.first == "case", words.count > 1 else { return nil }
            return String(words[1].prefix { $0.isLetter || $0.isNumber })
        }
        let sampled = Set(Self.templateSamples.map { Mirror(reflecting: $0).children.first?.label ?? "\($0)" })
        let missing = declared.filter { !sampled.contains($0) }
        #expect(declared.count > 30)
        #expect(missing.isEmpty, "no sample of TemplateMessage.\(missing.joined(separator: ", TemplateMessage."))")
    }

    @Test func everyNoteAndDamageHasBothLanguages() {
        for note in Self.notes {
            #expect(Self.hasHangul(note.text(.ko)) && note.text(.ko) != note.text(.en))
        }
        for damage in Self.damages {
            #expect(Self.hasHangul(damage.text(.ko)) && damage.text(.ko) != damage.text(.en), "\(damage)")
        }
    }

    @Test func koreanParticlesFollowTheWord() {
        #expect(Particle.topic.after("전라북도") == "전라북도는")
        #expect(Particle.topic.after("군위군") == "군위군은")
        #expect(Particle.by.after("전북특별자치도") == "전북특별자치도로")
        #expect(Particle.by.after("대구광역시 군위군") == "대구광역시 군위군으로")
        #expect(Particle.by.after("서울") == "서울로")   // ㄹ takes 로
        #expect(Particle.object.after("인천광역시 중구") == "인천광역시 중구를")
        #expect(Particle.topic.after("KR-52") == "KR-52은(는)")
    }

    @Test func theLocaleAndLangChooseTheLanguage() {
        #expect(Language.fromLocale(["LANG": "ko_KR.UTF-8"]) == .ko)
        #expect(Language.fromLocale(["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.fromLocale([:]) == .en)
        #expect(Language.fromLocale(["LC_ALL": "C", "LANG": "ko_KR.UTF-8"]) == .en)
        #expect(Language.fromLocale(["LC_ALL": "", "LC_MESSAGES": "ko_KR.UTF-8", "LANG": "C"]) == .ko)
        #expect(Language.chosen(arguments: ["validate", "--lang", "en", "a.csv"], environment: ["LANG": "ko_KR.UTF-8"]) == .en)
        #expect(Language.chosen(arguments: ["quarterly", "--lang=ko"], environment: ["LANG": "C"]) == .ko)
        #expect(Language.chosen(arguments: ["validate", "--", "--lang", "en"], environment: ["LANG": "ko_KR.UTF-8"]) == .ko)
        #expect(Language.chosen(arguments: ["validate", "--lang", "jp"], environment: ["LANG": "ko_KR.UTF-8"]) == .ko)
        #expect(Language.preferred(acceptLanguage: "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7") == .ko)
        #expect(Language.preferred(acceptLanguage: "en-US,en;q=0.9,ko;q=0.8") == .en)
        #expect(Language.preferred(acceptLanguage: "fr-FR, ko;q=0.5") == .ko)
        #expect(Language.preferred(acceptLanguage: "fr-FR") == nil)
        #expect(Language.preferred(acceptLanguage: nil) == nil)
    }
}

extension MessageCatalogueTests {
    @Test func everyHelpTextHasBothLanguages() {
        for help in HelpText.allCases {
            let korean = help.text(.ko), english = help.text(.en)
            #expect(!korean.isEmpty && !english.isEmpty, "\(help)")
            #expect(Self.hasHangul(korean) || [.valuesLabel].contains(help), "\(help) is not in Korean: \(korean)")
            #expect(korean != english, "\(help)")
        }
    }

    @Test func everyWordOfThePageHasBothLanguages() {
        // The language codes and the switch (which names the other language) are the same words.
        let same: Set<String> = ["lang", "switch", "switchLang"]
        for (key, korean, english) in PageText.table where !same.contains(key) {
            #expect(!korean.isEmpty && !english.isEmpty, "\(key)")
            #expect(Self.hasHangul(korean), "\(key) is not in Korean: \(korean)")
            #expect(korean != english, "\(key)")
        }
        #expect(PageText.strings(english: false)["switch"] == "English")
        #expect(PageText.strings(english: true)["switch"] == "한국어")
    }
}
