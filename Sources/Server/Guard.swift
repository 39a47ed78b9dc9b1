import Foundation
import HTTPTypes
import Hummingbird
import TradeMetrics

/// What every answer carries and every request must pass: security headers; with a token set,
/// the token (`Authorization: Bearer`, or the page's cookie); for a POST, the page's own origin.
struct GuardMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String?
    static var cookieName: String { "report_token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        if request.method == .post, let origin = request.headers[.origin], !sameOrigin(origin, request) {
            response = Responses.error(Message.crossSiteRefused.text(Responses.language(of: request)), status: .forbidden)
        } else if let token, !isPublic(request.uri.path), !authorised(request, token) {
            response = request.uri.path.hasPrefix("/api/")
                ? Responses.error(Message.tokenNeeded.text(Responses.language(of: request)), status: .unauthorized)
                : Page.loginResponse(failed: false, request: request)
        } else {
            response = try await next(request, context)
        }
        response.headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    /// The health check, the login form and the page's own assets need no token.
    private func isPublic(_ path: String) -> Bool {
        path == "/healthz" || path == "/login" || path.hasPrefix("/assets/")
    }

    private func authorised(_ request: Request, _ token: String) -> Bool {
        if let header = request.headers[.authorization], header.hasPrefix("Bearer "),
           constantTimeEqual(String(header.dropFirst(7)), token) { return true }
        if let cookie = request.cookies[Self.cookieName]?.value, constantTimeEqual(cookie, token) { return true }
        return false
    }

    private func sameOrigin(_ origin: String, _ request: Request) -> Bool {
        guard let host = request.head.authority else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }
}

/// Compares without leaking where two texts first differ.
func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    var difference = UInt8(x.count == y.count ? 0 : 1)
    for index in 0..<min(x.count, y.count) { difference |= x[index] ^ y[index] }
    return difference == 0
}
