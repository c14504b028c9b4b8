import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP(S) GET with a timeout, redirects followed, kb's user agent and a conditional request when the
/// validators of the last response are known (an unchanged page or feed answers 304 with no body).
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

    /// Fetches `url`; `etag` and `lastModified` (from the last response) make the request conditional.
    public static func get(_ url: String, etag: String? = nil, lastModified: String? = nil,
                           timeout: Double) -> Result<Response, WebFailure> {
        guard let address = URL(string: url), ["http", "https"].contains(address.scheme?.lowercased() ?? "") else {
            return .failure(WebFailure("not an http or https address"))
        }
        var request = URLRequest(url: address, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5",
                         forHTTPHeaderField: "Accept")
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

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
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
            let status = http.statusCode
            guard status == 304 || (200..<300).contains(status) else {
                return .failure(WebFailure("the server answered \(status) \(HTTPURLResponse.localizedString(forStatusCode: status))"))
            }
            let body = data.map { [UInt8]($0) } ?? []
            guard body.count <= WebFetch.limit else {
                return .failure(WebFailure("the answer is over \(WebFetch.limit / (1024 * 1024)) MB; kb refuses it"))
            }
            let header = { (name: String) in http.value(forHTTPHeaderField: name) }
            return .success(Response(status: status, body: body, url: http.url?.absoluteString ?? "",
                                     etag: header("ETag"), lastModified: header("Last-Modified"),
                                     contentType: header("Content-Type")))
        }
    }
}
