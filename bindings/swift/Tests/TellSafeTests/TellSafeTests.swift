import Foundation
import XCTest
@testable import TellSafe

private let vectors: [String: Any] = {
    let path = ProcessInfo.processInfo.environment["TELLSAFE_VECTORS"] ?? "tests/vectors/signing.json"
    let data = FileManager.default.contents(atPath: path)!
    return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
}()

private func headers(_ v: Any?) -> [HttpHeader] {
    (v as! [[String]]).map { HttpHeader(name: $0[0], value: $0[1]) }
}
private func request(_ r: [String: Any], _ hs: [HttpHeader]? = nil) -> HttpRequest {
    HttpRequest(method: r["method"] as! String, targetUri: r["target_uri"] as! String,
                headers: hs ?? headers(r["headers"]), body: (r["body"] as! String).data(using: .utf8)!)
}
private func response(_ r: [String: Any], _ hs: [HttpHeader]? = nil) -> HttpResponse {
    HttpResponse(status: UInt16(r["status"] as! Int), headers: hs ?? headers(r["headers"]),
                 body: (r["body"] as! String).data(using: .utf8)!)
}
private func options(_ o: [String: Any]) -> SignOptions {
    SignOptions(created: Int64(o["created"] as! Int), expires: (o["expires"] as? Int).map(Int64.init),
                nonce: o["nonce"] as? String, label: o["label"] as! String)
}
private func profile(_ code: String) -> Profile {
    switch code {
    case "client_request": return .clientRequest
    case "client_status_request": return .clientStatusRequest
    case "key_registration": return .keyRegistration
    case "backend_response": return .backendResponse
    case "webhook": return .webhook
    default: return .platformTool
    }
}
private func cases(_ key: String) -> [[String: Any]] {
    (vectors["cases"] as! [[String: Any]]).filter { $0["key"] as? String == key }
}
private func key(_ name: String) -> [String: Any] {
    (vectors["keys"] as! [String: Any])[name] as! [String: Any]
}

final class FailingSigner: Signer, @unchecked Sendable {
    let error: Error
    init(_ error: Error) { self.error = error }
    func keyId() -> String { "swift-key" }
    func algorithm() -> SignatureAlgorithm { .ed25519 }
    func sign(base: Data) async throws -> Data { throw error }
}

struct SomethingElse: Error {}

final class TellSafeTests: XCTestCase {
    func testEd25519VectorsAreReproducedByteForByte() throws {
        let signing = try SigningKey.fromPkcs8Pem(pem: key("ed25519")["private_pkcs8_pem"] as! String)
        for c in cases("ed25519") {
            let expected = c["expected"] as! [String: Any]
            let req = request(c["request"] as! [String: Any])
            let opts = options(c["options"] as! [String: Any])
            let got: [HttpHeader]
            if c["profile"] as! String == "backend_response" {
                got = try signing.signResponse(response: response(c["response"] as! [String: Any]), request: req, options: opts).headers
            } else {
                let signed = try signing.signRequest(request: req, profile: profile(c["profile"] as! String), options: opts)
                XCTAssertEqual(try requestSignatureBase(request: signed), expected["signature_base"] as? String)
                got = signed.headers
            }
            XCTAssertEqual(got, headers(expected["headers"]), c["name"] as! String)
        }
    }

    func testP256SamplesVerifyUnderTheirProfile() throws {
        let pub = try PublicKey.fromSpkiPem(pem: key("p256")["public_spki_pem"] as! String)
        for c in cases("p256") {
            let expected = c["expected"] as! [String: Any]
            let withSig = headers(expected["headers"]) + [HttpHeader(name: "Signature", value: expected["sample_signature"] as! String)]
            let now = (Int64((c["options"] as! [String: Any])["created"] as! Int) + 1) * 1000
            let verified: VerifiedSignature
            if c["profile"] as! String == "backend_response" {
                verified = try verifyResponse(response: response(c["response"] as! [String: Any], withSig),
                                              request: request(c["request"] as! [String: Any]), backendKey: pub, nowUnixMillis: now)
            } else {
                verified = try verifyRequest(request: request(c["request"] as! [String: Any], withSig),
                                             profile: profile(c["profile"] as! String), keys: [pub], nowUnixMillis: now)
            }
            XCTAssertEqual(verified.keyId, pub.keyId())
        }
    }

    func testKeysDigestsAndIdempotencyKeysMatchTheFile() throws {
        for name in ["ed25519", "p256"] {
            let k = key(name)
            let pub = try PublicKey.fromSpkiPem(pem: k["public_spki_pem"] as! String)
            XCTAssertEqual(pub.keyId(), k["key_id"] as? String)
            XCTAssertEqual(pub.canonicalJwk(), k["canonical_jwk"] as? String)
        }
        for d in vectors["content_digest"] as! [[String: Any]] where d["algorithm"] as? String == "sha-256" {
            XCTAssertEqual(contentDigest(body: (d["body"] as! String).data(using: .utf8)!), d["content_digest"] as? String)
        }
    }

    private func statusRequest() -> HttpRequest {
        HttpRequest(method: "GET", targetUri: "https://api.example.test/v1/reports/0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b/status",
                    headers: [HttpHeader(name: "Authorization", value: "Bearer t")], body: Data())
    }

    func testATypedErrorFromASwiftSignerComesBackTyped() async throws {
        do {
            _ = try await statusRequest().signed(with: FailingSigner(TellSafeError.Signing(code: "secure_enclave_locked")), profile: .clientStatusRequest)
            XCTFail("signed without a signature")
        } catch let error as TellSafeError {
            XCTAssertEqual(error, .Signing(code: "secure_enclave_locked"))
        }
    }

    func testAnUnexpectedSwiftErrorIsACallbackError() async throws {
        do {
            _ = try await statusRequest().signed(with: FailingSigner(SomethingElse()), profile: .clientStatusRequest)
            XCTFail("signed without a signature")
        } catch let error as TellSafeError {
            XCTAssertEqual(error.code, "callback_failed")
        }
    }

    func testReportsRoundTripAndNameTheFieldOnError() throws {
        let now: Int64 = 1_800_000_000_000
        let builder = try ReportBuilder(id: newReportId(createdAtUnixMillis: now), createdAt: now)
            .locale(tag: "sw").country(code: "KE").age(band: .age10To12, source: .declared)
            .role(role: .myself).category(category: .bullying).client(platform: .ios, appVersion: "1.0")
        let report = try builder.build()
        XCTAssertEqual(try Report.fromJson(json: report.toJson()).id(), report.id())
        XCTAssertThrowsError(try Report.fromJson(json: "{}")) { error in
            guard case TellSafeError.Validation = error else { return XCTFail("not a validation error") }
        }
    }

    func testFreeTextIsNormalizedToNFCByThePlatformNormalizer() throws {
        PlatformNFC.install()
        let now: Int64 = 1_800_000_000_000
        // "e" + combining acute, split by a zero-width space the SDK removes first.
        let typed = "cafe\u{200B}\u{0301} ni mbaya"
        let report = try ReportBuilder(id: newReportId(createdAtUnixMillis: now), createdAt: now)
            .locale(tag: "sw").country(code: "KE").age(band: .age10To12, source: .declared)
            .role(role: .myself).category(category: .bullying).client(platform: .ios, appVersion: "1.0")
            .freeText(text: typed).build()
        let kept = try XCTUnwrap(report.freeText())
        XCTAssertEqual(Array(kept.unicodeScalars), Array("caf\u{E9} ni mbaya".unicodeScalars))
    }

    func testAWithdrawalKeptByTheBackendNamesTheChildMessage() {
        XCTAssertEqual(childMessageId(code: "withdraw_kept"), "withdraw-kept")
        XCTAssertNil(childMessageId(code: "backend"))
    }
}
