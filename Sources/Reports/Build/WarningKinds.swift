/// A log's warnings gathered by kind, for a page that cannot hold them one a line: what each kind
/// says, how many times, and where the first few are.
struct WarningKind: Equatable {
    /// The warning without its place, its value standing as `…` (`office: … is 전북특별자치도 since …`).
    var text: String
    var count: Int
    /// The first places (the file by its name), each with its value (`log.csv:12:4 '전라북도'`).
    var examples: [String]

    static let examplesKept = 3

    /// `warnings` (as printed: `PLACE: warning: COLUMN: MESSAGE 'VALUE'`) by kind, the most frequent
    /// first (ties in the order they first appear).
    static func group(_ warnings: [String]) -> [WarningKind] {
        var kinds: [WarningKind] = []
        var index: [String: Int] = [:]
        for warning in warnings {
            let (place, text, value) = parts(of: warning)
            // The file by its name: the about sheet lists where each file is.
            let file = place.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? place
            let example = value.map { "\(file) '\($0)'" } ?? file
            if let at = index[text] {
                kinds[at].count += 1
                if kinds[at].examples.count < examplesKept { kinds[at].examples.append(example) }
            } else {
                index[text] = kinds.count
                kinds.append(WarningKind(text: text, count: 1, examples: [example]))
            }
        }
        return kinds.enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
    }

    /// In Korean the particle after a value depends on the value (`전라북도는`, `Jeju-do은(는)`):
    /// with the value as `…`, the two-form particle stands for both, so one kind is one kind.
    static func sameParticles(_ text: String) -> String {
        let forms = [("은(는)", "은", "는"), ("이(가)", "이", "가"), ("을(를)", "을", "를"), ("과(와)", "과", "와"), ("(으)로", "으로", "로")]
        var result = ""
        var rest = Substring(text)
        while let marker = rest.firstIndex(of: "…") {
            result += rest[...marker]
            rest = rest[rest.index(after: marker)...]
            guard !forms.contains(where: { rest.hasPrefix($0.0) }) else { continue }
            if let (both, consonant, vowel) = forms.first(where: { rest.hasPrefix($0.1) || rest.hasPrefix($0.2) }) {
                rest = rest.dropFirst(rest.hasPrefix(consonant) ? consonant.count : vowel.count)
                result += both
            }
        }
        return result + rest
    }

    /// The place, the text with the value and other rows' places as `…`, and the value.
    static func parts(of warning: String) -> (place: String, text: String, value: String?) {
        guard let marker = warning.firstRange(of: ": warning: ") else { return ("", warning, nil) }
        let place = String(warning[..<marker.lowerBound])
        var text = String(warning[marker.upperBound...])
        var value: String?
        if text.hasSuffix("'"), let open = text.ranges(of: " '").last {
            value = String(text[open.upperBound..<text.index(before: text.endIndex)])
            text = String(text[..<open.lowerBound])
        }
        if let value, !value.isEmpty { text = Self.sameParticles(text.replacingOccurrences(of: value, with: "…")) }
        // Another row named in the message (`the same activity as a.csv:2`) does not make a kind.
        text = text.replacing(/[^\s(]+\.(csv|xlsx|txt)(\[[^\]]*\])?:[A-Z]*[0-9]+(:[0-9]+)?/, with: "…")
        return (place, text, value)
    }
}
