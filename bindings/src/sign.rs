//! Keys, signed requests and responses, verification: RFC 9421 + RFC 9530 by TellSafe profile.
//! Everything here forwards to `tellsafe::sign`; the records only carry HTTP messages across.

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

use tellsafe::Timestamp;
use tellsafe::sign::http::{Headers, Request, Response};
use tellsafe::sign::{
    self, Expectation, MemoryNonceStore, Message, Profile, SignOptions, StaticKeys, Verified, Verifier,
};

use crate::error::TellSafeError;
use crate::foreign::{ForeignSigner, SignatureAlgorithm, Signer};

/// One HTTP header field, in order (names keep their case; comparisons ignore it).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HttpHeader {
    /// Field name.
    pub name: String,
    /// Field value.
    pub value: String,
}

/// An HTTP request as signed and verified: method, absolute target URI, headers, body.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HttpRequest {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The absolute URI (`https://host/path?query`).
    pub target_uri: String,
    /// Header fields in order.
    pub headers: Vec<HttpHeader>,
    /// The body bytes.
    pub body: Vec<u8>,
}

/// An HTTP response as signed and verified.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HttpResponse {
    /// Status code.
    pub status: u16,
    /// Header fields in order.
    pub headers: Vec<HttpHeader>,
    /// The body bytes.
    pub body: Vec<u8>,
}

/// What a successful verification established.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VerifiedSignature {
    /// The signature label (`sig`).
    pub label: String,
    /// The key id that signed.
    pub key_id: String,
    /// The algorithm.
    pub algorithm: SignatureAlgorithm,
    /// The profile tag (`tsc`, `tsb`, `tsp`).
    pub tag: Option<String>,
    /// `created`, Unix seconds.
    pub created: Option<i64>,
    /// The `Idempotency-Key` (report id) when the request had one.
    pub idempotency_key: Option<String>,
}

fn headers_in(list: &[HttpHeader]) -> Headers {
    let mut headers = Headers::new();
    for h in list {
        headers.append(h.name.clone(), h.value.clone());
    }
    headers
}

fn headers_out(headers: &Headers) -> Vec<HttpHeader> {
    headers
        .iter()
        .map(|(name, value)| HttpHeader {
            name: name.to_string(),
            value: value.to_string(),
        })
        .collect()
}

impl HttpRequest {
    pub(crate) fn to_core(&self) -> Result<Request, TellSafeError> {
        let mut request = Request::new(self.method.clone(), self.target_uri.clone())
            .map_err(|_| TellSafeError::validation("invalid_uri", "target_uri"))?;
        request.headers = headers_in(&self.headers);
        request.body = self.body.clone();
        Ok(request)
    }

    pub(crate) fn from_core(request: &Request) -> HttpRequest {
        HttpRequest {
            method: request.method.clone(),
            target_uri: request.target_uri.clone(),
            headers: headers_out(&request.headers),
            body: request.body.clone(),
        }
    }
}

impl HttpResponse {
    pub(crate) fn to_core(&self) -> Response {
        Response {
            status: self.status,
            headers: headers_in(&self.headers),
            body: self.body.clone(),
        }
    }

    fn from_core(response: &Response) -> HttpResponse {
        HttpResponse {
            status: response.status,
            headers: headers_out(&response.headers),
            body: response.body.clone(),
        }
    }
}

pub(crate) fn verified_out(v: Verified) -> VerifiedSignature {
    VerifiedSignature {
        label: v.label,
        key_id: v.key_id,
        algorithm: SignatureAlgorithm::from_core(v.algorithm),
        tag: v.params.tag,
        created: v.params.created,
        idempotency_key: v.idempotency_key,
    }
}

pub(crate) fn timestamp(unix_millis: i64) -> Result<Timestamp, TellSafeError> {
    Timestamp::from_unix_millis(unix_millis).ok_or_else(|| TellSafeError::validation("out_of_range", "time"))
}

/// Polls a future that never waits (software signing and in-memory verification complete on
/// the first poll). Lets those calls be plain blocking functions for the platforms.
pub(crate) fn ready<F: Future>(future: F) -> Result<F::Output, TellSafeError> {
    let mut cx = Context::from_waker(Waker::noop());
    match pin!(future).poll(&mut cx) {
        Poll::Ready(value) => Ok(value),
        Poll::Pending => Err(TellSafeError::Signing {
            code: "would_block".into(),
        }),
    }
}

/// A software private key (ring): Ed25519 or P-256. The platform keeps it (PKCS#8 PEM) in its
/// keystore; hardware keys use the `Signer` trait instead.
#[derive(uniffi::Object)]
pub struct SigningKey(sign::SigningKey);

#[uniffi::export]
impl SigningKey {
    /// A fresh random key.
    #[uniffi::constructor]
    pub fn generate(algorithm: SignatureAlgorithm) -> Result<Arc<SigningKey>, TellSafeError> {
        Ok(Arc::new(SigningKey(sign::SigningKey::generate(
            algorithm.core(),
        )?)))
    }

    /// Reads a PKCS#8 PEM private key.
    #[uniffi::constructor]
    pub fn from_pkcs8_pem(pem: String) -> Result<Arc<SigningKey>, TellSafeError> {
        Ok(Arc::new(SigningKey(sign::SigningKey::from_pkcs8_pem(&pem)?)))
    }

    /// The PKCS#8 PEM form, to store in the platform keystore.
    pub fn to_pkcs8_pem(&self) -> String {
        self.0.to_pkcs8_pem()
    }

    /// The key id (JWK thumbprint), the `keyid` parameter.
    pub fn key_id(&self) -> String {
        self.0.key_id().to_string()
    }

    /// The algorithm.
    pub fn algorithm(&self) -> SignatureAlgorithm {
        SignatureAlgorithm::from_core(self.0.algorithm())
    }

    /// The public key (to register with the backend).
    pub fn public_key(&self) -> Arc<PublicKey> {
        Arc::new(PublicKey(self.0.public_key().clone()))
    }

    /// Signs raw bytes (ECDSA as fixed `r||s`).
    pub fn sign_bytes(&self, message: Vec<u8>) -> Result<Vec<u8>, TellSafeError> {
        Ok(self.0.sign_bytes(&message)?)
    }

    /// Signs a request by profile: adds `Content-Digest` for body profiles, `Signature-Input`
    /// and `Signature`. Returns the signed request.
    pub fn sign_request(
        &self,
        request: HttpRequest,
        profile: Profile,
        options: SignOptions,
    ) -> Result<HttpRequest, TellSafeError> {
        let mut core = request.to_core()?;
        ready(sign::sign_request(&mut core, profile, &self.0, &options))??;
        Ok(HttpRequest::from_core(&core))
    }

    /// Signs a backend response to `request` (profile `backend_response`, tag `tsb`).
    pub fn sign_response(
        &self,
        response: HttpResponse,
        request: HttpRequest,
        options: SignOptions,
    ) -> Result<HttpResponse, TellSafeError> {
        let mut core = response.to_core();
        let request = request.to_core()?;
        ready(sign::sign_response(&mut core, &request, &self.0, &options))??;
        Ok(HttpResponse::from_core(&core))
    }
}

/// Signs a request by profile with a platform [`Signer`] (hardware key); may suspend while the
/// platform signs. Cancel-safe: nothing is stored, so dropping the call loses nothing.
#[uniffi::export]
pub async fn sign_request_with(
    signer: Arc<dyn Signer>,
    request: HttpRequest,
    profile: Profile,
    options: SignOptions,
) -> Result<HttpRequest, TellSafeError> {
    let mut core = request.to_core()?;
    sign::sign_request(&mut core, profile, &ForeignSigner(signer), &options).await?;
    Ok(HttpRequest::from_core(&core))
}

/// A public key: Ed25519 or P-256.
#[derive(uniffi::Object)]
pub struct PublicKey(pub(crate) sign::PublicKey);

#[uniffi::export]
impl PublicKey {
    /// Reads an SPKI PEM public key.
    #[uniffi::constructor]
    pub fn from_spki_pem(pem: String) -> Result<Arc<PublicKey>, TellSafeError> {
        Ok(Arc::new(PublicKey(sign::PublicKey::from_spki_pem(&pem)?)))
    }

    /// Reads a raw public key (32 bytes for Ed25519, the 65-byte uncompressed point for P-256):
    /// the form the reference backend prints for pinning.
    #[uniffi::constructor]
    pub fn from_raw(algorithm: SignatureAlgorithm, raw: Vec<u8>) -> Result<Arc<PublicKey>, TellSafeError> {
        Ok(Arc::new(PublicKey(sign::PublicKey::from_raw(
            algorithm.core(),
            &raw,
        )?)))
    }

    /// Reads an SPKI DER public key (Java `PublicKey.getEncoded()`, `SecKeyCopyExternalRepresentation`
    /// wrapped in SPKI).
    #[uniffi::constructor]
    pub fn from_spki_der(der: Vec<u8>) -> Result<Arc<PublicKey>, TellSafeError> {
        Ok(Arc::new(PublicKey(sign::PublicKey::from_spki_der(&der)?)))
    }

    /// The SPKI PEM form.
    pub fn to_spki_pem(&self) -> String {
        self.0.to_spki_pem()
    }

    /// The key id (RFC 7638 JWK thumbprint).
    pub fn key_id(&self) -> String {
        self.0.key_id().to_string()
    }

    /// The canonical JWK the thumbprint is computed over.
    pub fn canonical_jwk(&self) -> String {
        self.0.canonical_jwk()
    }

    /// The algorithm.
    pub fn algorithm(&self) -> SignatureAlgorithm {
        SignatureAlgorithm::from_core(self.0.algorithm())
    }

    /// Verifies a raw signature (`r||s` for P-256) over `message`.
    pub fn verify(&self, message: Vec<u8>, signature: Vec<u8>) -> bool {
        self.0.verify(&message, &signature)
    }
}

/// Sign options for `now` (`created`, `expires` = now + 5 minutes) with a fresh random nonce.
#[uniffi::export]
pub fn sign_options(now_unix_millis: i64) -> Result<SignOptions, TellSafeError> {
    Ok(SignOptions::with_random_nonce(timestamp(now_unix_millis)?)?)
}

/// Converts a DER ECDSA P-256 signature (Java `Signature("SHA256withECDSA")`, Apple `SecKey`)
/// into the 64-byte `r||s` form RFC 9421 needs; `None` if it is not such a value.
#[uniffi::export]
pub fn ecdsa_der_to_fixed(der: Vec<u8>) -> Option<Vec<u8>> {
    sign::ecdsa_der_to_fixed(&der).map(|fixed| fixed.to_vec())
}

/// The RFC 9530 `Content-Digest` value (sha-256) of a body.
#[uniffi::export]
pub fn content_digest(body: Vec<u8>) -> String {
    sign::content_digest(&body, sign::DigestAlgorithm::Sha256)
}

/// The `Idempotency-Key` field value (an sf-string) for a report id.
#[uniffi::export]
pub fn idempotency_key_value(report_id: String) -> Result<String, TellSafeError> {
    sign::idempotency_key_value(&report_id).map_err(|_| TellSafeError::validation("invalid", "report_id"))
}

/// The RFC 9421 signature base of a signed request's first signature (what the signer signed).
#[uniffi::export]
pub fn request_signature_base(request: HttpRequest) -> Result<String, TellSafeError> {
    let core = request.to_core()?;
    let input = first_input(&core.headers)?;
    sign::signature_base(&Message::Request(&core), &input)
        .map_err(|_| TellSafeError::validation("missing_component", "signature-input"))
}

fn first_input(headers: &Headers) -> Result<sign::SignatureInput, TellSafeError> {
    let malformed = || TellSafeError::validation("malformed", "signature-input");
    let mut signatures = sign::parse_signatures(headers).map_err(|_| malformed())?;
    if signatures.is_empty() {
        return Err(malformed());
    }
    Ok(signatures.swap_remove(0).input)
}

/// Verifies a signed request under `profile` against the given public keys at `now`.
///
/// Stateless: each call has a fresh nonce store, so it does not detect replays; the backend
/// keeps nonces (feature `intake`: `IntakeVerifier`).
#[uniffi::export]
pub fn verify_request(
    request: HttpRequest,
    profile: Profile,
    keys: Vec<Arc<PublicKey>>,
    now_unix_millis: i64,
) -> Result<VerifiedSignature, TellSafeError> {
    let core = request.to_core()?;
    let verifier = Verifier::new(
        StaticKeys::new(keys.iter().map(|k| k.0.clone())),
        MemoryNonceStore::default(),
    );
    let now = timestamp(now_unix_millis)?;
    let verified = ready(verifier.verify_request(&core, Expectation::Profile(profile), now))??;
    Ok(verified_out(verified))
}

/// Verifies a backend response to `request` against the pinned backend key.
#[uniffi::export]
pub fn verify_response(
    response: HttpResponse,
    request: HttpRequest,
    backend_key: Arc<PublicKey>,
    now_unix_millis: i64,
) -> Result<VerifiedSignature, TellSafeError> {
    let request = request.to_core()?;
    let verifier = Verifier::new(
        StaticKeys::new([backend_key.0.clone()]),
        MemoryNonceStore::default(),
    );
    let now = timestamp(now_unix_millis)?;
    let verified = ready(verifier.verify_response(&response.to_core(), &request, now))??;
    Ok(verified_out(verified))
}

/// The signing vector file (`tests/vectors/signing.json`) as core generates it: bindings
/// compare it with the committed file and re-sign its cases themselves. Feature `vectors`
/// (default; off in mobile builds, where it was ~30 KB of code no app calls).
#[cfg(feature = "vectors")]
#[uniffi::export]
pub fn signing_vectors_json() -> Result<String, TellSafeError> {
    let value = sign::vectors::signing_vectors()?;
    serde_json::to_string_pretty(&value).map_err(|_| TellSafeError::validation("serialize", "vectors"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report_request() -> HttpRequest {
        HttpRequest {
            method: "POST".into(),
            target_uri: "https://api.example.test/v1/reports".into(),
            headers: vec![
                HttpHeader {
                    name: "Content-Type".into(),
                    value: "application/json".into(),
                },
                HttpHeader {
                    name: "Authorization".into(),
                    value: "Bearer t".into(),
                },
            ],
            body: b"{}".to_vec(),
        }
    }

    /// The algorithms this build has software keys for (P-256 needs `software-p256`).
    fn software_algorithms() -> Vec<SignatureAlgorithm> {
        [SignatureAlgorithm::Ed25519, SignatureAlgorithm::EcdsaP256Sha256]
            .into_iter()
            .filter(|alg| alg.core().is_built_in())
            .collect()
    }

    #[test]
    fn a_software_signature_verifies_once_and_a_tampered_body_fails_with_a_wire_code() {
        assert_eq!(
            software_algorithms().len(),
            1 + usize::from(cfg!(feature = "software-p256"))
        );
        for alg in software_algorithms() {
            software_signature_round_trip(alg);
        }
    }

    fn software_signature_round_trip(alg: SignatureAlgorithm) {
        let now = 1_800_000_000_000;
        let key = SigningKey::generate(alg).unwrap();
        let signed = key
            .sign_request(
                report_request(),
                Profile::ClientRequest,
                sign_options(now).unwrap(),
            )
            .unwrap();
        let verified = verify_request(
            signed.clone(),
            Profile::ClientRequest,
            vec![key.public_key()],
            now,
        )
        .unwrap();
        assert_eq!(verified.key_id, key.key_id());
        assert_eq!(verified.tag.as_deref(), Some("tsc"));
        let mut tampered = signed;
        tampered.body = b"{\"x\":1}".to_vec();
        let err = verify_request(tampered, Profile::ClientRequest, vec![key.public_key()], now).unwrap_err();
        assert!(
            matches!(err, TellSafeError::Verification { ref wire_code, .. } if wire_code == "digest_mismatch")
        );
    }

    /// A hardware P-256 key: its platform signs (here: 64 bytes that are not a signature).
    struct Hardware(Arc<PublicKey>);

    #[async_trait::async_trait]
    impl Signer for Hardware {
        fn key_id(&self) -> String {
            self.0.key_id()
        }
        fn algorithm(&self) -> SignatureAlgorithm {
            SignatureAlgorithm::EcdsaP256Sha256
        }
        async fn sign(&self, _base: Vec<u8>) -> Result<Vec<u8>, TellSafeError> {
            Ok(vec![7; 64])
        }
    }

    /// Hardware P-256 signing works in every build; software P-256 keys and P-256 verification
    /// are typed errors without `software-p256` (the mobile build).
    #[test]
    fn hardware_p256_signs_in_every_build_and_software_p256_is_a_typed_error_without_its_feature() {
        // RFC 9421 B.1.3 `test-key-ecc-p256` (public test material).
        let spki = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqIVYZVLCrPZHGHjP17CTW0/+D9Lf\nw0EkjqF7xB4FivAxzic30tMM4GF+hR6Dxh71Z50VGGdldkkDXZCnTNnoXQ==\n-----END PUBLIC KEY-----\n";
        let public = PublicKey::from_spki_pem(spki.into()).unwrap();
        assert_eq!(public.algorithm(), SignatureAlgorithm::EcdsaP256Sha256);
        let now = 1_800_000_000_000;
        let signed = pollster::block_on(sign_request_with(
            Arc::new(Hardware(public.clone())),
            report_request(),
            Profile::ClientRequest,
            sign_options(now).unwrap(),
        ))
        .unwrap();
        assert!(signed.headers.iter().any(|h| h.name == "Signature"));
        let err = verify_request(signed, Profile::ClientRequest, vec![public], now).unwrap_err();
        let generated = SigningKey::generate(SignatureAlgorithm::EcdsaP256Sha256);
        if cfg!(feature = "software-p256") {
            assert_eq!(err.code(), "signature_invalid");
            assert!(generated.is_ok());
        } else {
            assert_eq!(err.code(), "alg_unsupported");
            assert_eq!(
                generated.err().map(|e| e.code().to_owned()).as_deref(),
                Some("feature_disabled")
            );
        }
    }

    #[test]
    fn a_response_profile_cannot_sign_a_request() {
        let key = SigningKey::generate(SignatureAlgorithm::Ed25519).unwrap();
        let err = key
            .sign_request(
                report_request(),
                Profile::BackendResponse,
                sign_options(1_800_000_000_000).unwrap(),
            )
            .unwrap_err();
        assert_eq!(err.code(), "wrong_profile");
    }
}
