import ArgumentParser
import Foundation
import Metrics
import Reports

extension ReportCLI {
    struct Quarterly: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make an office's quarterly Excel report (and its tables as CSV).",
            discussion: """
                Writes REPORT.xlsx from a template (built-in 'quarterly' by default). An existing file is \
                replaced only with --force, and never an input or the template; a failure leaves no partial file.
                """
        )

        @OptionGroup var log: LogOptions

        @Option(help: ArgumentHelp("The period: 2024-Q1, 2024-H1, 2024, 2024-03, 2024-01-15..2024-03-31 or all.", valueName: "period"))
        var period: String

        @OptionGroup var filters: FilterOptions

        @Option(help: ArgumentHelp("A built-in template (\(TemplateCatalog.builtInNames.joined(separator: ", "))) or the path of a .yaml file.",
                                   valueName: "name|path"))
        var template = "quarterly"

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The Excel file to write.", valueName: "report.xlsx"))
        var output: String

        @Option(help: ArgumentHelp("Also write each table as CSV into this folder.", valueName: "dir"))
        var csv: String?

        @Option(name: .customLong("csv-encoding"), help: "utf-8-bom (the default; Korean Excel opens it) or cp949.")
        var csvEncoding: ReportCSVWriter.Encoding = .utf8BOM

        @Option(help: "The report's language: ko or en.")
        var lang: Language = .ko

        @Flag(help: "Replace an existing report or CSV folder.")
        var force = false

        func run() throws {
            let progress = Progress()
            let places = Gazetteer.shared
            let period = try parsePeriod(self.period)
            let filter = try filters.filter(places)
            let (template, templatePath) = try loadTemplate(template)
            let protected = log.logs + (templatePath.map { [$0] } ?? [])
            try refuse { try AtomicOutput.check(output, force: force, protected: protected) }
            if let csv { try refuse { try AtomicOutput.check(csv, force: force, protected: protected) } }

            var job = ReportJob(period: period, filter: filter, language: lang)
            if filter.offices.count == 1 {
                job.officeName = places.displayName(filter.offices[0])
                job.officeFileName = ReportJob.fileName(of: filter.offices[0], places, english: false)
            }
            let (report, rows) = try job.writeWorkbook(template, log: log, to: output, progress: progress)
            if let csv {
                let files = try ReportCSVWriter(encoding: csvEncoding).files(for: report)
                try AtomicOutput.writeDirectory(csv) { folder in
                    for file in files {
                        try Data(file.bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(file.name))
                    }
                }
                print("wrote \(csv)/: \(files.count) CSV files")
            }
            print("wrote \(output): \(report.sheets.count) sheets, \(rows) activities in \(period) (\(job.officeName ?? "all offices"))")
        }
    }
}

/// `--period` as a usage error when malformed.
func parsePeriod(_ text: String) throws -> Period {
    do { return try Period(parsing: text) } catch { throw ValidationError(error.description) }
}

/// Loads a template; a mistake in it is bad input (exit 1), printed compiler-style.
func loadTemplate(_ nameOrPath: String) throws -> (ReportTemplate, String?) {
    do {
        return try TemplateCatalog().load(nameOrPath)
    } catch let error as TemplateError {
        printError(error.description)
        throw ExitCode(1)
    } catch let error as TemplateCatalog.NotFound {
        throw ValidationError(error.description)
    }
}

/// Output refusals are usage errors (exit 2) with their reason.
func refuse(_ check: () throws -> Void) throws {
    do { try check() } catch let refusal as AtomicOutput.Refusal { throw ValidationError(refusal.description) }
}

/// The document creation time: `SOURCE_DATE_EPOCH` when set (reproducible builds), else now.
func creationTime() -> Int {
    if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) { return seconds }
    return Int(Date().timeIntervalSince1970)
}

/// SHA-256 of a file, read in chunks.
func fileDigest(_ path: String) throws -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
    defer { try? handle.close() }
    var digest = SHA256()
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
        chunk.withUnsafeBytes { digest.update($0) }
    }
    return digest.finalize()
}

/// Progress lines on standard error, only on a terminal and only once the work has taken a second.
final class Progress {
    private let start = Date()
    private let enabled = isatty(STDERR_FILENO) == 1

    func say(_ step: String) {
        guard enabled, Date().timeIntervalSince(start) > 1 else { return }
        printError("… \(step)")
    }
}

extension Language: ExpressibleByArgument {}
extension ReportCSVWriter.Encoding: ExpressibleByArgument {}
