/// Where manual page breaks go as rows are laid down: a block that fits on a page starts a new
/// page rather than being cut; a longer one starts where its head and a few rows fit, and breaks
/// where the page is full (below the header that repeats, if any).
struct PageFlow {
    /// Points a page holds at the sheet's scale.
    let capacity: Double
    private(set) var used = 0.0
    /// Rows a page starts with.
    private(set) var breaks: [Int] = []

    init(capacity: Double) { self.capacity = capacity }

    mutating func add(_ height: Double) { used += height }

    /// Before a block `block` points tall whose first `keeping` points belong together.
    mutating func start(block: Double, keeping: Double, at row: Int) {
        guard used > 0, used + block > capacity else { return }
        if block <= capacity || used + keeping > capacity { breakBefore(row) }
    }

    /// Before a row `height` points tall; a page it starts begins with `repeating` points of header.
    mutating func fit(_ height: Double, at row: Int, repeating: Double) {
        if used + height > capacity, used > repeating {
            breakBefore(row)
            used = repeating
        }
        used += height
    }

    private mutating func breakBefore(_ row: Int) {
        if row > 0, breaks.last != row { breaks.append(row) }
        used = 0
    }
}
