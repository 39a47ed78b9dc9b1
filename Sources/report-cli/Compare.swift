import ArgumentParser
import TradeMetrics
import ReportJobs
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

        @OptionGroup var boundaries: BoundaryOptions

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

        func validate() throws {
            try refuseEmpty(output, "--output")
            if allProvinces && !offices.isEmpty { throw ValidationError("Give either --offices or --all-provinces, not both.") }
        }

        func run() throws {
            let period = try OptionValues.period(self.period)
            let chosen = try OptionValues.offices(offices, on: period.last)
            let (template, templatePath) = try OptionValues.template(template)
            try refuse { try AtomicOutput.check(output, force: force, protected: log.logs + (templatePath.map { [$0] } ?? [])) }

            let input = try log.input
            var job = try ReportJob.comparison(period: period, offices: chosen, by: by, language: lang, log: input,
                                               boundaries: boundaries.boundaries)
            let made = try Progress.showing(total: input.size) { progress in
                job.rowsRead = progress.counter
                return try job.writeWorkbook(template, log: input, to: output, replacing: force, progress: progress.say)
            }
            let (report, rows, compared) = (made.report, made.rows, job.comparedCount)
            printWarnings(of: made, writing: output)
            print("wrote \(output): \(report.sheets.count) sheets, \(compared) \(by == .province ? "provinces" : "offices") compared, \(rows) activities in \(period)")
        }
    }
}

extension CompareDimension: ExpressibleByArgument {}
