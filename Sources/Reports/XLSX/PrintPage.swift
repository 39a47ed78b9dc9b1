/// The printed page every sheet is laid out for: A4 landscape, measured in points (1/72 inch).
enum PrintPage {
    /// Margins in inches, as Excel takes them.
    static let sideMargin = 0.4, topMargin = 0.5, bottomMargin = 0.6, footerMargin = 0.25
    /// What a page holds at 100 %.
    static let width = 841.9 - 2 * 72 * sideMargin
    static let height = 595.3 - 72 * (topMargin + bottomMargin)
    /// A row's height, unless it wraps (set for every sheet: Excel would make 맑은 고딕's rows
    /// 16.5 points, LibreOffice NanumGothic's 14); a title's row.
    static let rowHeight = 14.25, titleHeight = 21.0
    /// Points a unit of column width takes. LibreOffice measures units by the workbook's font
    /// (맑은 고딕 10 as NanumGothic: 6.35 points); Excel's Malgun Gothic is narrower (7 pixels,
    /// 5.25 points), so pages laid out by LibreOffice's measure fit in both.
    static let pointsPerWidthUnit = 6.35
    /// What libxlsxwriter adds to each column's width.
    static let widthPadding = 0.71
    /// No sheet prints smaller; a sheet longer than a page is scaled down to fewer pages only as
    /// far as `oneSheetScale`.
    static let minimumScale = 70, oneSheetScale = 75
    /// A table needing more than this scale to fit the width is split into parts.
    static let splitScale = 75

    /// Points `columns` (widths in units) take side by side.
    static func points(columns widths: [Int]) -> Double {
        widths.map { (Double($0) + widthPadding) * pointsPerWidthUnit }.reduce(0, +)
    }

    /// The scale (percent, 70–100) at which `width` points fit across a page.
    static func scale(fitting width: Double) -> Int {
        guard width > 0 else { return 100 }
        // 2 % to spare: readers round each column's width to whole pixels.
        return min(100, max(minimumScale, Int((self.width / (width * 1.02) * 100).rounded(.down))))
    }

    /// Points a page holds down at `scale` percent.
    static func capacity(scale: Int) -> Double { height * 100 / Double(scale) }
}
