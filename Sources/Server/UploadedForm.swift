import Foundation
import Hummingbird
import MultipartKit
import NIOCore
import TradeMetrics

/// A `multipart/form-data` (or urlencoded) request read as it arrives: files are streamed to disk
/// in the request's own folder under names of the server's choosing, fields kept in memory.
struct UploadedForm {
    /// A file part: where it is on disk, and the name the client gave (shown, never used as a path).
    struct File {
        let field: String
        let name: String
        let path: String
    }

    private(set) var fields: [String: [String]] = [:]
    private(set) var files: [File] = []

    /// The first value of a field; nil when absent or blank.
    func value(_ name: String) -> String? {
        fields[name]?.first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Every value of a repeatable field (`office`), blanks left out.
    func values(_ name: String) -> [String] {
        (fields[name] ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// A checkbox or boolean field: `on`, `true`, `1`, `yes`.
    func flag(_ name: String) -> Bool {
        guard let value = value(name)?.lowercased() else { return false }
        return ["on", "true", "1", "yes"].contains(value)
    }

    func files(_ field: String) -> [File] { files.filter { $0.field == field } }

    /// Reads the body into `folder`.
    /// - Throws: `HTTPError(.contentTooLarge)` as soon as the body passes `limit` bytes (or says it
    ///   will); `HTTPError(.badRequest)` for a body that is not a form.
    static func read(_ request: Request, into folder: URL, limit: Int) async throws -> UploadedForm {
        let language = Responses.language(of: request)
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw tooLarge(limit, language)
        }
        let type = request.headers[.contentType] ?? ""
        if type.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            let buffer = try await request.body.collect(upTo: min(limit, 1 << 20))
            return UploadedForm(urlEncoded: String(buffer: buffer))
        }
        guard type.lowercased().hasPrefix("multipart/form-data"), let boundary = boundary(of: type) else {
            throw HTTPError(.badRequest, message: Message.notMultipart.text(language))
        }
        var form = UploadedForm()
        let parser = MultipartParser(boundary: boundary)
        var part = PartState()
        var failure: (any Error)?
        parser.onHeader = { name, value in part.header(name, value) }
        parser.onBody = { buffer in
            guard failure == nil else { return }
            do { try part.body(&buffer, folder: folder, index: form.files.count, language) } catch { failure = error }
        }
        parser.onPartComplete = {
            guard failure == nil else { return }
            do { try part.complete(into: &form, folder: folder) } catch { failure = error }
            part = PartState()
        }
        var received = 0
        defer { part.close() }
        for try await buffer in request.body {
            received += buffer.readableBytes
            if received > limit { throw tooLarge(limit, language) }
            do { try parser.execute(buffer) } catch {
                throw HTTPError(.badRequest, message: Message.malformedMultipart.text(language))
            }
            if let failure { throw failure }
        }
        return form
    }

    private static func tooLarge(_ limit: Int, _ language: Language) -> HTTPError {
        HTTPError(.contentTooLarge, message: Message.uploadTooLarge(megabytes: limit >> 20).text(language))
    }

    private static func boundary(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    private init() {}

    private init(urlEncoded text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            fields[parts[0], default: []].append(parts.count > 1 ? parts[1] : "")
        }
    }

    /// One part while it is read.
    private struct PartState {
        var name: String?
        var fileName: String?
        var value: [UInt8] = []
        var handle: FileHandle?
        var path: String?
        var isFile: Bool { fileName != nil }

        mutating func header(_ name: String, _ value: String) {
            guard name.lowercased() == "content-disposition" else { return }
            for parameter in value.split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2 else { continue }
                let text = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                switch pair[0].lowercased() {
                case "name": self.name = text
                case "filename": fileName = text
                default: break
                }
            }
        }

        /// The last path component of a client's file name, without control characters.
        static func displayName(_ name: String) -> String {
            let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
            let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
            return clean.isEmpty ? "upload" : String(clean.prefix(200))
        }

        mutating func body(_ buffer: inout ByteBuffer, folder: URL, index: Int, _ language: Language) throws {
            guard isFile else {
                value += buffer.readBytes(length: buffer.readableBytes) ?? []
                if value.count > 1 << 16 { throw HTTPError(.badRequest, message: Message.fieldTooLong.text(language)) }
                return
            }
            if handle == nil {
                let file = folder.appendingPathComponent("upload-\(index)").path
                guard FileManager.default.createFile(atPath: file, contents: nil),
                      let opened = FileHandle(forWritingAtPath: file) else {
                    throw HTTPError(.internalServerError, message: Message.cannotStoreUpload.text(language))
                }
                handle = opened
                path = file
            }
            if let bytes = buffer.readBytes(length: buffer.readableBytes) { try handle?.write(contentsOf: bytes) }
        }

        mutating func complete(into form: inout UploadedForm, folder: URL) throws {
            guard let name else { return }
            if let fileName {
                close()
                if path == nil {
                    // A file input left empty sends a part with no name and no bytes: no file.
                    if fileName.isEmpty { return }
                    let file = folder.appendingPathComponent("upload-\(form.files.count)").path
                    _ = FileManager.default.createFile(atPath: file, contents: nil)
                    path = file
                }
                form.files.append(File(field: name, name: Self.displayName(fileName), path: path!))
            } else {
                form.fields[name, default: []].append(String(decoding: value, as: UTF8.self))
            }
        }

        mutating func close() {
            try? handle?.close()
            handle = nil
        }
    }
}
