import ArgumentParser
import Foundation
import Reports

extension ReportCLI {
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: "List, show and copy report templates.",
            subcommands: [List.self, Show.self, Init.self]
        )

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the built-in templates and those in ./Templates.")

            @Option(help: "Descriptions in Korean (ko) or English (en).")
            var lang: Language = .ko

            func run() throws {
                let catalog = TemplateCatalog()
                for entry in catalog.entries() {
                    let description: String
                    do {
                        let template = try TemplateLoader().load(yaml: entry.yaml, file: entry.file)
                        description = template.description?.text(lang) ?? ""
                    } catch {
                        description = "(has an error: \(error.description))"
                    }
                    let name = entry.name.padding(toLength: max(12, entry.name.count), withPad: " ", startingAt: 0)
                    print("\(name)  \(entry.origin)  \(description)")
                }
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Print a template.")

            @Argument(help: "A template's name or path.")
            var name: String

            func run() throws {
                do {
                    print(try TemplateCatalog().source(name).yaml, terminator: "")
                } catch let error as TemplateCatalog.NotFound {
                    throw ValidationError(error.description)
                }
            }
        }

        struct Init: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Copy a built-in template to a file you can edit.",
                discussion: "Refuses to overwrite a file. Use the copy with --template PATH."
            )

            @Argument(help: "The built-in template to copy.")
            var name: String

            @Argument(help: "Where to write the copy (default: NAME.yaml).")
            var path: String?

            func run() throws {
                guard let yaml = TemplateCatalog.builtIn(name) else {
                    throw ValidationError("no built-in template '\(name)'; built-in templates: \(TemplateCatalog.builtInNames.joined(separator: ", "))")
                }
                let target = path ?? "\(name).yaml"
                if FileManager.default.fileExists(atPath: target) {
                    throw ValidationError("\(target) already exists; refusing to overwrite it (choose another path)")
                }
                try refuse { try AtomicOutput.check(target, force: false, protected: []) }
                try AtomicOutput.writeFile(target) { temporary in
                    try Data(yaml.utf8).write(to: URL(fileURLWithPath: temporary))
                }
                print("wrote \(target): a copy of the built-in template '\(name)'; use it with --template \(target)")
            }
        }
    }
}
