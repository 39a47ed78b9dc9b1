import ArgumentParser
import Foundation
import TradeMetrics

/// The language of this run's messages and help, decided before the command line is parsed (the
/// help texts are read while the commands are built): `--lang ko|en` when given, else the locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG` starting with `ko`: Korean).
let messageLanguage = Language.chosen(arguments: Array(CommandLine.arguments.dropFirst()),
                                      environment: ProcessInfo.processInfo.environment)

/// `--lang` on the commands that make no report in a language of their own: it sets only the
/// messages (read before parsing, into `messageLanguage`).
struct MessageOptions: ParsableArguments {
    @Option(help: .local(.messagesLanguage))
    var lang: Language?
}

extension Message {
    /// The message in this run's language.
    var local: String { text(messageLanguage) }
}

extension HelpText {
    /// The help in this run's language.
    var local: String { text(messageLanguage) }
}

extension ArgumentHelp {
    /// An option's help from the catalogue, in this run's language.
    static func local(_ text: HelpText, filling value: String? = nil, valueName: String? = nil,
                      visibility: ArgumentVisibility = .default) -> ArgumentHelp {
        ArgumentHelp(value.map { text.text(messageLanguage, filling: $0) } ?? text.local, valueName: valueName, visibility: visibility)
    }
}

/// A help or usage text of swift-argument-parser in this run's language: our texts come from the
/// catalogue already; the words the library puts around them (headings, `Show help information.`)
/// are replaced by theirs from the catalogue.
func localized(help text: String) -> String {
    guard messageLanguage != .en else { return text }
    var text = text
    let words: [HelpText] = [.overviewHeading, .usageHeading, .argumentsHeading, .optionsHeading, .subcommandsHeading,
                             .usageLabel, .showHelp, .valuesLabel, .defaultLabel, .seeSubcommandHelp]
    for word in words { text = text.replacingOccurrences(of: word.text(.en), with: word.local) }
    // `See 'report-cli validate --help' for more information.`
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        if line.hasPrefix("Error: ") { return localized(error: String(line)) }
        let trimmed = line.drop { $0 == " " }
        guard trimmed.hasPrefix(HelpText.seeMoreStart.text(.en)), trimmed.hasSuffix(HelpText.seeMoreEnd.text(.en)) else { return String(line) }
        let inner = trimmed.dropFirst(HelpText.seeMoreStart.text(.en).count).dropLast(HelpText.seeMoreEnd.text(.en).count)
        return String(line.prefix(line.count - trimmed.count)) + HelpText.seeMoreStart.local + inner + HelpText.seeMoreEnd.local
    }
    return lines.joined(separator: "\n")
}

/// swift-argument-parser's refusal of a command line (`Error: Unknown option '--x'. Did you mean
/// '--period'?`) in this run's language: `Error:` stays, as on every error line.
private func localized(error line: String) -> String {
    var line = line
    for word: HelpText in [.missingArgument, .unknownOption, .missingValue, .unexpectedArgument, .invalidValue,
                           .invalidValueFor, .provideOneOf] {
        line = line.replacingOccurrences(of: word.text(.en), with: word.local)
    }
    if line.contains(HelpText.provideOneOf.local) {
        line = line.replacingOccurrences(of: HelpText.listAnd.text(.en), with: HelpText.listAnd.local)
            .replacingOccurrences(of: ", " + HelpText.listAnd.local, with: HelpText.listAnd.local)
    }
    if let range = line.range(of: "." + HelpText.didYouMean.text(.en)), line.hasSuffix(HelpText.didYouMeanEnd.text(.en)) {
        line = line[..<range.lowerBound] + "." + HelpText.didYouMean.local + line[range.upperBound...].dropLast()
            + HelpText.didYouMeanEnd.local
    }
    return line
}
