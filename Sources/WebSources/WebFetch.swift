#if canImport(Darwin)
import Dispatch
import Foundation
#else
import FoundationEssentials
import Glibc
#endif

/// One HTTP(S) GET with a timeout, redirects followed, kb's user agent and a conditional request when the
/// validators of the last response are known (an unchanged page or feed answers 304 with no body).
///
/// On Linux the request goes through libcurl, loaded when the first page is fetched (`CurlFetch`): linking
/// FoundationNetworking (URLSession, itself built on libcurl) loaded some thirty libraries into every kb process,
/// a third of the start-up of a `kb query`. On Apple platforms URLSession is part of Foundation.
public enum WebFetch {
    /// What the server answered.
    public struct Response: Sendable {
        /// 200, or 304 (not modified: nothing to read).
        public var status: Int
        public var body: [UInt8]
        /// The address after redirects.
        public var url: String
        public var etag: String?
        public var lastModified: String?
        public var contentType: String?
    }

    public static let userAgent = "kb/0.1 (knowledge base refresh; +https://example.invalid/kb)"
    /// Pages and feeds larger than this are refused, as files are.
    public static let limit = 20 * 1024 * 1024
    static let accept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5"

    /// Fetches `url`; `etag` and `lastModified` (from the last response) make the request conditional.
    public static func get(_ url: String, etag: String? = nil, lastModified: String? = nil,
                           timeout: Double) -> Result<Response, WebFailure> {
        guard let address = URL(string: url), ["http", "https"].contains(address.scheme?.lowercased() ?? "") else {
            return .failure(WebFailure("not an http or https address"))
        }
        #if canImport(Darwin)
        return urlSessionGet(address, etag: etag, lastModified: lastModified, timeout: timeout)
        #else
        var headers = ["Accept: \(accept)"]
        if let etag { headers.append("If-None-Match: \(etag)") }
        if let lastModified { headers.append("If-Modified-Since: \(lastModified)") }
        return CurlFetch.get(address.absoluteString, headers: headers, timeout: timeout)
        #endif
    }

    /// `value` as `String(format: "%.1f")` writes it, or whole.
    static func seconds(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        #if canImport(Darwin)
        return String(format: "%.1f", value)
        #else
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.1f", $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #endif
    }

    /// The reason phrase of an HTTP status as swift-corelibs-foundation's `HTTPURLResponse.localizedString(forStatusCode:)`
    /// gives it (the text of kb's messages on Linux until URLSession was dropped there).
    static func reason(_ status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 101: "Switching Protocols"
        case 102: "Processing"
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 203: "Non-Authoritative Information"
        case 204: "No Content"
        case 205: "Reset Content"
        case 206: "Partial Content"
        case 207: "Multi-Status"
        case 208: "Already Reported"
        case 226: "IM Used"
        case 300: "Multiple Choices"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 304: "Not Modified"
        case 305: "Use Proxy"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 402: "Payment Required"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 406: "Not Acceptable"
        case 407: "Proxy Authentication Required"
        case 408: "Request Timeout"
        case 409: "Conflict"
        case 410: "Gone"
        case 411: "Length Required"
        case 412: "Precondition Failed"
        case 413: "Payload Too Large"
        case 414: "URI Too Long"
        case 415: "Unsupported Media Type"
        case 416: "Range Not Satisfiable"
        case 417: "Expectation Failed"
        case 421: "Misdirected Request"
        case 422: "Unprocessable Entity"
        case 423: "Locked"
        case 424: "Failed Dependency"
        case 426: "Upgrade Required"
        case 428: "Precondition Required"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 451: "Unavailable For Legal Reasons"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        case 505: "HTTP Version Not Supported"
        case 506: "Variant Also Negotiates"
        case 507: "Insufficient Storage"
        case 508: "Loop Detected"
        case 510: "Not Extended"
        case 511: "Network Authentication Required"
        case 100..<200: "Informational"
        case 200..<300: "Success"
        case 300..<400: "Redirection"
        case 400..<500: "Client Error"
        default: "Server Error"
        }
    }

    /// The answer checked as kb takes it: 2xx or 304, within the size limit.
    static func accepted(status: Int, body: [UInt8], url: String, header: (String) -> String?,
                         reason: (Int) -> String = reason) -> Result<Response, WebFailure> {
        guard status == 304 || (200..<300).contains(status) else {
            return .failure(WebFailure("the server answered \(status) \(reason(status))"))
        }
        guard body.count <= limit else {
            return .failure(WebFailure("the answer is over \(limit / (1024 * 1024)) MB; kb refuses it"))
        }
        return .success(Response(status: status, body: body, url: url, etag: header("ETag"),
                                 lastModified: header("Last-Modified"), contentType: header("Content-Type")))
    }

    #if canImport(Darwin)
    private static func urlSessionGet(_ address: URL, etag: String?, lastModified: String?,
                                      timeout: Double) -> Result<Response, WebFailure> {
        var request = URLRequest(url: address, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue(accept, forHTTPHeaderField: "Accept")
        if let etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 3
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            outcome.set(data: data, response: response, error: error)
            done.signal()
        }
        task.resume()
        // A server that keeps sending slowly is cut off too (URLSession's resource timeout, with a margin).
        if done.wait(timeout: .now() + timeout * 3 + 1) == .timedOut {
            task.cancel()
            return .failure(WebFailure("no complete answer within \(seconds(timeout * 3)) s"))
        }
        return outcome.result(timeout: timeout)
    }

    /// The completion handler's results, handed from URLSession's thread to the caller.
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        private var response: URLResponse?
        private var error: Error?

        func set(data: Data?, response: URLResponse?, error: Error?) {
            lock.lock()
            defer { lock.unlock() }
            (self.data, self.response, self.error) = (data, response, error)
        }

        func result(timeout: Double) -> Result<Response, WebFailure> {
            lock.lock()
            defer { lock.unlock() }
            if let error = error as? URLError {
                switch error.code {
                case .timedOut: return .failure(WebFailure("no answer within \(WebFetch.seconds(timeout)) s (timed out)"))
                case .httpTooManyRedirects: return .failure(WebFailure("too many redirects"))
                case .cannotConnectToHost: return .failure(WebFailure("cannot connect to the server (connection refused)"))
                case .cannotFindHost: return .failure(WebFailure("cannot find the server (unknown host)"))
                default: return .failure(WebFailure("cannot fetch it: \(error.localizedDescription)"))
                }
            }
            if let error { return .failure(WebFailure("cannot fetch it: \(error.localizedDescription)")) }
            guard let http = response as? HTTPURLResponse else { return .failure(WebFailure("no HTTP answer")) }
            return WebFetch.accepted(status: http.statusCode, body: data.map { [UInt8]($0) } ?? [],
                                     url: http.url?.absoluteString ?? "",
                                     header: { http.value(forHTTPHeaderField: $0) },
                                     reason: { HTTPURLResponse.localizedString(forStatusCode: $0) })
        }
    }
    #endif
}

