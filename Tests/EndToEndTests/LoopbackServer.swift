import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 (never any other address), on a port the system picks, serving fixed
/// answers from inside the test run; one thread per connection, so that a slow answer holds up no other.
final class LoopbackServer: @unchecked Sendable {
    /// One route's answer.
    struct Answer {
        var status = 200
        var headers: [String: String] = [:]
        var body = ""
        /// Seconds to wait before answering (a slow server).
        var delay = 0.0
    }

    /// A request as received: its path and headers (names lowercase).
    struct Request {
        var path: String
        var headers: [String: String]
    }

    private let socket: Int32
    let port: UInt16
    private let lock = NSLock()
    private var routes: [String: (Request) -> Answer] = [:]
    private var log: [Request] = []

    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.socket = socket
        guard socket >= 0 else { throw Failure("socket: \(errno)") }
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socket, 16) == 0 else { throw Failure("bind/listen on 127.0.0.1: \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    private var stopped = false

    /// Stops accepting connections (once: the descriptor number may be reused afterwards).
    func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    /// The URL of `path` on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Serves `path` with what `answer` returns for each request.
    func route(_ path: String, _ answer: @escaping (Request) -> Answer) {
        lock.lock()
        defer { lock.unlock() }
        routes[path] = answer
    }

    /// The requests received so far for `path`.
    func requests(_ path: String) -> [Request] {
        lock.lock()
        defer { lock.unlock() }
        return log.filter { $0.path == path }
    }

    private func acceptLoop() {
        while true {
            let client = accept(socket, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            Thread { [self] in serve(client) }.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !received.containsHeaderEnd {
            let count = recv(client, &buffer, buffer.count, 0)
            if count <= 0 { return }
            received += buffer[0..<count]
        }
        let lines = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count >= 2 else { return }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let request = Request(path: String(parts[1]), headers: headers)
        lock.lock()
        log.append(request)
        let handler = routes[request.path]
        lock.unlock()
        let answer = handler?(request) ?? Answer(status: 404, body: "not found")
        if answer.delay > 0 { Thread.sleep(forTimeInterval: answer.delay) }
        let body = Array(answer.body.utf8)
        let reasons = [200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 404: "Not Found"]
        var head = "HTTP/1.1 \(answer.status) \(reasons[answer.status] ?? "Status")\r\n"
        var all = answer.headers
        all["Content-Length"] = String(answer.status == 304 ? 0 : body.count)
        all["Connection"] = "close"
        for (name, value) in all.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        let bytes = Array((head + "\r\n").utf8) + (answer.status == 304 ? [] : body)
        var sent = 0
        while sent < bytes.count {
            // MSG_NOSIGNAL: a client that gave up (timed out) must not kill the test run with SIGPIPE.
            let count = bytes[sent...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { return }
            sent += count
        }
    }
}

private extension [UInt8] {
    var containsHeaderEnd: Bool {
        guard count >= 4 else { return false }
        for index in 0...(count - 4) where self[index] == 13 && self[index + 1] == 10 && self[index + 2] == 13 && self[index + 3] == 10 {
            return true
        }
        return false
    }
}
