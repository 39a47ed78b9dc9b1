import ArgumentParser
import Metrics
import Reports

extension ReportCLI {
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare provinces (or offices) side by side in an Excel report.",
            discussion: """
                By default all 17 provinces, each present even with no activity; municipalities roll up into \
                their province. --by office compares the reporting governments themselves (전주시 beside \
                전북특별자치도 itself).
                """
        )

        @OptionGroup var log: LogOptions

        @Option(help: ArgumentHelp("The period: 2024-Q1, 2024-H1, 2024, 2024-03, 2024-01-15..2024-03-31 or all.", valueName: "period"))
        var period: String

        @Option(help: ArgumentHelp("The offices to compare, e.g. 전북,제주,경북 (default: all 17 provinces).", valueName: "names"))
        var offices: [String] = []

        @Flag(help: "Compare all 17 provinces (the default).")
        var allProvinces = false

        @Option(help: "province (municipalities rolled up; the default) or office (each government itself).")
        var by: CompareDimension = .province

        @Option(help: ArgumentHelp("A built-in template or the path of a .yaml file.", valueName: "name|path"))
        var template = "compare"

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The Excel file to write.", valueName: "compare.xlsx"))
        var output: String

        @Option(help: "The report's language: ko or en.")
        var lang: Language = .ko

        @Flag(help: "Replace an existing report.")
        var force = false

        enum CompareDimension: String, ExpressibleByArgument, CaseIterable {
            case province, office
        }

        func validate() throws {
            if allProvinces && !offices.isEmpty { throw ValidationError("Give either --offices or --all-provinces, not both.") }
        }

        func run() throws {
            let places = Gazetteer.shared
            let period = try parsePeriod(self.period)
            let chosen = try commaSeparated(offices).map { try resolveOffice($0, places) }
            if by == .province, let municipality = chosen.first(where: { !places[$0].isProvince }) {
                throw ValidationError("\(places.displayName(municipality)) is not a province; give --by office to compare it as itself.")
            }
            let (template, templatePath) = try loadTemplate(template)
            try refuse { try AtomicOutput.check(output, force: force, protected: log.logs + (templatePath.map { [$0] } ?? [])) }

            var job = ReportJob(period: period, language: lang)
            switch (by, chosen.isEmpty) {
            case (.province, true): job.selection = nil
            case (.province, false): job.selection = .init(dimension: .province, offices: chosen)
            case (.office, false): job.selection = .init(dimension: .office, offices: chosen)
            case (.office, true):
                // Every reporting government with a row in the log.
                let records = try log.load()
                let present = Set(records.map(\.office)).sorted()
                job.selection = .init(dimension: .office, offices: present)
            }
            let (report, rows) = try job.writeWorkbook(template, log: log, to: output, progress: Progress())
            let compared = job.selection?.offices.count ?? places.provinceIDs.count
            print("wrote \(output): \(report.sheets.count) sheets, \(compared) \(by == .province ? "provinces" : "offices") compared, \(rows) activities in \(period)")
        }
    }
}
