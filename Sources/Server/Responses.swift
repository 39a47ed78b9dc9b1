import Foundation
import HTTPTypes
import Hummingbird
import ReportJobs
import Reports
import TradeMetrics

/// Answers in JSON and files, and the mapping of the toolkit's failures to HTTP statuses:
/// a bad option 400, a log with errors 422 (with every error), a bad template 422.
enum Responses {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func error(_ message: String, status: HTTPResponse.Status) -> Response {
        json(["error": message], status: status)
    }

    /// A file to download, named for the user (`filename*` carries Korean names, RFC 6266).
    static func file(_ bytes: [UInt8], name: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: contentDisposition(name)],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func contentDisposition(_ name: String) -> String {
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }

    /// The language of a request's messages: the one its `Accept-Language` prefers (the page sends
    /// its own), else English.
    static func language(of request: Request) -> Language {
        Language.preferred(acceptLanguage: request.headers[.acceptLanguage]) ?? .en
    }

    /// Runs `body`, answering the toolkit's refusals with their status and message in `language`.
    static func refusals(_ language: Language, _ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let error as UsageError {
            return self.error(error.message.text(language), status: .badRequest)
        } catch let failure as LogHasErrors {
            return json(CheckJSON(failure.read, language: language), status: .unprocessableContent)
        } catch let error as TemplateError {
            return self.error(error.text(language), status: .unprocessableContent)
        } catch let error as ReportCSVWriter.EncodingError {
            return self.error(error.message.text(language), status: .unprocessableContent)
        } catch let tooLarge as ReportTooLarge {
            return self.error(tooLarge.message.text(language), status: .unprocessableContent)
        }
    }
}

extension HTTPField.Name {
    static let contentDisposition = Self("Content-Disposition")!
    static let referrerPolicy = Self("Referrer-Policy")!
}
