//! `Content-Digest` (RFC 9530) as a verifier checks it. Input: the field value, a newline, the
//! body. Checking must never panic, and the digest we emit for a body always verifies it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tellsafe::sign::{DigestAlgorithm, content_digest, verify_content_digest};

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(data.len());
    let (field, body) = data.split_at(split);
    let body = body.get(1..).unwrap_or_default();
    if let Ok(field) = std::str::from_utf8(field) {
        let _ = verify_content_digest(field, body);
    }
    for algorithm in [DigestAlgorithm::Sha256, DigestAlgorithm::Sha512] {
        let ours = content_digest(body, algorithm);
        assert!(
            verify_content_digest(&ours, body).is_ok(),
            "our own digest failed to verify"
        );
    }
});
