import TradeMetrics
import Foundation

/// Finds a template by name or path: a path (or a name ending in `.yaml`) is read from disk; a name
/// is `Templates/NAME.yaml` under the current folder when the user has one there, else the
/// built-in template of that name.
public struct TemplateCatalog {
    public let directory: String

    public init(directory: String = "Templates") {
        self.directory = directory
    }

    public static var builtInNames: [String] { BuiltInTemplates.all.map(\.name) }

    /// The text of a built-in template.
    public static func builtIn(_ name: String) -> String? {
        BuiltInTemplates.all.first { $0.name == name }?.yaml
    }

    /// A template `template list` shows.
    public struct Entry {
        public let name: String
        /// `(built in)` or the file it comes from.
        public let origin: String
        public let yaml: String
        public let file: String
    }

    /// The built-in templates, then the user's in `directory` (a user's file of a built-in's name
    /// takes its place).
    public func entries() -> [Entry] {
        let manager = FileManager.default
        let userFiles = ((try? manager.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        var entries: [Entry] = []
        for (name, yaml) in BuiltInTemplates.all {
            let local = "\(directory)/\(name).yaml"
            if userFiles.contains("\(name).yaml"), let data = manager.contents(atPath: local),
               String(decoding: data, as: UTF8.self) != yaml {
                entries.append(Entry(name: name, origin: local, yaml: String(decoding: data, as: UTF8.self), file: local))
            } else {
                entries.append(Entry(name: name, origin: "(built in)", yaml: yaml, file: "\(name).yaml"))
            }
        }
        for file in userFiles {
            let name = String(file.dropLast(5))
            guard !Self.builtInNames.contains(name), let data = manager.contents(atPath: "\(directory)/\(file)") else { continue }
            entries.append(Entry(name: name, origin: "\(directory)/\(file)", yaml: String(decoding: data, as: UTF8.self),
                                 file: "\(directory)/\(file)"))
        }
        return entries
    }

    public struct NotFound: Error, CustomStringConvertible {
        public let name: String
        public var message: Message { .noTemplate(name, builtIn: TemplateCatalog.builtInNames) }
        public var description: String { message.text(.en) }
    }

    /// The template's text and the file name to report errors against.
    public func source(_ nameOrPath: String) throws -> (yaml: String, file: String, path: String?) {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
            guard let data = FileManager.default.contents(atPath: nameOrPath) else { throw NotFound(name: nameOrPath) }
            return (String(decoding: data, as: UTF8.self), nameOrPath, nameOrPath)
        }
        let local = "\(directory)/\(nameOrPath).yaml"
        if let data = FileManager.default.contents(atPath: local) {
            return (String(decoding: data, as: UTF8.self), local, local)
        }
        guard let builtIn = BuiltInTemplates.all.first(where: { $0.name == nameOrPath }) else { throw NotFound(name: nameOrPath) }
        return (builtIn.yaml, "\(directory)/\(nameOrPath).yaml (built in)", nil)
    }

    /// Reads and checks a template.
    public func load(_ nameOrPath: String) throws -> (template: ReportTemplate, path: String?) {
        let source = try source(nameOrPath)
        return (try TemplateLoader().load(yaml: source.yaml, file: source.file), source.path)
    }
}
