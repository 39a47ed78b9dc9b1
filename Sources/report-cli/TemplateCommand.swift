import TradeMetrics
import ArgumentParser
import Foundation
import Reports

extension ReportCLI {
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: HelpText.templates.local,
            subcommands: [List.self, Show.self, Init.self]
        )

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: HelpText.templateList.local)

            @Option(help: .local(.templateListLanguage))
            var lang: Language = .ko

            func run() throws {
                let catalog = TemplateCatalog()
                for entry in catalog.entries() {
                    let description: String
                    do {
                        let template = try TemplateLoader().load(yaml: entry.yaml, file: entry.file)
                        description = template.description?.text(lang) ?? ""
                    } catch {
                        description = Message.templateHasError(error.text(messageLanguage)).local
                    }
                    let name = entry.name.padding(toLength: max(12, entry.name.count), withPad: " ", startingAt: 0)
                    print("\(name)  \(entry.origin)  \(description)")
                }
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: HelpText.templateShow.local)

            @Argument(help: .local(.templateShowName))
            var name: String

            @OptionGroup var messages: MessageOptions

            func run() throws {
                do {
                    print(try TemplateCatalog().source(name).yaml, terminator: "")
                } catch let error as TemplateCatalog.NotFound {
                    throw ValidationError(error.message.local)
                }
            }
        }

        struct Init: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: HelpText.templateInit.local,
                discussion: HelpText.templateInitDiscussion.local
            )

            @Argument(help: .local(.templateInitName))
            var name: String

            @OptionGroup var messages: MessageOptions

            @Argument(help: .local(.templateInitPath))
            var path: String?

            func run() throws {
                guard let yaml = TemplateCatalog.builtIn(name) else {
                    throw ValidationError(Message.noBuiltInTemplate(name, builtIn: TemplateCatalog.builtInNames).local)
                }
                let target = path ?? "\(name).yaml"
                if FileManager.default.fileExists(atPath: target) {
                    throw ValidationError(Message.templateCopyExists(target).local)
                }
                try refuse { try AtomicOutput.check(target, force: false, protected: []) }
                try AtomicOutput.writeFile(target) { temporary in
                    try Data(yaml.utf8).write(to: URL(fileURLWithPath: temporary))
                }
                print(Message.wroteTemplateCopy(target, name: name).local)
            }
        }
    }
}
