// The platform services an iOS app plugs in (URLSession, Secure-Enclave-style install keys,
// bundle data, an AsyncStream of updates) and the rest of the client's calls, against the real
// reference backend.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest
@testable import TellSafe

private let env = ProcessInfo.processInfo.environment
private let maxSteps = 40
private let updateWaitNs: UInt64 = 10_000_000_000

private final class Login: AuthHeaderProvider, @unchecked Sendable {
    let session = AuthSession(account: "child", authorization: "Bearer child-token")
    func current() async throws -> AuthSession { session }
    func refresh() async throws -> AuthSession { session }
}

/// Forwards to URLSession and keeps every request it was given.
private final class Recording: Transport, @unchecked Sendable {
    private let inner = URLSessionTransport()
    private let lock = NSLock()
    private var seen: [HttpRequest] = []
    var requests: [HttpRequest] { lock.lock(); defer { lock.unlock() }; return seen }
    func send(request: HttpRequest) async throws -> HttpResponse {
        lock.lock(); seen.append(request); lock.unlock()
        return try await inner.send(request: request)
    }
}

private struct SocketGone: Error {}

private final class Broken: Transport, @unchecked Sendable {
    func send(request: HttpRequest) async throws -> HttpResponse { throw SocketGone() }
}

/// Stands in for the Secure Enclave: a P-256 key per account behind the foreign `Signer`.
private final class EnclaveKeys: InstallKeyProvider, @unchecked Sendable {
    final class EnclaveSigner: Signer, @unchecked Sendable {
        let key: SigningKey
        init(_ key: SigningKey) { self.key = key }
        func keyId() -> String { key.keyId() }
        func algorithm() -> SignatureAlgorithm { .ecdsaP256Sha256 }
        func sign(base: Data) async throws -> Data { try key.signBytes(message: base) }
    }
    private let lock = NSLock()
    private var keys: [String: SigningKey] = [:]
    func key(_ account: String) -> SigningKey? { lock.lock(); defer { lock.unlock() }; return keys[account] }
    private func make(_ account: String) throws -> InstallKey {
        let k = try SigningKey.generate(algorithm: .ecdsaP256Sha256)
        lock.lock(); keys[account] = k; lock.unlock()
        return InstallKey(signer: EnclaveSigner(k), publicKey: k.publicKey())
    }
    func current(account: String) async throws -> InstallKey {
        if let k = key(account) { return InstallKey(signer: EnclaveSigner(k), publicKey: k.publicKey()) }
        return try make(account)
    }
    func rotate(account: String) async throws -> InstallKey { try make(account) }
}

private func pinnedKey() throws -> PublicKey {
    let parts = env["TELLSAFE_BACKEND_KEY"]!.split(separator: " ").map(String.init)
    return try PublicKey.fromRaw(algorithm: parts[0] == "ed25519" ? .ed25519 : .ecdsaP256Sha256,
                                 raw: Data(base64Encoded: parts[1])!)
}

private func openWith(transport: Transport? = nil, keys: InstallKeyProvider? = nil, listener: StatusListener? = nil,
                  data: WizardData? = nil) async throws -> TellSafeClient {
    try await TellSafeClient.open(
        options: ClientOptions(backendUrl: env["TELLSAFE_BACKEND_URL"]!, backendKeys: [try pinnedKey()],
                               platform: .ios, appVersion: "1.0", appName: "Demo", locale: "sw", country: "KE",
                               ageBand: .age10To12, ageSource: .declared, allowDraftLocales: true),
        auth: Login(), listener: listener, storage: nil, keyStore: nil, transport: transport, installKeys: keys,
        data: data)
}

private func report() throws -> Report {
    let now = Int64(Date().timeIntervalSince1970 * 1000)
    return try ReportBuilder(id: try newReportId(createdAtUnixMillis: now), createdAt: now)
        .locale(tag: "sw").country(code: "KE").age(band: .age10To12, source: .declared).role(role: .myself)
        .category(category: .bullying).subject(kind: .user, id: "user-1").client(platform: .ios, appVersion: "1.0")
        .build()
}

private func console(_ method: String, _ path: String, _ body: String? = nil) async throws -> Any? {
    var req = URLRequest(url: URL(string: env["TELLSAFE_BACKEND_URL"]! + path)!)
    req.httpMethod = method
    req.setValue("Bearer reviewer-token", forHTTPHeaderField: "authorization")
    if let body {
        req.setValue("application/json", forHTTPHeaderField: "content-type")
        req.httpBody = body.data(using: .utf8)
    }
    let (data, resp) = try await URLSession.shared.data(for: req)
    let status = (resp as! HTTPURLResponse).statusCode
    XCTAssert((200..<300).contains(status), "\(method) \(path): \(status)")
    return data.isEmpty ? nil : try JSONSerialization.jsonObject(with: data)
}

private func caseOf(_ reportId: String) async throws -> String {
    let queue = try await console("GET", "/v1/console/queue") as! [String: Any]
    let entry = (queue["cases"] as! [[String: Any]]).first { ($0["report_id"] as? String) == reportId }!
    return "\(entry["case_id"]!)"
}

private func header(_ r: HttpRequest, _ name: String) -> String? {
    r.headers.first { $0.name.lowercased() == name }?.value
}

private func answerFor(_ v: StepView) -> WizardAnswer {
    switch v.kind {
    case "choose_one", "yes_no": return .choose(option: v.options[0].id)
    case "choose_many": return .chooseMany(options: [v.options[0].id])
    case "short_text": return .text(text: "Ananitumia ujumbe mbaya kila siku.")
    default: return .continue
    }
}

private func bundleData() throws -> WizardData {
    let root = URL(fileURLWithPath: env["TELLSAFE_ASSETS"]!)
    return try wizardData(read: { try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) },
                          locale: "sw", country: "KE", allowDraftLocales: true)
}

final class ServicesTests: XCTestCase {
    func testURLSessionTransportCarriesEverySignedRequest() async throws {
        let transport = Recording()
        let client = try await openWith(transport: transport)
        let sent = try await client.submit(report: try report(), notify: false)
        let flushed = try await client.flush()
        XCTAssert(flushed.delivered.contains(sent.id))
        _ = try await client.status(id: sent.id)
        let paths = transport.requests.map { "\($0.method) \(URL(string: $0.targetUri)!.path)" }
        XCTAssert(paths.contains("POST /v1/keys") && paths.contains("POST /v1/reports"), "\(paths)")
        XCTAssert(paths.contains("GET /v1/reports/\(sent.id)/status"))
        XCTAssert(transport.requests.allSatisfy { header($0, "signature") != nil })
    }

    func testAThrowingTransportIsATypedFailureAndTheReportStaysQueued() async throws {
        let client = try await openWith(transport: Broken())
        let sent = try await client.submit(report: try report(), notify: true)
        let flushed = try await client.flush()
        XCTAssertFalse(flushed.delivered.contains(sent.id))
        XCTAssertEqual(client.deliveryHealth().pending, 1)
        do {
            try await client.register()
            XCTFail("a broken transport registered")
        } catch let TellSafeError.Platform(code) {
            XCTAssertEqual(code, "network")
        }
    }

    func testAReportSignedByAnEnclaveStyleKeyIsAccepted() async throws {
        let keys = EnclaveKeys(), transport = Recording()
        let client = try await openWith(transport: transport, keys: keys)
        let sent = try await client.submit(report: try report(), notify: false)
        let flushed = try await client.flush()
        XCTAssert(flushed.delivered.contains(sent.id))
        let post = transport.requests.first { $0.method == "POST" && $0.targetUri.hasSuffix("/v1/reports") }!
        XCTAssert(header(post, "signature-input")!.contains("keyid=\"\(keys.key("child")!.keyId())\""))
    }

    func testStatusUpdatesArriveAsAnAsyncStream() async throws {
        let updates = StatusUpdates()
        let client = try await openWith(listener: updates)
        _ = try await client.submit(report: try report(), notify: true)
        _ = try await client.flush()
        let stream = updates.updates
        let first = await withTaskGroup(of: String?.self) { group in
            group.addTask { var it = stream.makeAsyncIterator(); return await it.next() }
            group.addTask { try? await Task.sleep(nanoseconds: updateWaitNs); return nil }
            let winner = await group.next() ?? nil
            group.cancelAll()
            return winner
        }
        XCTAssertEqual(first, "tellsafe-update")
    }

    func testQuestionsAnswersAppealRefreshAndPreserveLocally() async throws {
        let client = try await openWith()
        let sent = try await client.submit(report: try report(), notify: false)
        let released = try await client.preserveLocally(id: sent.id)
        XCTAssertEqual(released, [])
        let flushed = try await client.flush()
        XCTAssert(flushed.delivered.contains(sent.id))
        let caseId = try await caseOf(sent.id)
        _ = try await console("POST", "/v1/console/cases/\(caseId)/start-review")
        _ = try await console("POST", "/v1/console/cases/\(caseId)/question", #"{"questions":["when_did_it_start"]}"#)
        let asked = try await client.refresh().first { $0.id == sent.id }!
        XCTAssertEqual(asked.kind, .needToAskYou)
        XCTAssertEqual(asked.questions, ["when_did_it_start"])
        let answered = try await client.provideInfo(id: sent.id, questionId: "when_did_it_start", answers: ["this_week"])
        XCTAssertEqual(answered.kind, .lookingAtIt)
        _ = try await console("POST", "/v1/console/cases/\(caseId)/decide", """
            {"actions":["remove"],"grounds":{"basis":"terms","clause":"community-guidelines-4.2"},
             "automated_detection":false,"automated_decision":"not_automated","holds":[],
             "disclosure":"full","explanation":"Repeated unwanted messages.","content_type":"text",
             "territorial_scope":"worldwide"}
            """)
        let decided = try await client.status(id: sent.id)
        XCTAssert(decided.canAppeal)
        let appealed = try await client.appeal(id: sent.id)
        XCTAssertFalse(appealed.canAppeal)
    }

    func testTheDraftIsSavedResumedAndSubmittedWithBundleData() async throws {
        let data = try bundleData()
        let client = try await openWith(data: data)
        let first = try client.startSession(category: nil)
        let second = try client.answer(answer: answerFor(first))
        try await client.saveSession()
        let resumed = try await client.resumeSession()
        XCTAssertEqual(resumed?.stepId, second.stepId)
        var view = try client.currentStep(), steps = 0
        while view.kind != "done" {
            steps += 1
            XCTAssertLessThan(steps, maxSteps)
            view = try client.answer(answer: answerFor(view))
        }
        let sent = try await client.submitCurrentSession(evidence: [Evidence(id: "msg-1", sha256: nil)])
        let flushed = try await client.flush()
        XCTAssert(flushed.delivered.contains(sent.id))
        let none = try await client.resumeSession()
        XCTAssertNil(none)
    }

    func testMissingOrBrokenAssetsAreTypedErrors() throws {
        XCTAssertThrowsError(try wizardData(read: { _ in nil }, locale: "sw", country: "KE")) {
            guard case TellSafeError.Validation(let code, _) = $0 else { return XCTFail("\($0)") }
            XCTAssertEqual(code, "missing")
        }
        let en = localeFiles().map { _ in "" }
        XCTAssertThrowsError(try WizardData.fromAssets(assets: WizardAssets(
            locales: ["en": en], countryPacks: ["{"], regionPacks: []))) {
            guard case TellSafeError.Validation(_, let field) = $0 else { return XCTFail("\($0)") }
            XCTAssertEqual(field, "country_packs")
        }
    }
}
