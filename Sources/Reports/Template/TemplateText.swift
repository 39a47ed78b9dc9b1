/// What a template's text may hold: anything a workbook's XML can, which excludes the control
/// characters but tab and line break (NUL also ends a C string), U+FFFE and U+FFFF.
enum TemplateText {
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || scalar.value == 0x7F
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

}
