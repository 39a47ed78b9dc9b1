internal import CYaml

/// Bounds what YAML aliases expand to before Yams builds its tree. Yams shares an aliased node
/// cheaply but hashes each mapping key whole, so an "alias bomb" (`&a [x,x]`, `&b [*a,*a]`, …)
/// used as a key takes time growing tenfold per level of nesting. libyaml's events are walked
/// once here, each node counted with every alias in it expanded; past `maximumNodes` the
/// template is refused at the alias that went over.
enum AliasBound {
    /// Far above any template (the built-in ones have a few hundred nodes), far below a hang.
    static let maximumNodes = 100_000

    /// - Throws: `TemplateError` at the alias that makes the document too large. A YAML syntax
    ///   error ends the walk quietly: Yams reports it with its own words.
    static func check(_ yaml: String, file: String) throws(TemplateError) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        var failure: TemplateError?
        bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var walk = Walk()
            var event = yaml_event_t()
            while failure == nil, yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                if !walk.take(event) {
                    failure = TemplateError(file: file, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1,
                                            problem: .aliasBomb)
                }
            }
        }
        if let failure { throw failure }
    }

    /// The expanded sizes: of each anchor, and of each collection still open.
    private struct Walk {
        var anchors: [String: Int] = [:]
        var open: [(size: Int, anchor: String?)] = []

        /// False when the node the event completes makes its document too large.
        mutating func take(_ event: yaml_event_t) -> Bool {
            switch event.type {
            case YAML_SCALAR_EVENT:
                if let anchor = name(event.data.scalar.anchor) { anchors[anchor] = 1 }
                return add(1)
            case YAML_ALIAS_EVENT:
                return add(name(event.data.alias.anchor).flatMap { anchors[$0] } ?? 1)
            case YAML_SEQUENCE_START_EVENT:
                open.append((1, name(event.data.sequence_start.anchor)))
            case YAML_MAPPING_START_EVENT:
                open.append((1, name(event.data.mapping_start.anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let done = open.popLast() else { return true }
                if let anchor = done.anchor { anchors[anchor] = done.size }
                return add(done.size)
            default:
                break
            }
            return true
        }

        /// Adds a node of `size` to the collection it is in.
        private mutating func add(_ size: Int) -> Bool {
            guard size <= AliasBound.maximumNodes else { return false }
            guard !open.isEmpty else { return true }
            open[open.count - 1].size += size
            return open[open.count - 1].size <= AliasBound.maximumNodes
        }

        private func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
    }
}
