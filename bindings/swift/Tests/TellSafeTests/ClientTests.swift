// The wizard and the client against the real reference backend (scripts/bindings starts it and
// passes TELLSAFE_BACKEND_URL and TELLSAFE_BACKEND_KEY="<alg> <base64 raw key>").
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest
@testable import TellSafe

/// The walk must reach the done step well within this many screens (the flow has about a dozen).
private let maxSteps = 40
private let env = ProcessInfo.processInfo.environment

private func start(_ locale: String = "sw") throws -> WizardSession {
    try WizardSession.start(start: WizardStart(
        ageBand: .age10To12, ageSource: .declared, role: .myself, locale: locale, country: "KE",
        appName: "Demo", allowDraftLocales: true, category: nil,
        today: Int64(Date().timeIntervalSince1970 * 1000)))
}

private func answerFor(_ v: StepView) -> WizardAnswer {
    switch v.kind {
    case "choose_one", "yes_no": return .choose(option: v.options[0].id)
    case "choose_many": return .chooseMany(options: [v.options[0].id])
    case "short_text": return .text(text: "Ananitumia ujumbe mbaya kila siku.")
    default: return .continue
    }
}

private final class Login: AuthHeaderProvider, @unchecked Sendable {
    let session: AuthSession
    init(_ token: String) { session = AuthSession(account: "child", authorization: "Bearer \(token)") }
    func current() async throws -> AuthSession { session }
    func refresh() async throws -> AuthSession { session }
}

private func pinnedKey() throws -> PublicKey {
    let parts = env["TELLSAFE_BACKEND_KEY"]!.split(separator: " ").map(String.init)
    return try PublicKey.fromRaw(algorithm: parts[0] == "ed25519" ? .ed25519 : .ecdsaP256Sha256,
                                 raw: Data(base64Encoded: parts[1])!)
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

final class ClientTests: XCTestCase {
    func testWizardSpeaksSwahiliAndBackReturnsTheSameStep() throws {
        let sw = try start(), en = try start("en")
        let first = try sw.current()
        XCTAssertEqual(first.stepId, try en.current().stepId)
        XCTAssertNotEqual(first.title, try en.current().title)
        let second = try sw.answer(answer: answerFor(first))
        XCTAssertNotEqual(first.stepId, second.stepId)
        XCTAssertEqual(first.stepId, try sw.back().stepId)
    }

    func testChildSubmitsReviewerDecidesChildReadsTheOutcome() async throws {
        let client = try await TellSafeClient.open(
            options: ClientOptions(backendUrl: env["TELLSAFE_BACKEND_URL"]!, backendKeys: [try pinnedKey()],
                                   platform: .ios, appVersion: "1.0", appName: "Demo", locale: "sw",
                                   country: "KE", ageBand: .age10To12, ageSource: .declared),
            auth: Login("child-token"), listener: nil, storage: nil, keyStore: nil)
        let s = try start()
        var view = try s.current(), steps = 0
        while view.kind != "done" {
            steps += 1
            XCTAssertLessThan(steps, maxSteps, "the wizard did not finish")
            view = try s.answer(answer: answerFor(view))
        }
        let sent = try await client.submitSession(session: s, evidence: [Evidence(id: "msg-1", sha256: nil)])
        let flushed = try await client.flush()
        XCTAssert(flushed.delivered.contains(sent.id))
        let queue = try await console("GET", "/v1/console/queue") as! [String: Any]
        let entry = (queue["cases"] as! [[String: Any]]).first { ($0["report_id"] as? String) == sent.id }!
        let caseId = "\(entry["case_id"]!)"
        _ = try await console("POST", "/v1/console/cases/\(caseId)/start-review")
        _ = try await console("POST", "/v1/console/cases/\(caseId)/decide", """
            {"actions":["remove"],"grounds":{"basis":"terms","clause":"community-guidelines-4.2"},
             "automated_detection":false,"automated_decision":"not_automated","holds":[],
             "disclosure":"full","explanation":"Repeated unwanted messages.","content_type":"text",
             "territorial_scope":"worldwide"}
            """)
        let decided = try await client.status(id: sent.id)
        XCTAssertEqual(decided.kind, .decided)
        XCTAssertEqual(decided.outcomes, [.removed])
        let mine = try await client.myReports()
        XCTAssertEqual(mine.map { $0.id }, [sent.id])
    }
}
