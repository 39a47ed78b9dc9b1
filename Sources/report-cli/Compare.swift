import ArgumentParser
import TradeMetrics
import ReportJobs
import Reports

extension ReportCLI {
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.compare.local,
            discussion: HelpText.compareDiscussion.local
        )

        @OptionGroup var log: LogOptions

        @Option(help: .local(.period, valueName: "period"))
        var period: String

        @Option(help: .local(.compareOffices, valueName: "names"))
        var offices: [String] = []

        @Flag(help: .local(.compareAllProvinces))
        var allProvinces = false

        @OptionGroup var boundaries: BoundaryOptions

        @Option(help: .local(.compareBy))
        var by: CompareDimension = .province

        @Option(help: .local(.template, valueName: "name|path"))
        var template = "compare"

        @Option(name: [.short, .customLong("output")], help: .local(.quarterlyOutput, valueName: "compare.xlsx"))
        var output: String

        @Option(help: .local(.reportLanguage))
        var lang: Language = .ko

        @Flag(help: .local(.compareForce))
        var force = false

        func validate() throws {
            try refuseEmpty(output, "--output")
            if allProvinces && !offices.isEmpty { throw ValidationError(Message.eitherOfficesOrAllProvinces.local) }
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
            print(Message.wroteComparison(output, sheets: report.sheets.count, compared: compared, provinces: by == .province,
                                          activities: rows, period: "\(period)").local)
        }
    }
}

extension CompareDimension: ExpressibleByArgument {}
