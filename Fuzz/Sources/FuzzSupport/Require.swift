/// A check of the fuzz targets: unlike `precondition`, it prints its message in release builds too,
/// so that libFuzzer's crash report says what went wrong.
public func require(_ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) {
    if !condition { fatalError(message(), file: file, line: line) }
}
