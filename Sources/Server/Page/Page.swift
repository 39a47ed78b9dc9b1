import Foundation
import Hummingbird
import Mustache
import ReportJobs
import Reports
import TradeMetrics

/// The web page: the form, its assets, the token login, previews and their downloads.
struct Page: Sendable {
    let limiter: JobLimiter
    let downloads: DownloadStore
    let tokenRequired: Bool

    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in [("page", PageTemplates.page), ("login", PageTemplates.login), ("preview", PageTemplates.preview)] {
            try! library.register(text, named: name)   // the templates are the program's own: a mistake is a bug
        }
        return library
    }()

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func english(_ request: Request) -> Bool {
        request.uri.queryParameters.get("lang") == "en"
    }

    static func loginResponse(failed: Bool, request: Request) -> Response {
        let text = library.render(["t": PageText.strings(english: english(request)), "failed": failed], withTemplate: "login") ?? ""
        return html(text, status: .unauthorized)
    }

    func add(to router: Router<BasicRequestContext>, routes: Routes) {
        router.get("/") { request, _ in
            let context: [String: Any] = [
                "t": PageText.strings(english: Self.english(request)),
                "templates": TemplateCatalog.builtInNames.filter { $0 != "bench" },
                "dimensions": TradeMetrics.Dimension.allCases.map(\.rawValue),
                "bases": TableQuery.Base.allCases.map(\.rawValue),
            ]
            return Self.html(Self.library.render(context, withTemplate: "page") ?? "")
        }
        router.get("/assets/app.css") { _, _ in Self.asset(PageAssets.css, type: "text/css; charset=utf-8") }
        router.get("/assets/app.js") { _, _ in Self.asset(PageAssets.javascript, type: "text/javascript; charset=utf-8") }
        router.post("/login") { request, _ in
            let body = try await request.body.collect(upTo: 4096)
            let token = String(buffer: body).split(separator: "&").compactMap { pair -> String? in
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.first == "token", parts.count == 2 else { return nil }
                return String(parts[1]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }.first ?? ""
            guard let expected = routes.options.token, constantTimeEqual(token, expected) else {
                return Self.loginResponse(failed: true, request: request)
            }
            var response = Response(status: .seeOther, headers: [.location: "/"])
            response.setCookie(Cookie(name: GuardMiddleware<BasicRequestContext>.cookieName, value: expected,
                                      path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        router.post("/preview") { request, _ in
            try await routes.withForm(request) { jobs in
                let made = try await limiter.run { () throws -> FormJobs.Made in
                    switch jobs.form.value("report") ?? "quarterly" {
                    case "quarterly": return try jobs.quarterly()
                    case "compare": return try jobs.compare()
                    case "briefing": return try jobs.briefing()
                    case "table": return try jobs.table()
                    case "ties": return try jobs.ties()
                    case let other: throw UsageError(.unknownReportField(other))
                    }
                }
                let id = try await downloads.keep(name: made.name, type: made.type, bytes: made.bytes)
                let html = Preview.render(made, english: jobs.form.value("lang") == "en", library: Self.library)
                let link = "/download/\(id)/" + (made.name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? made.name)
                return Responses.json(["html": html, "download": link, "name": made.name])
            }
        }
        router.get("/download/:id/:name") { request, context in
            guard let id = context.parameters.get("id"), let name = context.parameters.get("name")?.removingPercentEncoding,
                  let file = await downloads.file(id: id, name: name) else {
                return Responses.error(Message.noSuchDownload.text(Responses.language(of: request)), status: .notFound)
            }
            return Responses.file(file.bytes, name: name, type: file.type)
        }
    }

    private static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=300"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
