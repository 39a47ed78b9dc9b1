import Testing
@testable import TradeMetrics

/// A value in a message shows what a reader cannot see: controls and invisible characters escaped.
struct PrintableValueTests {
    @Test(arguments: [("a\u{1}b", "a\\u{1}b"), ("tab\there", "tab\\there"), ("line\nbreak", "line\\nbreak"),
                      ("zero\u{200B}width", "zero\\u{200b}width"), ("\u{FEFF}bom", "\\u{feff}bom"),
                      ("rtl\u{202E}evil\u{202C}", "rtl\\u{202e}evil\\u{202c}"), ("c1\u{85}", "c1\\u{85}"),
                      ("non\u{FFFE}char", "non\\u{fffe}char"), ("전\u{3164}북", "전\\u{3164}북"), ("soft\u{AD}hyphen", "soft\\u{ad}hyphen"),
                      ("joined a\u{200C}b", "joined a\\u{200c}b"), ("del\u{7F}", "del\\u{7f}"), ("sep\u{2028}", "sep\\u{2028}")])
    func invisibleCharactersAreEscaped(_ value: String, _ shown: String) {
        #expect(Diagnostic.printable(value) == shown)
    }

    @Test(arguments: ["전북특별자치도", "👩‍👩‍👧 family", "café", "no-break\u{A0}space", "🇰🇷"])
    func visibleTextIsShownAsItIs(_ value: String) {
        #expect(Diagnostic.printable(value) == value)
    }
}
