#if !canImport(Darwin)
import FoundationEssentials
import Glibc

/// `WebFetch.get` on Linux: one GET through libcurl's easy interface, the library opened with `dlopen` the first time
/// a page is fetched. FoundationNetworking's URLSession is built on the same libcurl, but linking it made every kb
/// process load it and its dependencies (TLS, Kerberos, LDAP, SSH, IDN…), whatever the command.
///
/// As URLSession did here: redirects followed (16 at most), http and https only, compressed answers accepted,
/// `timeout` for connecting and for a silence in the middle of an answer, three times `timeout` for the whole answer.
enum CurlFetch {
    static func get(_ url: String, headers: [String], timeout: Double) -> Result<WebFetch.Response, WebFailure> {
        let curl: CurlLibrary
        switch CurlLibrary.shared {
        case .success(let library): curl = library
        case .failure(let failure): return .failure(failure)
        }
        guard let handle = curl.easyInit() else { return .failure(WebFailure("cannot fetch it: libcurl would not start")) }
        defer { curl.easyCleanup(handle) }
        var list: OpaquePointer?
        for header in headers { list = curl.slistAppend(list, header) ?? list }
        defer { curl.slistFreeAll(list) }

        let answer = Answer()
        let context = Unmanaged.passUnretained(answer).toOpaque()
        let milliseconds = Int((timeout * 1000).rounded(.up))
        _ = curl.setString(handle, Option.url, url)
        _ = curl.setString(handle, Option.userAgent, WebFetch.userAgent)
        _ = curl.setPointer(handle, Option.httpHeader, UnsafeRawPointer(list))
        _ = curl.setString(handle, Option.acceptEncoding, "")
        _ = curl.setLong(handle, Option.noSignal, 1)
        _ = curl.setLong(handle, Option.followLocation, 1)
        _ = curl.setLong(handle, Option.maxRedirects, 16)
        _ = curl.setLong(handle, Option.protocols, Option.httpAndHTTPS)
        _ = curl.setLong(handle, Option.redirectProtocols, Option.httpAndHTTPS)
        _ = curl.setLong(handle, Option.connectTimeoutMilliseconds, max(1, milliseconds))
        _ = curl.setLong(handle, Option.lowSpeedLimit, 1)
        _ = curl.setLong(handle, Option.lowSpeedTime, max(1, Int(timeout.rounded(.up))))
        _ = curl.setLong(handle, Option.timeoutMilliseconds, max(1, milliseconds * 3))
        _ = curl.setPointer(handle, Option.writeFunction, unsafeBitCast(receiveBody, to: UnsafeRawPointer.self))
        _ = curl.setPointer(handle, Option.writeData, UnsafeRawPointer(context))
        _ = curl.setPointer(handle, Option.headerFunction, unsafeBitCast(receiveHeader, to: UnsafeRawPointer.self))
        _ = curl.setPointer(handle, Option.headerData, UnsafeRawPointer(context))

        let started = ContinuousClock.now
        let code = withExtendedLifetime(answer) { curl.perform(handle) }
        switch code {
        case Code.ok: break
        case Code.writeError where answer.overLimit:
            return .failure(WebFailure("the answer is over \(WebFetch.limit / (1024 * 1024)) MB; kb refuses it"))
        case Code.timedOut:
            if ContinuousClock.now - started >= .milliseconds(milliseconds * 3) {
                return .failure(WebFailure("no complete answer within \(WebFetch.seconds(timeout * 3)) s"))
            }
            return .failure(WebFailure("no answer within \(WebFetch.seconds(timeout)) s (timed out)"))
        case Code.tooManyRedirects: return .failure(WebFailure("too many redirects"))
        case Code.couldNotConnect: return .failure(WebFailure("cannot connect to the server (connection refused)"))
        case Code.couldNotResolveHost: return .failure(WebFailure("cannot find the server (unknown host)"))
        default: return .failure(WebFailure("cannot fetch it: \(curl.describe(code))"))
        }
        var status = 0
        _ = curl.getLong(handle, Info.responseCode, &status)
        guard status > 0 else { return .failure(WebFailure("no HTTP answer")) }
        var effective: UnsafePointer<CChar>?
        _ = curl.getString(handle, Info.effectiveURL, &effective)
        let finalURL = effective.map { String(cString: $0) } ?? url
        return WebFetch.accepted(status: status, body: answer.body, url: finalURL,
                                 header: { answer.headers[$0.lowercased()] })
    }

    /// What the callbacks gather during `curl_easy_perform`, on the calling thread.
    private final class Answer {
        var body: [UInt8] = []
        var overLimit = false
        /// The last response's header fields by lower-cased name (a redirect's are dropped when the next begins);
        /// a field sent twice is joined with ", ", as HTTPURLResponse does.
        var headers: [String: String] = [:]

        /// One header line as curl hands it over (with its CR LF).
        func header(_ line: UnsafeBufferPointer<UInt8>) {
            let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
            guard let first = line.firstIndex(where: { !blank($0) }), let last = line.lastIndex(where: { !blank($0) }) else { return }
            let text = line[first...last]
            if text.starts(with: "HTTP/".utf8) {
                headers = [:]
                return
            }
            guard let colon = text.firstIndex(of: UInt8(ascii: ":")) else { return }
            let name = String(decoding: text[..<colon], as: UTF8.self).lowercased()
            let value = String(decoding: text[(colon + 1)...].drop(while: blank), as: UTF8.self)
            if let earlier = headers[name] { headers[name] = earlier + ", " + value } else { headers[name] = value }
        }
    }

    private static let receiveBody: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
        bytes, size, count, context in
        guard let context else { return 0 }
        let answer = Unmanaged<Answer>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        guard answer.body.count + length <= WebFetch.limit else {
            answer.overLimit = true
            return 0
        }
        if let bytes, length > 0 {
            answer.body.append(contentsOf: UnsafeRawBufferPointer(start: bytes, count: length).bindMemory(to: UInt8.self))
        }
        return length
    }

    private static let receiveHeader: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
        bytes, size, count, context in
        guard let context else { return 0 }
        let answer = Unmanaged<Answer>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        if let bytes, length > 0 {
            answer.header(UnsafeRawBufferPointer(start: bytes, count: length).bindMemory(to: UInt8.self))
        }
        return length
    }

    /// `CURLoption` values (curl.h: long options from 0, pointers from 10000, functions from 20000).
    private enum Option {
        static let writeData: Int32 = 10001
        static let url: Int32 = 10002
        static let lowSpeedLimit: Int32 = 19
        static let lowSpeedTime: Int32 = 20
        static let userAgent: Int32 = 10018
        static let httpHeader: Int32 = 10023
        static let headerData: Int32 = 10029
        static let followLocation: Int32 = 52
        static let maxRedirects: Int32 = 68
        static let noSignal: Int32 = 99
        static let acceptEncoding: Int32 = 10102
        static let timeoutMilliseconds: Int32 = 155
        static let connectTimeoutMilliseconds: Int32 = 156
        static let protocols: Int32 = 181
        static let redirectProtocols: Int32 = 182
        static let writeFunction: Int32 = 20011
        static let headerFunction: Int32 = 20079
        /// CURLPROTO_HTTP | CURLPROTO_HTTPS.
        static let httpAndHTTPS = 3
    }

    /// `CURLINFO` values.
    private enum Info {
        static let effectiveURL: Int32 = 0x100000 + 1
        static let responseCode: Int32 = 0x200000 + 2
    }

    /// `CURLcode` values.
    private enum Code {
        static let ok: Int32 = 0
        static let couldNotResolveHost: Int32 = 6
        static let couldNotConnect: Int32 = 7
        static let writeError: Int32 = 23
        static let timedOut: Int32 = 28
        static let tooManyRedirects: Int32 = 47
    }
}

/// The few libcurl functions kb calls, found with `dlsym` in the system's libcurl (the one FoundationNetworking
/// uses). `curl_easy_setopt` and `curl_easy_getinfo` are variadic; they are called through fixed prototypes with
/// one integer or pointer argument, which the x86-64 and AArch64 Linux calling conventions pass alike.
final class CurlLibrary: @unchecked Sendable {
    typealias Handle = OpaquePointer
    let easyInit: @convention(c) () -> Handle?
    let easyCleanup: @convention(c) (Handle?) -> Void
    let perform: @convention(c) (Handle?) -> Int32
    let setLong: @convention(c) (Handle?, Int32, Int) -> Int32
    let setPointer: @convention(c) (Handle?, Int32, UnsafeRawPointer?) -> Int32
    let getLong: @convention(c) (Handle?, Int32, UnsafeMutablePointer<Int>) -> Int32
    let getString: @convention(c) (Handle?, Int32, UnsafeMutablePointer<UnsafePointer<CChar>?>) -> Int32
    let strerror: @convention(c) (Int32) -> UnsafePointer<CChar>?
    let slistAppend: @convention(c) (OpaquePointer?, UnsafePointer<CChar>) -> OpaquePointer?
    let slistFreeAll: @convention(c) (OpaquePointer?) -> Void

    /// Opened once, on first use; curl_global_init runs then, before any handle exists.
    static let shared: Result<CurlLibrary, WebFailure> = open()

    private init(_ library: UnsafeMutableRawPointer) throws(WebFailure) {
        func symbol<T>(_ name: String, _: T.Type) throws(WebFailure) -> T {
            guard let address = dlsym(library, name) else { throw WebFailure("cannot fetch it: libcurl has no \(name)") }
            return unsafeBitCast(address, to: T.self)
        }
        easyInit = try symbol("curl_easy_init", (@convention(c) () -> Handle?).self)
        easyCleanup = try symbol("curl_easy_cleanup", (@convention(c) (Handle?) -> Void).self)
        perform = try symbol("curl_easy_perform", (@convention(c) (Handle?) -> Int32).self)
        setLong = try symbol("curl_easy_setopt", (@convention(c) (Handle?, Int32, Int) -> Int32).self)
        setPointer = try symbol("curl_easy_setopt", (@convention(c) (Handle?, Int32, UnsafeRawPointer?) -> Int32).self)
        getLong = try symbol("curl_easy_getinfo", (@convention(c) (Handle?, Int32, UnsafeMutablePointer<Int>) -> Int32).self)
        getString = try symbol("curl_easy_getinfo",
                               (@convention(c) (Handle?, Int32, UnsafeMutablePointer<UnsafePointer<CChar>?>) -> Int32).self)
        strerror = try symbol("curl_easy_strerror", (@convention(c) (Int32) -> UnsafePointer<CChar>?).self)
        slistAppend = try symbol("curl_slist_append", (@convention(c) (OpaquePointer?, UnsafePointer<CChar>) -> OpaquePointer?).self)
        slistFreeAll = try symbol("curl_slist_free_all", (@convention(c) (OpaquePointer?) -> Void).self)
        let globalInit = try symbol("curl_global_init", (@convention(c) (Int) -> Int32).self)
        // CURL_GLOBAL_ALL.
        guard globalInit(3) == 0 else { throw WebFailure("cannot fetch it: libcurl would not start") }
    }

    private static func open() -> Result<CurlLibrary, WebFailure> {
        for name in ["libcurl.so.4", "libcurl.so"] {
            guard let library = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            do { return .success(try CurlLibrary(library)) } catch { return .failure(error) }
        }
        return .failure(WebFailure("cannot fetch it: libcurl (libcurl.so.4) is not installed"))
    }

    func setString(_ handle: Handle, _ option: Int32, _ value: String) -> Int32 {
        // libcurl copies string options (since 7.17).
        value.withCString { setPointer(handle, option, UnsafeRawPointer($0)) }
    }

    func describe(_ code: Int32) -> String {
        strerror(code).map { String(cString: $0) } ?? "libcurl error \(code)"
    }
}
#endif
