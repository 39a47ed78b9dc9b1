import Foundation
import Hummingbird
import ReportJobs
import Reports

/// Every route: the API (a stable surface, like the command line), the page, its downloads.
struct Routes: Sendable {
    let options: ServeOptions
    let limiter: JobLimiter
    let downloads: DownloadStore
    let progress = ProgressBoard()

    func add(to router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in "ok\n" }
        router.get("/progress/:id") { _, context in
            let rows = ProgressBoard.id(context.parameters.get("id")).flatMap { progress.rows($0) } ?? 0
            return Responses.json(["rows": rows])
        }
        router.post("/api/check") { request, _ in
            try await withForm(request) { jobs in
                let check = try await limiter.run { try jobs.check() }
                return Responses.json(CheckJSON(check.read, summary: check.summary, language: Responses.language(of: request)),
                                      status: check.hasErrors ? .unprocessableContent : .ok)
            }
        }
        for (path, job) in [("tables", FormJobs.table), ("quarterly", FormJobs.quarterly),
                            ("compare", FormJobs.compare), ("briefing", FormJobs.briefing), ("form", FormJobs.activityForm), ("ties", FormJobs.ties)] as [(String, @Sendable (FormJobs) -> () throws -> FormJobs.Made)] {
            router.post("/api/\(path)") { request, _ in
                try await withForm(request) { jobs in
                    let made = try await limiter.run { try job(jobs)() }
                    return Responses.file(made.bytes, name: made.name, type: made.type)
                }
            }
        }
        Page(limiter: limiter, downloads: downloads, tokenRequired: options.token != nil).add(to: router, routes: self)
    }

    /// Reads the request's form into a folder of its own, runs `body`, and removes the folder
    /// whatever happens (a client gone mid-upload included).
    func withForm(_ request: Request, _ body: (FormJobs) async throws -> Response) async throws -> Response {
        let folder = options.workFolder.appendingPathComponent("requests").appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await Responses.refusals(Responses.language(of: request)) {
            let form = try await UploadedForm.read(request, into: folder, limit: options.maxUploadBytes)
            var jobs = FormJobs(form: form, folder: folder)
            guard let id = ProgressBoard.id(form.value("progress")) else { return try await body(jobs) }
            defer { progress.remove(id) }
            jobs.rowsRead = RowCounter { [progress] rows in progress.set(id, rows) }
            return try await body(jobs)
        }
    }
}
