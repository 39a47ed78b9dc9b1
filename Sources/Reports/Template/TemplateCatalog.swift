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

    public struct NotFound: Error, CustomStringConvertible {
        public let name: String
        public var description: String {
            "no template '\(name)'; built-in templates: \(TemplateCatalog.builtInNames.joined(separator: ", ")), or give the path of a .yaml file"
        }
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
