/// The language of a report's labels, sheet names and headers, and of the messages the toolkit
/// prints (`Message`).
public enum Language: String, CaseIterable, Sendable {
    case ko, en
}

extension Language {
    /// The language of a locale as the environment names it: `LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG` (the first one set and not empty); Korean when it starts with `ko`, else English.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("ko") ? .ko : .en
        }
        return .en
    }

    /// The language an HTTP `Accept-Language` header prefers among ours (`ko-KR,ko;q=0.9,en;q=0.8`);
    /// nil when it names neither (or is absent).
    public static func preferred(acceptLanguage header: String?) -> Language? {
        guard let header else { return nil }
        var best: (language: Language, quality: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { String($0).trimmingWhitespace() }
            guard let tag = parts.first?.lowercased(), !tag.isEmpty else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            let language: Language? = tag == "ko" || tag.hasPrefix("ko-") ? .ko : tag == "en" || tag.hasPrefix("en-") ? .en : nil
            guard let language, quality > 0 else { continue }
            if best == nil || quality > best!.quality { best = (language, quality) }
        }
        return best?.language
    }
}

extension Language {
    /// The language of a command's messages and help: the value of `--lang` (`--lang ko`,
    /// `--lang=en`) when the arguments give one before `--`, else the locale's (`fromLocale`).
    public static func chosen(arguments: [String], environment: [String: String]) -> Language {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) {
                return language
            }
            index += 1
        }
        return fromLocale(environment)
    }
}
