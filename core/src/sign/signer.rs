//! The `Signer` trait (software keys here; Android Keystore / Secure Enclave through the
//! platform) and the functions that sign requests and responses by profile.

use async_trait::async_trait;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::{SecureRandom, SystemRandom};

use super::alg::Algorithm;
use super::base::signature_base;
use super::component::{ComponentError, Message};
use super::digest::{DigestAlgorithm, content_digest};
use super::http::{Headers, Request, Response};
use super::keys::SigningKey;
use super::params::{InputError, SignatureInput, SignatureParams, signature_fields};
use super::profile::Profile;
use crate::Timestamp;

/// How long a TellSafe signature stays valid after `created`: five minutes covers a slow mobile
/// upload and normal clock drift, while keeping a captured request useless soon after.
pub const DEFAULT_VALIDITY_SECS: i64 = 300;

/// Bytes of randomness in a generated nonce: 128 bits makes collisions across all installs
/// negligible.
pub const NONCE_BYTES: usize = 16;

/// The default signature label (the `Signature-Input` dictionary key).
pub const DEFAULT_LABEL: &str = "sig";

/// Re-exported so signing code and its callers name one bound (defined with the platform traits).
pub use crate::platform::MaybeSendSync;

/// Why a signer could not sign.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignerError {
    /// The key is gone or locked (e.g. hardware key invalidated, user not authenticated).
    #[error("signing key is unavailable")]
    KeyUnavailable,
    /// The platform signer failed for another reason.
    #[error("signer failed: {reason}")]
    Failed {
        /// A short, content-free reason.
        reason: String,
    },
}

/// Something that signs signature bases with one key. Implemented by [`SigningKey`] (ring); a
/// platform implements it over a hardware key. ECDSA signatures must be the 64-byte `r||s`
/// form: convert DER from Android Keystore / SecKey with [`ecdsa_der_to_fixed`].
///
/// The `async_trait` pattern: `?Send` futures on wasm32 (JS promises are not `Send`), `Send`
/// elsewhere, and a plain trait object that uniffi can later expose as a foreign trait.
#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
pub trait Signer: MaybeSendSync {
    /// The key id put in `keyid` (the JWK thumbprint for TellSafe keys).
    fn key_id(&self) -> String;
    /// The algorithm of the key.
    fn algorithm(&self) -> &'static Algorithm;
    /// Signs the signature base bytes.
    async fn sign(&self, base: &[u8]) -> Result<Vec<u8>, SignerError>;
}

#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
impl Signer for SigningKey {
    fn key_id(&self) -> String {
        SigningKey::key_id(self).to_string()
    }

    fn algorithm(&self) -> &'static Algorithm {
        SigningKey::algorithm(self)
    }

    async fn sign(&self, base: &[u8]) -> Result<Vec<u8>, SignerError> {
        self.sign_bytes(base).map_err(|_| SignerError::Failed {
            reason: "random source failed".into(),
        })
    }
}

/// Why a message could not be signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignError {
    /// The signer failed.
    #[error(transparent)]
    Signer(#[from] SignerError),
    /// A component the profile covers is missing (e.g. no `content-type` on a report).
    #[error(transparent)]
    Component(#[from] ComponentError),
    /// The parameters or label cannot be serialized as structured fields.
    #[error(transparent)]
    Input(#[from] InputError),
    /// A request profile was used for a response or the other way round.
    #[error("profile {profile} does not sign this kind of message")]
    WrongProfile {
        /// The profile code.
        profile: &'static str,
    },
    /// The signer returned a signature of the wrong length (e.g. DER instead of `r||s`).
    #[error("signer returned {actual} bytes, algorithm needs {expected}")]
    SignatureLength {
        /// What the algorithm needs.
        expected: usize,
        /// What came back.
        actual: usize,
    },
    /// The random source failed while making a nonce.
    #[error("random source failed")]
    Random,
}

/// Per-signature inputs that come from outside core: time and nonce.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SignOptions {
    /// `created`, Unix seconds.
    pub created: i64,
    /// `expires`, Unix seconds (`None` leaves it out).
    pub expires: Option<i64>,
    /// `nonce` (`None` leaves it out; TellSafe profiles always set one).
    pub nonce: Option<String>,
    /// The dictionary label.
    pub label: String,
}

impl SignOptions {
    /// `created = now`, `expires = now + DEFAULT_VALIDITY_SECS`, the given nonce, label `sig`.
    pub fn new(now: Timestamp, nonce: impl Into<String>) -> SignOptions {
        let created = now.unix_seconds();
        SignOptions {
            created,
            expires: Some(created.saturating_add(DEFAULT_VALIDITY_SECS)),
            nonce: Some(nonce.into()),
            label: DEFAULT_LABEL.to_string(),
        }
    }

    /// Like [`SignOptions::new`] with a fresh random nonce from the system source.
    pub fn with_random_nonce(now: Timestamp) -> Result<SignOptions, SignError> {
        Ok(SignOptions::new(now, generate_nonce()?))
    }

    fn params(&self, signer: &dyn Signer, tag: Option<&str>) -> SignatureParams {
        SignatureParams {
            created: Some(self.created),
            expires: self.expires,
            nonce: self.nonce.clone(),
            alg: Some(signer.algorithm().name().to_string()),
            keyid: Some(signer.key_id()),
            tag: tag.map(str::to_string),
        }
    }
}

/// A random nonce: [`NONCE_BYTES`] bytes, base64url without padding.
pub fn generate_nonce() -> Result<String, SignError> {
    let mut bytes = [0u8; NONCE_BYTES];
    SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| SignError::Random)?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// Signs a request by `profile`: sets `Content-Digest` (sha-256) for body profiles, covers the
/// profile's components, and replaces any `Signature-Input` / `Signature` with the new ones.
/// Returns the signature input that was used.
pub async fn sign_request(
    request: &mut Request,
    profile: Profile,
    signer: &dyn Signer,
    options: &SignOptions,
) -> Result<SignatureInput, SignError> {
    if profile.is_response() {
        return Err(SignError::WrongProfile {
            profile: profile.code(),
        });
    }
    if profile.covers_body() {
        request.headers.set(
            "Content-Digest",
            content_digest(&request.body, DigestAlgorithm::Sha256),
        );
    }
    let components = profile.components(&request.headers);
    let input = SignatureInput::new(components, options.params(signer, Some(profile.tag())))?;
    let signature = sign_input(&Message::Request(request), &input, signer).await?;
    attach(&mut request.headers, &options.label, &input, &signature)?;
    Ok(input)
}

/// Signs a backend response to `request` (receipt, status, error): `@status`, `content-digest`,
/// and the request's `@method` and `@target-uri` via `;req`, tag `tsb`.
pub async fn sign_response(
    response: &mut Response,
    request: &Request,
    signer: &dyn Signer,
    options: &SignOptions,
) -> Result<SignatureInput, SignError> {
    let profile = Profile::BackendResponse;
    response.headers.set(
        "Content-Digest",
        content_digest(&response.body, DigestAlgorithm::Sha256),
    );
    let components = profile.components(&response.headers);
    let input = SignatureInput::new(components, options.params(signer, Some(profile.tag())))?;
    let message = Message::Response {
        response,
        request: Some(request),
    };
    let signature = sign_input(&message, &input, signer).await?;
    attach(&mut response.headers, &options.label, &input, &signature)?;
    Ok(input)
}

/// Signs any message with explicit components and parameters and returns the signature bytes
/// (no headers touched); for vectors and for callers outside the TellSafe profiles.
pub async fn sign_input(
    message: &Message<'_>,
    input: &SignatureInput,
    signer: &dyn Signer,
) -> Result<Vec<u8>, SignError> {
    let base = signature_base(message, input)?;
    let signature = signer.sign(base.as_bytes()).await?;
    let expected = signer.algorithm().signature_len();
    if signature.len() != expected {
        return Err(SignError::SignatureLength {
            expected,
            actual: signature.len(),
        });
    }
    Ok(signature)
}

/// Replaces `Signature-Input` and `Signature` with one labelled signature.
pub fn attach(
    headers: &mut Headers,
    label: &str,
    input: &SignatureInput,
    signature: &[u8],
) -> Result<(), SignError> {
    let (input_value, signature_value) = signature_fields(label, input, signature)?;
    headers.set("Signature-Input", input_value);
    headers.set("Signature", signature_value);
    Ok(())
}

/// Converts an ASN.1 DER ECDSA P-256 signature (what Android Keystore and Apple SecKey return)
/// into the fixed 64-byte `r||s` form RFC 9421 requires. `None` if it is not such a DER value.
pub fn ecdsa_der_to_fixed(der: &[u8]) -> Option<[u8; 64]> {
    fn int(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
        let (&tag, rest) = bytes.split_first()?;
        let (&len, rest) = rest.split_first()?;
        let len = usize::from(len);
        if tag != 0x02 || len == 0 || len > 33 || rest.len() < len {
            return None;
        }
        let (value, rest) = rest.split_at(len);
        let value = if len == 33 {
            value.strip_prefix(&[0])?
        } else {
            value
        };
        Some((value, rest))
    }
    let (&tag, rest) = der.split_first()?;
    let (&len, body) = rest.split_first()?;
    if tag != 0x30 || usize::from(len) != body.len() {
        return None;
    }
    let (r, rest) = int(body)?;
    let (s, rest) = int(rest)?;
    if !rest.is_empty() {
        return None;
    }
    let mut out = [0u8; 64];
    out[32 - r.len()..32].copy_from_slice(r);
    out[64 - s.len()..].copy_from_slice(s);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sign::alg::{ECDSA_P256_SHA256, ED25519};
    use crate::sign::http::Request;
    use crate::sign::{Expectation, MemoryNonceStore, PublicKey, StaticKeys, Verifier, VerifyError};
    use ring::signature::{ECDSA_P256_SHA256_ASN1_SIGNING, EcdsaKeyPair, KeyPair as _};

    /// A stand-in for an Android Keystore / Secure Enclave key: it returns DER like the
    /// platform does and converts it, so no software P-256 key of core's is involved.
    struct Hardware {
        pair: EcdsaKeyPair,
        public: PublicKey,
    }

    impl Hardware {
        fn new() -> Hardware {
            let rng = SystemRandom::new();
            let der = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng).unwrap();
            let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, der.as_ref(), &rng).unwrap();
            let public = PublicKey::from_raw(&ECDSA_P256_SHA256, pair.public_key().as_ref()).unwrap();
            Hardware { pair, public }
        }
    }

    #[async_trait]
    impl Signer for Hardware {
        fn key_id(&self) -> String {
            self.public.key_id().to_string()
        }
        fn algorithm(&self) -> &'static Algorithm {
            &ECDSA_P256_SHA256
        }
        async fn sign(&self, base: &[u8]) -> Result<Vec<u8>, SignerError> {
            let der = self.pair.sign(&SystemRandom::new(), base).unwrap();
            Ok(ecdsa_der_to_fixed(der.as_ref()).unwrap().to_vec())
        }
    }

    fn signed_report(signer: &dyn Signer) -> (Request, SignatureInput) {
        let mut request = Request::new("POST", "https://api.example.test/v1/reports").unwrap();
        request.headers.append("Content-Type", "application/json");
        request.body = br#"{"id":"x"}"#.to_vec();
        let now = Timestamp::from_unix_millis(1_800_000_000_000).unwrap();
        let input = pollster::block_on(sign_request(
            &mut request,
            Profile::ClientRequest,
            signer,
            &SignOptions::new(now, "n"),
        ))
        .unwrap();
        (request, input)
    }

    /// A hardware P-256 key signs in every build; verifying its signature is exactly what
    /// `software-p256` adds (a backend needs it, a mobile client does not).
    #[test]
    fn a_hardware_p256_signer_signs_with_or_without_software_p256() {
        let hardware = Hardware::new();
        let (request, input) = signed_report(&hardware);
        assert_eq!(input.params.alg.as_deref(), Some("ecdsa-p256-sha256"));
        assert_eq!(input.params.keyid.as_deref(), Some(hardware.public.key_id()));
        let verifier = Verifier::new(
            StaticKeys::new([hardware.public.clone()]),
            MemoryNonceStore::default(),
        );
        let later = Timestamp::from_unix_millis(1_800_000_001_000).unwrap();
        let verified = pollster::block_on(verifier.verify_request(&request, Expectation::Any, later));
        if cfg!(feature = "software-p256") {
            assert_eq!(verified.unwrap().algorithm, &ECDSA_P256_SHA256);
        } else {
            let err = verified.unwrap_err();
            assert_eq!(err, VerifyError::UnsupportedAlgorithm);
            assert_eq!(err.code(), "alg_unsupported");
        }
    }

    /// Ed25519 software keys sign and verify in every build.
    #[test]
    fn an_ed25519_software_key_signs_and_verifies_in_every_build() {
        let key = SigningKey::generate(&ED25519).unwrap();
        let (request, _) = signed_report(&key);
        let verifier = Verifier::new(
            StaticKeys::new([key.public_key().clone()]),
            MemoryNonceStore::default(),
        );
        let later = Timestamp::from_unix_millis(1_800_000_001_000).unwrap();
        let verified =
            pollster::block_on(verifier.verify_request(&request, Expectation::Any, later)).unwrap();
        assert_eq!(verified.key_id, key.key_id());
    }

    #[cfg(feature = "software-p256")]
    #[test]
    fn der_signatures_convert_to_fixed_and_verify() {
        let rng = SystemRandom::new();
        let der_key = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng).unwrap();
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, der_key.as_ref(), &rng).unwrap();
        let key = SigningKey::from_pkcs8_der(der_key.as_ref()).unwrap();
        assert_eq!(key.algorithm(), &ECDSA_P256_SHA256);
        for _ in 0..20 {
            let der = pair.sign(&rng, b"base").unwrap();
            let fixed = ecdsa_der_to_fixed(der.as_ref()).unwrap();
            assert!(key.public_key().verify(b"base", &fixed));
        }
    }

    #[test]
    fn malformed_der_signatures_do_not_convert() {
        assert_eq!(ecdsa_der_to_fixed(&[0x30, 0x00]), None);
        assert_eq!(ecdsa_der_to_fixed(&[0u8; 64]), None);
    }

    #[test]
    fn nonces_are_distinct_and_url_safe() {
        let a = generate_nonce().unwrap();
        let b = generate_nonce().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), 22);
        assert!(
            a.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        );
    }
}
