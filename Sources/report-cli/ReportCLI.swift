import ArgumentParser
import TradeMetrics
import Reports
import ReportJobs
import Server
import Foundation

@main
struct ReportCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-cli",
        abstract: HelpText.tool.local,
        discussion: HelpText.toolDiscussion.local,
        subcommands: [Validate.self, Tables.self, Quarterly.self, Compare.self, Briefing.self, Ties.self, Form.self, Template.self, Serve.self]
    )

    /// Builds the reference tables (the names of offices and countries, some 10 ms of work) on a
    /// thread of its own while the command line is parsed, for a command that will read a log.
    private static func warmReferenceTables() {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count > 1, !arguments.contains(where: { $0 == "--help" || $0 == "-h" }),
              ["validate", "tables", "quarterly", "compare", "briefing", "ties", "form"].contains(arguments.first!) else { return }
        Thread { _ = Gazetteer.shared }.start()
    }

    /// `report-cli` alone: the usage, as an error, since no command was named.
    func run() throws {
        printError(localized(help: Self.helpMessage()))
        throw ExitCode(2)
    }

    /// Runs a command with the toolkit's exit statuses: 1 for bad input (the command throws
    /// `ExitCode(1)` after printing its errors), 2 for bad usage, 0 for help and success.
    static func main() {
        warmReferenceTables()
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            // Help, a mistyped command or option: the usage of the command concerned.
            if exitCode(for: error) == .success {
                print(localized(help: fullMessage(for: error)))
                Foundation.exit(0)
            }
            printError(localized(help: fullMessage(for: error)))
            printError(Message.seeHelp.local)
            Foundation.exit(2)
        }
        if !(command is Serve) {
            PendingOutputs.removeOnInterrupt()   // Ctrl-C: no half-written file stays, exit 130
        }   // (the server stops on Ctrl-C itself, removing its work folder)
        signal(SIGXFSZ, SIG_IGN)   // past `ulimit -f` a write fails (and is reported) rather than killing the run
        do {
            try command.run()
            try checkStandardOutput()
            Foundation.exit(0)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let failure as LogHasErrors {
            // Bad input: every error of the log, then what to do.
            printDiagnostics(failure.read)
            printError(failure.message.local)
            Foundation.exit(1)
        } catch let refusal as InputRefusal {
            // A log that is a device, or a pipe carrying too much: bad input.
            printError(refusal.description)
            Foundation.exit(1)
        } catch let refusal as AtomicOutput.Refusal {
            // An output refused while the report was put in place (another run made it meanwhile).
            printError("Error: \(refusal.commandLine)")
            Foundation.exit(2)
        } catch let error as TemplateError {
            // A mistake in a template is bad input too, printed compiler-style.
            printError(error.text(messageLanguage))
            Foundation.exit(1)
        } catch let refusal as ServeOptions.Refusal {
            printError("Error: \(refusal.message.local)")
            Foundation.exit(2)
        } catch let encoding as ReportCSVWriter.EncodingError {
            printError("Error: \(encoding.message.local)")
            Foundation.exit(2)
        } catch let usage as UsageError {
            // An option's value refused (`--period 2024-Q5`, an unknown office): bad usage.
            printError("Error: \(usage.message.local)")
            Foundation.exit(2)
        } catch let tooLarge as ReportTooLarge {
            // A log too long for one sheet: bad input (a shorter period fits).
            printError("error: \(tooLarge.message.local)")
            Foundation.exit(1)
        } catch {
            if exitCode(for: error) == .success {
                // Help asked for.
                print(localized(help: fullMessage(for: error)))
                Foundation.exit(0)
            }
            // A refusal found while running (an existing output, an unknown office …): bad usage.
            printError("Error: \(message(for: error))")
            Foundation.exit(2)
        }
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    writeLine(line, to: STDERR_FILENO)
}

/// Writes a line to a file descriptor, whole (a short write continues) or not at all: a standard
/// error that is full or closed loses the line but never stops the command, whose exit status
/// still tells. (FileHandle.write traps there.)
func writeLine(_ line: String, to descriptor: Int32, newline: Bool = true) {
    var bytes = Array((newline ? line + "\n" : line).utf8)[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        bytes = bytes.dropFirst(written)
    }
}

/// The options every command that reads a log takes.
struct LogOptions: ParsableArguments {
    @Argument(help: .local(.logs))
    var logs: [String] = []

    @Option(help: .local(.encoding))
    var encoding: TextEncodingOption?

    @Option(help: .local(.sheet, valueName: "name"))
    var sheet: String?

    @Flag(help: .local(.dedupe))
    var dedupe = false

    func validate() throws {
        if logs.isEmpty { throw ValidationError(Message.noLogFile.local) }
    }
}

extension Boundaries: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension ReportCSVWriter.Encoding: ExpressibleByArgument {}

/// briefing's `--encoding`: the logs' encoding, or (the earlier meaning, kept for scripts) `utf-8-bom`
/// for the CSV files.
enum EncodingArgument: ExpressibleByArgument {
    case log(TextEncodingOption)
    case csv(ReportCSVWriter.Encoding)

    init?(argument: String) {
        if let input = TextEncodingOption(argument: argument) { self = .log(input) }
        else if argument == ReportCSVWriter.Encoding.utf8BOM.rawValue { self = .csv(.utf8BOM) }
        else { return nil }
    }

    static var allValueStrings: [String] { TextEncodingOption.allCases.map(\.rawValue) }
}

enum TextEncodingOption: String, ExpressibleByArgument, CaseIterable {
    case utf8 = "utf-8"
    case cp949
    case euckr = "euc-kr"

    var encoding: TextEncoding { self == .utf8 ? .utf8 : .cp949 }
}

