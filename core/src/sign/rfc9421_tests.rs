//! RFC 9421 Appendix B vectors (B.2.4, B.2.5, B.2.6), from /work/shared/reference/rfc9421-vectors.md.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use super::*;
use crate::Timestamp;
use crate::sign::http::Request;
#[cfg(feature = "software-p256")]
use crate::sign::http::Response;

// Only the P-256 vector (B.2.4) uses it.
#[cfg(feature = "software-p256")]
fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn test_request() -> Request {
    let mut r = Request::new("POST", "https://example.com/foo?param=Value&Pet=dog").unwrap();
    r.headers.append("Host", "example.com");
    r.headers.append("Date", "Tue, 20 Apr 2021 02:07:55 GMT");
    r.headers.append("Content-Type", "application/json");
    r.headers.append(
        "Content-Digest",
        "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:",
    );
    r.headers.append("Content-Length", "18");
    r.body = br#"{"hello": "world"}"#.to_vec();
    r
}

// Only the P-256 vector (B.2.4) uses it.
#[cfg(feature = "software-p256")]
fn test_response() -> Response {
    let mut r = Response::new(200);
    r.headers.append("Date", "Tue, 20 Apr 2021 02:07:56 GMT");
    r.headers.append("Content-Type", "application/json");
    // The corrected digest (the draft's message text has a wrong one; see the reference file).
    r.headers.append(
        "Content-Digest",
        "sha-512=:mEWXIS7MaLRuGgxOBdODa3xqM1XdEvxoYhvlCFJ41QJgJc4GTsPp29l5oGX69wWdXymyU0rjJuahq4l5aGgfLQ==:",
    );
    r.headers.append("Content-Length", "23");
    r.body = br#"{"message": "good dog"}"#.to_vec();
    r
}

fn input(components: &[Component], keyid: &str) -> SignatureInput {
    let params = SignatureParams {
        created: Some(1_618_884_473),
        keyid: Some(keyid.into()),
        ..Default::default()
    };
    SignatureInput::new(components.to_vec(), params).unwrap()
}

fn rfc_ed25519_key() -> SigningKey {
    let pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n-----END PRIVATE KEY-----\n";
    SigningKey::from_pkcs8_pem(pem).unwrap()
}

const B26_BASE: &str = "\"date\": Tue, 20 Apr 2021 02:07:55 GMT\n\"@method\": POST\n\"@path\": /foo\n\"@authority\": example.com\n\"content-type\": application/json\n\"content-length\": 18\n\"@signature-params\": (\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\" \"content-length\");created=1618884473;keyid=\"test-key-ed25519\"";
const B26_SIG: &str =
    "wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==";

fn b26_input() -> SignatureInput {
    input(
        &[
            Component::field("date"),
            Component::derived(Derived::Method),
            Component::derived(Derived::Path),
            Component::derived(Derived::Authority),
            Component::field("content-type"),
            Component::field("content-length"),
        ],
        "test-key-ed25519",
    )
}

#[test]
fn b26_ed25519_base_signature_and_headers_byte_for_byte() {
    let req = test_request();
    let input = b26_input();
    let base = signature_base(&Message::Request(&req), &input).unwrap();
    assert_eq!(base, B26_BASE);
    assert_eq!(base.len(), 284);
    let sig = rfc_ed25519_key().sign_bytes(base.as_bytes()).unwrap();
    assert_eq!(STANDARD.encode(&sig), B26_SIG);
    let (si, s) = signature_fields("sig-b26", &input, &sig).unwrap();
    assert_eq!(
        si,
        "sig-b26=(\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\" \"content-length\");created=1618884473;keyid=\"test-key-ed25519\""
    );
    assert_eq!(s, format!("sig-b26=:{B26_SIG}:"));
}

#[test]
fn b26_verifies_through_the_generic_verifier() {
    let mut req = test_request();
    let key = rfc_ed25519_key();
    // The RFC's keyid is a name, not a thumbprint: resolve it through a tiny adapter.
    struct Named(PublicKey);
    #[async_trait::async_trait]
    impl KeyResolver for Named {
        async fn resolve(&self, key_id: &str) -> Result<KeyStatus, StoreError> {
            Ok(if key_id == "test-key-ed25519" {
                KeyStatus::Active(self.0.clone())
            } else {
                KeyStatus::Unknown
            })
        }
    }
    req.headers
        .append("Signature-Input", format!("sig-b26={}", b26_input().serialized()));
    req.headers.append("Signature", format!("sig-b26=:{B26_SIG}:"));
    let verifier = Verifier::new(Named(key.public_key().clone()), MemoryNonceStore::default());
    let now = Timestamp::from_unix_millis(1_618_884_480_000).unwrap();
    // B.2.6 does not cover content-digest, so the body is unauthenticated: refused as such.
    let err = pollster::block_on(verifier.verify_request(&req, Expectation::Any, now)).unwrap_err();
    assert_eq!(err, VerifyError::DigestMissing);
    // Without a body the same signature verifies (the body is not part of the base).
    req.body.clear();
    req.headers.remove("content-digest");
    let verified = pollster::block_on(verifier.verify_request(&req, Expectation::Any, now)).unwrap();
    assert_eq!(verified.label, "sig-b26");
    req.headers.set("Date", "Tue, 20 Apr 2021 02:07:56 GMT");
    let err = pollster::block_on(verifier.verify_request(&req, Expectation::Any, now)).unwrap_err();
    assert_eq!(err, VerifyError::BadSignature);
}

#[test]
fn b25_hmac_base_and_value() {
    let req = test_request();
    let input = input(
        &[
            Component::field("date"),
            Component::derived(Derived::Authority),
            Component::field("content-type"),
        ],
        "test-shared-secret",
    );
    let base = signature_base(&Message::Request(&req), &input).unwrap();
    assert_eq!(
        base,
        "\"date\": Tue, 20 Apr 2021 02:07:55 GMT\n\"@authority\": example.com\n\"content-type\": application/json\n\"@signature-params\": (\"date\" \"@authority\" \"content-type\");created=1618884473;keyid=\"test-shared-secret\""
    );
    let secret = STANDARD
        .decode("uzvJfB4u3N0Jy4T7NZ75MDVcr8zSTInedJtkgcu46YW4XByzNJjxBdtjUkdJPBtbmHhIDi6pcl8jsasjlTMtDQ==")
        .unwrap();
    let tag = ring::hmac::sign(
        &ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &secret),
        base.as_bytes(),
    );
    assert_eq!(
        STANDARD.encode(tag.as_ref()),
        "pxcQw6G3AjtMBQjwo8XzkZf/bws5LelbaMk5rGIGtE8="
    );
}

#[cfg(feature = "software-p256")]
#[test]
fn b24_ecdsa_base_and_rfc_signature_verifies() {
    let resp = test_response();
    let input = input(
        &[
            Component::derived(Derived::Status),
            Component::field("content-type"),
            Component::field("content-digest"),
            Component::field("content-length"),
        ],
        "test-key-ecc-p256",
    );
    let base = signature_base(
        &Message::Response {
            response: &resp,
            request: None,
        },
        &input,
    )
    .unwrap();
    assert_eq!(
        base,
        "\"@status\": 200\n\"content-type\": application/json\n\"content-digest\": sha-512=:mEWXIS7MaLRuGgxOBdODa3xqM1XdEvxoYhvlCFJ41QJgJc4GTsPp29l5oGX69wWdXymyU0rjJuahq4l5aGgfLQ==:\n\"content-length\": 23\n\"@signature-params\": (\"@status\" \"content-type\" \"content-digest\" \"content-length\");created=1618884473;keyid=\"test-key-ecc-p256\""
    );
    assert_eq!(base.len(), 312);
    let public = PublicKey::from_raw(
        &ECDSA_P256_SHA256,
        &hex("04a885586552c2acf6471878cfd7b0935b4ffe0fd2dfc341248ea17bc41e058af031ce2737d2d30ce0617e851e83c61ef5679d151867657649035d90a74cd9e85d"),
    )
    .unwrap();
    let sig = STANDARD
        .decode("wNmSUAhwb5LxtOtOpNa6W5xj067m5hFrj0XQ4fvpaCLx0NKocgPquLgyahnzDnDAUy5eCdlYUEkLIj+32oiasw==")
        .unwrap();
    assert!(public.verify(base.as_bytes(), &sig));
    assert!(!public.verify(&base.as_bytes()[1..], &sig));
    assert_eq!(
        verify_content_digest(resp.headers.get("content-digest").unwrap(), &resp.body),
        Ok(())
    );
    // Our own P-256 signature over the same base verifies too (ECDSA is randomized).
    let key = SigningKey::from_p256_scalar(
        &hex("529b85f3597e90ec5b8dfed3e26352bf4af9b4debb1a29bbae77fa105a5c603b"),
        public.raw(),
    )
    .unwrap();
    assert!(public.verify(base.as_bytes(), &key.sign_bytes(base.as_bytes()).unwrap()));
}
