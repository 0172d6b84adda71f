// The thin idiomatic layer over the generated bindings (same module). No report logic here.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension HttpRequest {
    /// Signs this request by `profile` with a platform signer (Secure Enclave key), fresh nonce.
    public func signed(with signer: Signer, profile: Profile, now: Date = Date()) async throws -> HttpRequest {
        let millis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        return try await signRequestWith(signer: signer, request: self, profile: profile, options: signOptions(nowUnixMillis: millis))
    }
}

extension TellSafeError {
    /// The stable machine-readable code of any variant.
    public var code: String {
        switch self {
        case let .Validation(code, _), let .Signing(code), let .Verification(code, _), let .Key(code),
             let .Platform(code), let .Locale(code), let .Callback(code):
            return code
        }
    }
}

/// Refuses every redirect: a signed request covers its target URI.
private final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}

/// A `Transport` over URLSession (the app's proxy, pinning and background configuration apply).
/// Never follows redirects; a 4xx/5xx comes back as an answer. Pass it to `TellSafeClient.open`.
public final class URLSessionTransport: Transport, @unchecked Sendable {
    private let session: URLSession

    /// `configuration`: the app's (timeouts, proxy); the default has TellSafe's 30 s request limit.
    public init(configuration: URLSessionConfiguration = URLSessionTransport.defaultConfiguration()) {
        session = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }

    /// An ephemeral configuration (no cookies, no cache) with a 30 s request timeout.
    public static func defaultConfiguration() -> URLSessionConfiguration {
        let c = URLSessionConfiguration.ephemeral
        c.timeoutIntervalForRequest = 30
        return c
    }

    public func send(request: HttpRequest) async throws -> HttpResponse {
        guard let url = URL(string: request.targetUri) else { throw TellSafeError.Platform(code: "invalid_url") }
        var req = URLRequest(url: url)
        req.httpMethod = request.method
        for h in request.headers { req.addValue(h.value, forHTTPHeaderField: h.name) }
        if !request.body.isEmpty { req.httpBody = request.body }
        let answer: (Data, URLResponse) = try await withCheckedThrowingContinuation { done in
            session.dataTask(with: req) { data, response, error in
                if let error = error as? URLError {
                    done.resume(throwing: TellSafeError.Platform(code: error.code == .timedOut ? "timeout" : "connect"))
                } else if let error {
                    done.resume(throwing: error)
                } else if let response {
                    done.resume(returning: (data ?? Data(), response))
                } else {
                    done.resume(throwing: TellSafeError.Platform(code: "connect"))
                }
            }.resume()
        }
        guard let http = answer.1 as? HTTPURLResponse else { throw TellSafeError.Platform(code: "not_http") }
        let headers = http.allHeaderFields.compactMap { k, v -> HttpHeader? in
            guard let name = k as? String else { return nil }
            return HttpHeader(name: name, value: "\(v)")
        }
        return HttpResponse(status: UInt16(clamping: http.statusCode), headers: headers, body: answer.0)
    }
}

/// Status updates as an `AsyncStream`: pass it as the `listener` of `TellSafeClient.open` and
/// iterate `updates`. Each element is the neutral key `tellsafe-update`; a few unread ticks are
/// kept (newest), since a tick only means "look again".
public final class StatusUpdates: StatusListener, @unchecked Sendable {
    /// Unread ticks kept for a slow reader.
    public static let buffer = 16
    /// The neutral keys, as they come.
    public let updates: AsyncStream<String>
    private let continuation: AsyncStream<String>.Continuation

    public init() {
        (updates, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(StatusUpdates.buffer))
    }

    public func onUpdate(key: String) { continuation.yield(key) }
}

/// NFC of free text through Foundation (`precomposedStringWithCanonicalMapping`): the mobile
/// library is built without its own Unicode tables. `install()` is idempotent and called by
/// `wizardData(read:locale:country:)`; call it yourself at start if you build `WizardData`
/// another way. Returns whether the library uses it (`false` for a build with its own tables).
public final class PlatformNFC: TextNormalizer, @unchecked Sendable {
    private static let shared = PlatformNFC()
    private static let installed: Bool = installNfcNormalizer(normalizer: shared)

    public func nfc(text: String) throws -> String { text.precomposedStringWithCanonicalMapping }

    @discardableResult
    public static func install() -> Bool { installed }
}

/// The wizard's data from the app's bundle, laid out like the repository's `core/` directory
/// (`data/packs/<cc>.json`, `locales/<tag>/<file>.ftl`); the flow and safety scripts are the
/// library's own (compiled in). `read` returns a file's text or nil. Reads only the locales
/// `locale` needs. A platform with its own flow calls `WizardData.fromSources` (library feature
/// `json-flow`).
public func wizardData(read: (String) -> String?, locale: String, country: String,
                       allowDraftLocales: Bool = false) throws -> WizardData {
    PlatformNFC.install()
    func need(_ path: String) throws -> String {
        guard let text = read(path) else { throw TellSafeError.Validation(code: "missing", field: path) }
        return text
    }
    var locales: [String: [String]] = [:]
    for tag in Set(try localesToLoad(requested: locale, allowDraftLocales: allowDraftLocales) + ["en"]) {
        locales[tag] = try localeFiles().map { try need("locales/\(tag)/\($0)") }
    }
    return try WizardData.fromAssets(assets: WizardAssets(
        locales: locales, countryPacks: [read("data/packs/\(country.lowercased()).json")].compactMap { $0 },
        regionPacks: []))
}
