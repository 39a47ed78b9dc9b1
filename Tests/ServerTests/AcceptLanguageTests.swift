import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Server
import Testing

/// The API's messages in the language `Accept-Language` asks for; English when it names neither.
struct AcceptLanguageTests {
    @Test func findingsAndRefusalsFollowAcceptLanguage() async throws {
        let form = Multipart()
        form.file("log", "bad.csv", ServerFixtures.header + "x1,2024-02-30,전북,forum,US,a\nx2,2024-03-01,Jeonbok-do,forum,US,b\n")
        form.field("period", "2024-Q1")
        try await ServerFixtures.withServer { client in
            var korean = form.headers
            korean[.acceptLanguage] = "ko-KR,ko;q=0.9,en;q=0.8"
            try await client.execute(uri: "/api/check", method: .post, headers: korean, body: form.body) { response in
                #expect(response.status == .unprocessableContent)
                let errors = try #require(try ServerFixtures.json(response.body)["errors"] as? [[String: Any]])
                #expect(errors.first?["message"] as? String == "달력에 없는 날짜입니다")
                #expect(errors.first?["text"] as? String == "bad.csv:2:2: error: date: 달력에 없는 날짜입니다 '2024-02-30'")
                #expect(errors.last?["message"] as? String == "알 수 없는 기관입니다(혹시 전북특별자치도입니까?)")
            }
            var english = form.headers
            english[.acceptLanguage] = "en-US,en;q=0.9,ko;q=0.5"
            try await client.execute(uri: "/api/quarterly", method: .post, headers: english, body: form.body) { response in
                let errors = try #require(try ServerFixtures.json(response.body)["errors"] as? [[String: Any]])
                #expect(errors.first?["message"] as? String == "no such day in the calendar")
            }
            let badPeriod = Multipart()
            try ServerFixtures.seeds(into: badPeriod)
            badPeriod.field("period", "2024-Q5")
            var koreanPeriod = badPeriod.headers
            koreanPeriod[.acceptLanguage] = "ko"
            try await client.execute(uri: "/api/quarterly", method: .post, headers: koreanPeriod, body: badPeriod.body) { response in
                #expect(response.status == .badRequest)
                let error = try ServerFixtures.json(response.body)["error"] as? String ?? ""
                #expect(error.hasPrefix("잘못된 기간입니다: '2024-Q5'."))
            }
            var french = badPeriod.headers
            french[.acceptLanguage] = "fr-FR"
            try await client.execute(uri: "/api/quarterly", method: .post, headers: french, body: badPeriod.body) { response in
                let error = try ServerFixtures.json(response.body)["error"] as? String ?? ""
                #expect(error.hasPrefix("bad period '2024-Q5'"))
            }
        }
    }
}
