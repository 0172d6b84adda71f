// The thin idiomatic layer over the generated bindings (same module). No report logic here.
import Foundation

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
