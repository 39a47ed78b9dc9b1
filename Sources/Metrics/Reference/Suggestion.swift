/// "Did you mean …?": the closest known name to a mistyped one.
public enum Suggestion {
    /// The candidate whose key is nearest to `key` in edit distance, if near enough to be a likely typo:
    /// at most a third of the longer name's length (and at least 1).
    static func nearest<Value>(to key: String, among candidates: some Sequence<(key: String, value: Value)>) -> Value? {
        let typed = Array(key.unicodeScalars)
        guard !typed.isEmpty else { return nil }
        var best: (distance: Int, value: Value)?
        for candidate in candidates {
            let known = Array(candidate.key.unicodeScalars)
            let limit = max(1, max(known.count, typed.count) / 3)
            if abs(known.count - typed.count) > limit { continue }
            let distance = editDistance(typed, known)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (distance, candidate.value)
            }
        }
        return best?.value
    }

    /// Levenshtein distance over Unicode scalars.
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
