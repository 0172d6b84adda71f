//! Signed requests and responses: RFC 9421 HTTP Message Signatures with RFC 9530
//! `Content-Digest`, on ring.
//!
//! The wire format is fixed by DESIGN ("Signing, keys and wire format"): per-profile covered
//! components and tags ([`Profile`]), parameters in the order created, expires, nonce, alg,
//! keyid, tag, `Idempotency-Key` as an sf-string, and the [`ErrorBody`].
//!
//! * Clients sign with [`sign_request`] and a [`Signer`] ([`SigningKey`] in software, or a
//!   platform hardware key), passing the time and nonce in [`SignOptions`].
//! * The backend verifies with [`Verifier::verify_request`] (a [`KeyResolver`] over its key
//!   table, a [`NonceStore`]) and signs answers with [`sign_response`]; clients check those with
//!   [`Verifier::verify_response`] against the pinned backend key ([`StaticKeys`]).
//!
//! Core reads no clock: every time is a parameter.
//!
//! ```
//! use tellsafe::Timestamp;
//! use tellsafe::sign::http::{Request, Response};
//! use tellsafe::sign::*;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let now = Timestamp::from_unix_millis(1_800_000_000_000).ok_or("time")?;
//! let install_key = SigningKey::generate(&ECDSA_P256_SHA256)?;
//! let backend_key = SigningKey::generate(&ED25519)?;
//!
//! // Client: sign a report (Content-Digest, Signature-Input and Signature are added).
//! let mut request = Request::new("POST", "https://api.example.test/v1/reports")?;
//! request.headers.append("Content-Type", "application/json");
//! request.headers.append("Idempotency-Key", idempotency_key_value("0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b")?);
//! request.body = br#"{"id":"0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b"}"#.to_vec();
//! let options = SignOptions::with_random_nonce(now)?;
//! pollster::block_on(sign_request(&mut request, Profile::ClientRequest, &install_key, &options))?;
//!
//! // Backend: verify it, then sign the receipt.
//! let verifier = Verifier::new(StaticKeys::new([install_key.public_key().clone()]), MemoryNonceStore::default());
//! let verified = pollster::block_on(verifier.verify_request(&request, Expectation::Profile(Profile::ClientRequest), now))?;
//! assert_eq!(verified.idempotency_key.as_deref(), Some("0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b"));
//! let mut receipt = Response::new(201);
//! receipt.headers.append("Content-Type", "application/json");
//! receipt.body = br#"{"status":"received"}"#.to_vec();
//! pollster::block_on(sign_response(&mut receipt, &request, &backend_key, &SignOptions::with_random_nonce(now)?))?;
//!
//! // Client: check the receipt against the pinned backend key.
//! let pinned = Verifier::new(StaticKeys::new([backend_key.public_key().clone()]), MemoryNonceStore::default());
//! pollster::block_on(pinned.verify_response(&receipt, &request, now))?;
//!
//! // A replay is refused with its own code, mapped to the DESIGN error table.
//! let err = pollster::block_on(verifier.verify_request(&request, Expectation::Profile(Profile::ClientRequest), now))
//!     .unwrap_err();
//! assert_eq!((err.code(), err.wire_code()), ("replayed", ErrorCode::SignatureInvalid));
//! # Ok(())
//! # }
//! ```

mod alg;
mod base;
mod component;
mod digest;
pub mod http;
mod keys;
mod params;
mod profile;
mod signer;
mod stores;
// The vectors include P-256 cases signed with the RFC 9421 software key.
#[cfg(feature = "software-p256")]
pub mod vectors;
mod verify;
mod verify_error;

#[cfg(test)]
mod negative_tests;
#[cfg(test)]
mod rfc9421_tests;

pub use alg::{ALL_ALGORITHMS, Algorithm, AlgorithmId, ECDSA_P256_SHA256, ED25519};
pub use base::signature_base;
pub use component::{Component, ComponentError, ComponentName, Derived, Message};
pub use digest::{DigestAlgorithm, DigestError, content_digest, verify_content_digest};
pub use keys::{KeyError, PublicKey, SigningKey};
pub use params::{
    InputError, LabeledSignature, SIGNATURE, SIGNATURE_INPUT, SignatureInput, SignatureParams,
    parse_signatures, signature_fields,
};
pub use profile::{
    AUTHORIZATION, CONTENT_DIGEST, CONTENT_TYPE, ErrorBody, ErrorCode, IDEMPOTENCY_KEY, IdempotencyKeyError,
    Profile, TAG_BACKEND, TAG_CLIENT, TAG_PLATFORM, idempotency_key, idempotency_key_value,
};
pub use signer::{
    DEFAULT_LABEL, DEFAULT_VALIDITY_SECS, MaybeSendSync, NONCE_BYTES, SignError, SignOptions, Signer,
    SignerError, attach, ecdsa_der_to_fixed, generate_nonce, sign_input, sign_request, sign_response,
};
pub use stores::{
    DEFAULT_NONCE_CAPACITY, KeyResolver, KeyStatus, MemoryNonceStore, NonceCheck, NonceStore, StaticKeys,
    StoreError,
};
pub use verify::{
    DEFAULT_MAX_AGE_SECS, DEFAULT_MAX_SKEW_SECS, Expectation, MAX_COVERED_COMPONENTS, MAX_HEADER_BYTES,
    MAX_SIGNATURE_FIELD_BYTES, Verified, Verifier, VerifyPolicy,
};
pub use verify_error::VerifyError;
