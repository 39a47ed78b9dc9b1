import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportJobs
import Reports
import Server
import Testing
import TradeMetrics

/// The HTTP API: every status it answers, and the same results as the library the CLI calls.
struct APIRouteTests {
    @Test func healthAndThePage() async throws {
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "ok\n")
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'") == true)
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"ko\">"))
                #expect(html.contains("활동 기록 파일"))
                #expect(!html.contains("<script>"), "no inline script")
                #expect(!html.contains(" onclick="), "no inline handler")
            }
            try await client.execute(uri: "/?lang=en", method: .get) { response in
                #expect(String(buffer: response.body).contains("Activity logs"))
            }
        }
    }

    @Test func checkAnswersTheSampleLog() async throws {
        let form = Multipart()
        try ServerFixtures.seeds(into: form)
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/check", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .ok)
                let json = try ServerFixtures.json(response.body)
                #expect(json["rows"] as? Int == 30)
                #expect(json["first_date"] as? String == "2017-10-17")
                #expect((json["files"] as? [[String: Any]])?.map { $0["name"] as? String } == ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"])
                #expect((json["errors"] as? [Any])?.isEmpty == true)
                #expect(json["error_count"] as? Int == 0)
            }
        }
    }

    @Test func aLogWithErrorsIs422WithEveryError() async throws {
        let form = Multipart()
        form.file("log", "bad.csv", ServerFixtures.header + "x1,2024-02-30,전북,forum,US,a\nx2,2024-03-01,Jeonbok-do,forum,US,b\n")
        form.field("period", "2024-Q1")
        try await ServerFixtures.withServer { client in
            for path in ["/api/check", "/api/quarterly", "/api/tables", "/api/briefing", "/api/compare"] {
                try await client.execute(uri: path, method: .post, headers: form.headers, body: form.body) { response in
                    #expect(response.status == .unprocessableContent, "\(path)")
                    let json = try ServerFixtures.json(response.body)
                    let errors = try #require(json["errors"] as? [[String: Any]])
                    #expect(errors.count == 2, "\(path)")
                    #expect(errors.first?["line"] as? Int == 2)
                    #expect(errors.first?["cell"] is NSNull)
                    #expect(errors.first?["field"] as? Int == 2)
                    #expect(errors.first?["column"] as? String == "date")
                    #expect(errors.first?["value"] as? String == "2024-02-30")
                    #expect(errors.last?["message"] as? String == "unknown office (did you mean 전북특별자치도?)")
                }
            }
        }
    }

    @Test func badOptionsAre400() async throws {
        let base = Multipart()
        try ServerFixtures.seeds(into: base)
        let cases: [(String, [(String, String)], String)] = [
            ("/api/quarterly", [("period", "2024-Q5")], "bad period '2024-Q5'"),
            ("/api/quarterly", [], "Give a period"),
            ("/api/quarterly", [("period", "2024-Q1"), ("office", "Atlantis")], "Unknown office 'Atlantis'"),
            ("/api/quarterly", [("period", "2024-Q1"), ("template", "/etc/passwd")], "Unknown template '/etc/passwd'"),
            ("/api/tables", [("period", "2024"), ("by", "planet")], "Unknown dimension 'planet'"),
            ("/api/tables", [("period", "all"), ("compare", "previous")], "nothing to compare with"),
            ("/api/compare", [("period", "2024"), ("offices", "전주시")], "is not a province"),
            ("/api/check", [("encoding", "latin-1")], "Unknown encoding"),
        ]
        try await ServerFixtures.withServer { client in
            for (path, fields, message) in cases {
                let form = base.copy()
                for (name, value) in fields { form.field(name, value) }
                try await client.execute(uri: path, method: .post, headers: form.headers, body: form.body) { response in
                    #expect(response.status == .badRequest, "\(path) \(fields.map(\.1))")
                    let error = try ServerFixtures.json(response.body)["error"] as? String ?? ""
                    #expect(error.contains(message), "\(error)")
                }
            }
            // No log at all.
            let empty = Multipart()
            empty.field("period", "2024-Q1")
            try await client.execute(uri: "/api/quarterly", method: .post, headers: empty.headers, body: empty.body) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func tablesAreTheLibrarysCSV() async throws {
        let form = Multipart()
        try ServerFixtures.seeds(into: form)
        form.field("period", "2024-Q1")
        form.field("by", "sector")
        form.field("compare", "last-year")
        let log = LogInput(files: ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"].map { (name: String) in
            LogSource.file(path: ServerFixtures.root.appendingPathComponent("seeds/" + name).path, name: name)
        })
        let query = TableQuery(period: try Period(parsing: "2024-Q1"), dimensions: [.sector], base: .lastYear)
        let expected = TableLayout(try TableJob.table(query, log: log).table).csv()
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/tables", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(String(buffer: response.body) == expected)
                #expect(expected.contains("\nbio,"))
            }
        }
    }

    @Test func reportsAreWorkbooksAndZips() async throws {
        let form = Multipart()
        try ServerFixtures.seeds(into: form)
        form.field("period", "2024-Q1")
        form.field("office", "전북")
        try await ServerFixtures.withServer { client in
            for (path, type, name) in [("/api/quarterly", FormJobsType.xlsx, "2024-Q1_전북_quarterly.xlsx"),
                                       ("/api/compare", FormJobsType.xlsx, "2024-Q1_compare.xlsx"),
                                       ("/api/briefing", "application/zip", "2024-Q1_전북_브리핑.zip")] {
                try await client.execute(uri: path, method: .post, headers: form.headers, body: form.body) { response in
                    #expect(response.status == .ok, "\(path)")
                    #expect(response.headers[.contentType] == type)
                    let disposition = response.headers[HTTPField.Name("Content-Disposition")!] ?? ""
                    #expect(disposition.contains("filename*=UTF-8''" + name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~")))!))
                    #expect(Array(response.body.readableBytesView.prefix(2)) == [0x50, 0x4B], "a zip archive")
                }
            }
        }
    }

    /// The activity-log form, as `report-cli form` makes it: empty, or with the uploaded log moved in
    /// (read back to the same rows); an unknown office is a 400, a log with errors a 422.
    @Test func theActivityLogFormIsOfferedWithTheCommandsOptions() async throws {
        let empty = Multipart()
        empty.field("office", "전북")
        let moved = Multipart()
        try ServerFixtures.seeds(into: moved)
        let unknown = Multipart()
        unknown.field("office", "Jeonbok-do")
        let broken = Multipart()
        broken.file("log", "bad.csv", ServerFixtures.header + "x1,2024-02-30,전북,forum,US,a\n")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("form-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/form", method: .post, headers: empty.headers, body: empty.body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == FormJobsType.xlsx)
                let disposition = response.headers[HTTPField.Name("Content-Disposition")!] ?? ""
                #expect(disposition.contains("filename*=UTF-8''" + "활동기록_전북.xlsx".addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~")))!))
            }
            try await client.execute(uri: "/api/form", method: .post, headers: moved.headers, body: moved.body) { response in
                #expect(response.status == .ok)
                let path = folder.appendingPathComponent("moved.xlsx").path
                try Data(response.body.readableBytesView).write(to: URL(fileURLWithPath: path))
                let read = LogReader().readAll([.file(path: path)])
                #expect(!read.read.hasErrors && read.records.count == 30)
            }
            try await client.execute(uri: "/api/form", method: .post, headers: unknown.headers, body: unknown.body) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/form", method: .post, headers: broken.headers, body: broken.body) { response in
                #expect(response.status == .unprocessableContent)
            }
        }
    }

    /// The tie register, as `report-cli ties --format csv` prints it.
    @Test func theTieRegisterIsTheCommandsCSV() async throws {
        let form = Multipart()
        try ServerFixtures.seeds(into: form)
        form.field("office", "전북")
        form.field("as_of", "2026-09-30")
        let bad = Multipart()
        try ServerFixtures.seeds(into: bad)
        bad.field("as_of", "2026-13-01")
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/ties", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == """
                    office,partner_country,partner,first_agreement,agreements,activities,last_activity,days_since_last,status
                    전북특별자치도,KZ,Almaty Province,2023-05-01,1,1,2023-05-01,1248,dormant
                    전북특별자치도,US,Las Vegas,2024-01-10,1,2,2024-01-10,994,dormant

                    """)
            }
            try await client.execute(uri: "/api/ties", method: .post, headers: bad.headers, body: bad.body) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func anUploadOverTheLimitIs413() async throws {
        let form = Multipart()
        form.file("log", "big.csv", [UInt8](repeating: 0x41, count: 3 << 20))
        let options = ServerFixtures.options { $0.maxUploadBytes = 1 << 20 }
        try await ServerFixtures.withServer(options) { client in
            try await client.execute(uri: "/api/check", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    @Test func aTokenIsNeededWhenSet() async throws {
        let form = Multipart()
        try ServerFixtures.seeds(into: form)
        let options = ServerFixtures.options { $0.token = "s3cret" }
        try await ServerFixtures.withServer(options) { client in
            try await client.execute(uri: "/api/check", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .unauthorized)
            }
            var wrong = form.headers
            wrong[.authorization] = "Bearer nope"
            try await client.execute(uri: "/api/check", method: .post, headers: wrong, body: form.body) { response in
                #expect(response.status == .unauthorized)
            }
            var right = form.headers
            right[.authorization] = "Bearer s3cret"
            try await client.execute(uri: "/api/check", method: .post, headers: right, body: form.body) { response in
                #expect(response.status == .ok)
            }
            // The page asks for the token once, then keeps it in an HttpOnly, SameSite=Strict cookie.
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body).contains("type=\"password\""))
            }
            try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "token=s3cret")) { response in
                #expect(response.status == .seeOther)
                let cookie = response.headers[.setCookie] ?? ""
                #expect(cookie.hasPrefix("report_token=s3cret"))
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Strict"))
            }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: "report_token=s3cret"]) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func postsFromAnotherOriginAreRefused() async throws {
        let form = Multipart()
        try ServerFixtures.seeds(into: form)
        var crossSite = form.headers
        crossSite[.origin] = "http://evil.example"
        let headers = crossSite
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/check", method: .post, headers: headers, body: form.body) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test func hostileTextIsEscapedInThePreview() async throws {
        let form = Multipart()
        form.file("log", "<img src=x onerror=alert(1)>.csv",
                  ServerFixtures.header + "x1,2024-01-10,전북,forum,US,<script>alert(1)</script>\n")
        form.field("period", "2024-Q1")
        form.field("report", "quarterly")
        try await ServerFixtures.withServer { client in
            let download = try await client.execute(uri: "/preview", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .ok)
                let json = try ServerFixtures.json(response.body)
                let html = json["html"] as? String ?? ""
                #expect(!html.contains("<script>"))
                #expect(!html.contains("<img"))
                #expect(html.contains("<svg"), "charts drawn by the server")
                return json["download"] as? String ?? ""
            }
            #expect(download.hasPrefix("/download/"))
            let id = download.split(separator: "/")[1]
            #expect(id.count == 32, "a 128-bit id")
            try await client.execute(uri: download, method: .get) { response in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            }
            try await client.execute(uri: "/download/\(String(repeating: "0", count: 32))/x.xlsx", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func thePreviewShowsTheWorkbooksNumbersAndPrintsItsSummary() async throws {
        let form = Multipart()
        try ServerFixtures.seeds(into: form)
        form.field("period", "2024-Q1")
        form.field("office", "전북")
        form.field("report", "quarterly")
        form.field("template", "quarterly")
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/preview", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .ok)
                let json = try ServerFixtures.json(response.body)
                let html = json["html"] as? String ?? ""
                #expect(json["name"] as? String == "2024-Q1_전북_quarterly.xlsx")
                #expect(html.contains("전북특별자치도 국제통상 활동 보고서 (2024년 1분기)"))
                #expect(html.contains("작성 "), "the date made")
                // The key figures: 10 activities, 1 mission, 8 companies (as `tables` gives them).
                #expect(html.contains("<td>활동</td><td class=\"n\">10</td>"))
                #expect(html.contains("<td>참여기업</td><td class=\"n\">8</td>"))
                // The summary sheet prints; the other sheets are on screen only.
                let firstDetail = try #require(html.range(of: "block detail"))
                #expect(html[..<firstDetail.lowerBound].contains("<svg"), "the summary's charts come first")
            }
        }
    }

    @Test func anUploadedTemplateMakesTheReportAndAMistakeInItIs422() async throws {
        let yaml = try String(contentsOf: ServerFixtures.root.appendingPathComponent("Templates/quarterly.yaml"), encoding: .utf8)
        let good = Multipart(), bad = Multipart()
        for form in [good, bad] {
            try ServerFixtures.seeds(into: form)
            form.field("period", "2024-Q1")
        }
        good.file("template_file", "mine.yaml", yaml)
        bad.file("template_file", "mine.yaml", yaml.replacingOccurrences(of: "sheets:", with: "sheetz:"))
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/quarterly", method: .post, headers: good.headers, body: good.body) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/quarterly", method: .post, headers: bad.headers, body: bad.body) { response in
                #expect(response.status == .unprocessableContent)
                let error = try ServerFixtures.json(response.body)["error"] as? String ?? ""
                #expect(error.contains("sheetz"), "\(error)")
                #expect(error.hasPrefix("mine.yaml:"), "named as uploaded: \(error)")
            }
        }
    }

    @Test func aHostOtherThanLoopbackNeedsAToken() throws {
        var options = ServeOptions()
        options.host = "0.0.0.0"
        #expect(throws: ServeOptions.Refusal.self) { try options.check() }
        options.token = "t"
        try options.check()
        options = ServeOptions()
        try options.check()
    }
}

enum FormJobsType {
    static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
}
