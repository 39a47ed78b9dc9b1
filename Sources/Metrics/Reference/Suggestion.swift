/// "Did you mean …?": the closest known name to a mistyped one.
public enum Suggestion {
    /// Names as they are searched: each as its scalars, made once.
    typealias Names<Value> = [(key: [Unicode.Scalar], value: Value)]

    /// In the order of their keys, so that between names as near as each other the hint is the
    /// same in every run (dictionaries have no fixed order).
    static func names<Value>(_ pairs: some Sequence<(key: String, value: Value)>) -> Names<Value> {
        pairs.map { (Array($0.key.unicodeScalars), $0.value) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) { $0.value < $1.value } }
    }

    /// The candidate whose key is nearest to `key` in edit distance, if near enough to be a likely typo:
    /// at most a third of the longer name's length (and at least 1).
    static func nearest<Value>(to key: String, among candidates: Names<Value>) -> Value? {
        let typed = Array(key.unicodeScalars)
        guard !typed.isEmpty else { return nil }
        var best: (distance: Int, value: Value)?
        for candidate in candidates {
            let limit = max(1, max(candidate.key.count, typed.count) / 3)
            let bound = min(limit, (best?.distance ?? Int.max) - 1)
            if let distance = editDistance(typed, candidate.key, atMost: bound) {
                best = (distance, candidate.value)
            }
        }
        return best?.value
    }

    /// `editDistance(a, b)` when it is at most `limit`, else nil; it stops as soon as a row of the
    /// table is all over `limit`, so that a list of names is searched quickly (hints for rows of
    /// unknown values are sought on every such row).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { table -> Int? in
            var previous = 0, current = b.count + 1     // where the two rows start in `table`
            for j in 0...b.count { table[j] = j }
            for i in 1...a.count {
                table[current] = i
                var smallest = i
                for j in 1...b.count {
                    let substitution = table[previous + j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                    table[current + j] = min(substitution, table[previous + j] + 1, table[current + j - 1] + 1)
                    smallest = min(smallest, table[current + j])
                }
                if smallest > limit { return nil }
                swap(&previous, &current)
            }
            return table[previous + b.count] <= limit ? table[previous + b.count] : nil
        }
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
