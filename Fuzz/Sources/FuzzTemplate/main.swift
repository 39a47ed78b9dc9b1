import FuzzSupport
import TradeMetrics
import Reports

/// `TemplateLoader` on arbitrary text: YAML syntax (Yams and its libyaml), then every key and value
/// check. It must either give a template with sheets or an error that names a place in the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let yaml = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    do {
        let template = try TemplateLoader().load(yaml: yaml, file: "fuzz.yaml")
        require(!template.sheets.isEmpty, "a template without sheets")
    } catch {
        require(error.line >= 1 && error.column >= 1, "no place: \(error)")
        require(error.description.hasPrefix("fuzz.yaml:"), "\(error)")
    }
    return 0
}
