//! The backend's adapter to RFC 9421 signatures and RFC 9530 digests.
//!
//! INTERIM: `core/src/sign/` (Signer / Verifier, Content-Digest, key ids, NonceStore) is being
//! built on another branch. Until it is merged, this adapter implements only the profiles the
//! backend needs (DESIGN "Signing, keys and wire format": `tsc` requests, `tsb` responses; ed25519
//! and ecdsa-p256-sha256 via ring), with the same parameter order, so that swapping in core's
//! verifier changes this file alone.

use std::path::Path;

use axum::http::{HeaderMap, HeaderName};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use ring::digest::{SHA256, digest};
use ring::rand::SystemRandom;
use ring::signature::{self, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use tellsafe::Timestamp;
use tellsafe::intake::ErrorCode;

/// Signature algorithms (one constant each, as ring does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alg {
    /// `ed25519` (software keys).
    Ed25519,
    /// `ecdsa-p256-sha256` (hardware keys on mobile), fixed-size r||s signatures.
    EcdsaP256Sha256,
}

impl Alg {
    /// The RFC 9421 `alg` value.
    pub fn name(self) -> &'static str {
        match self {
            Alg::Ed25519 => "ed25519",
            Alg::EcdsaP256Sha256 => "ecdsa-p256-sha256",
        }
    }

    /// Parses an `alg` value.
    pub fn from_name(name: &str) -> Option<Alg> {
        match name {
            "ed25519" => Some(Alg::Ed25519),
            "ecdsa-p256-sha256" => Some(Alg::EcdsaP256Sha256),
            _ => None,
        }
    }
}

/// A registered client key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientKey {
    /// The key id clients put in `keyid`.
    pub key_id: String,
    /// The account it is bound to.
    pub account: String,
    /// Its algorithm.
    pub alg: Alg,
    /// Raw public key (32 bytes ed25519, 65 bytes uncompressed P-256).
    pub public_key: Vec<u8>,
    /// Revoked keys are refused with `key_revoked`.
    pub revoked: bool,
}

/// A parsed `Signature-Input` / `Signature` pair.
#[derive(Debug, Clone)]
pub struct RequestSignature {
    label: String,
    components: Vec<String>,
    params: String,
    signature: Vec<u8>,
    /// `created`, Unix seconds.
    pub created: i64,
    /// `expires`, Unix seconds.
    pub expires: Option<i64>,
    /// `nonce`.
    pub nonce: String,
    /// `keyid`.
    pub key_id: String,
    /// `alg`, if given.
    pub alg: Option<String>,
}

/// The request tag of client signatures.
pub const CLIENT_TAG: &str = "tsc";
/// The response tag of backend signatures.
pub const BACKEND_TAG: &str = "tsb";

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn unquote(s: &str) -> Option<&str> {
    s.strip_prefix('"')?.strip_suffix('"')
}

/// Parses the `tsc` signature of a request.
pub fn parse_request(headers: &HeaderMap) -> Result<RequestSignature, ErrorCode> {
    let bad = ErrorCode::SignatureInvalid;
    let input = header(headers, "signature-input").ok_or(bad)?;
    let sig = header(headers, "signature").ok_or(bad)?;
    let (label, rest) = input.split_once('=').ok_or(bad)?;
    let rest = rest.trim();
    let close = rest.find(')').ok_or(bad)?;
    let inner = rest.strip_prefix('(').ok_or(bad)?.get(..close - 1).ok_or(bad)?;
    let components: Vec<String> = inner
        .split_whitespace()
        .map(|c| unquote(c).map(str::to_owned).ok_or(bad))
        .collect::<Result<_, _>>()?;
    let params = rest.get(close + 1..).ok_or(bad)?;
    let (mut created, mut expires, mut nonce, mut key_id, mut alg, mut tag) =
        (None, None, None, None, None, None);
    for param in params.split(';').filter(|p| !p.is_empty()) {
        let (name, value) = param.split_once('=').ok_or(bad)?;
        match name {
            "created" => created = value.parse::<i64>().ok(),
            "expires" => expires = value.parse::<i64>().ok(),
            "nonce" => nonce = unquote(value).map(str::to_owned),
            "keyid" => key_id = unquote(value).map(str::to_owned),
            "alg" => alg = unquote(value).map(str::to_owned),
            "tag" => tag = unquote(value).map(str::to_owned),
            _ => return Err(bad),
        }
    }
    if tag.as_deref() != Some(CLIENT_TAG) {
        return Err(bad);
    }
    let (sig_label, sig_value) = sig.split_once('=').ok_or(bad)?;
    if sig_label.trim() != label.trim() {
        return Err(bad);
    }
    let b64 = sig_value
        .trim()
        .strip_prefix(':')
        .and_then(|s| s.strip_suffix(':'))
        .ok_or(bad)?;
    let signature = STANDARD.decode(b64).map_err(|_| bad)?;
    Ok(RequestSignature {
        label: label.trim().to_owned(),
        components,
        params: params.to_owned(),
        signature,
        created: created.ok_or(bad)?,
        expires,
        nonce: nonce.filter(|n| !n.is_empty()).ok_or(bad)?,
        key_id: key_id.ok_or(bad)?,
        alg,
    })
}

/// `sha-256=:…:` of `body` (RFC 9530).
pub fn content_digest(body: &[u8]) -> String {
    format!("sha-256=:{}:", STANDARD.encode(digest(&SHA256, body).as_ref()))
}

fn signature_base(components: &[(String, String)], params_line: &str) -> String {
    let mut base = String::new();
    for (name, value) in components {
        base.push_str(&format!("\"{name}\": {value}\n"));
    }
    base.push_str(&format!("\"@signature-params\": {params_line}"));
    base
}

/// Verifies a parsed client signature against `key`, including the body's digest.
pub fn verify_request(
    sig: &RequestSignature,
    method: &str,
    target_uri: &str,
    headers: &HeaderMap,
    body: Option<&[u8]>,
    key: &ClientKey,
) -> Result<(), ErrorCode> {
    let bad = ErrorCode::SignatureInvalid;
    let mut required = vec!["@method", "@target-uri", "authorization"];
    if body.is_some() {
        required.extend(["content-digest", "content-type"]);
    }
    if headers.contains_key("idempotency-key") {
        required.push("idempotency-key");
    }
    if !required.iter().all(|r| sig.components.iter().any(|c| c == r)) {
        return Err(bad);
    }
    if sig.alg.as_deref().is_some_and(|a| a != key.alg.name()) {
        return Err(bad);
    }
    if let Some(body) = body {
        let claimed = header(headers, "content-digest").ok_or(bad)?;
        if claimed.trim() != content_digest(body) {
            return Err(ErrorCode::DigestMismatch);
        }
    }
    let mut lines = Vec::new();
    for name in &sig.components {
        let value = match name.as_str() {
            "@method" => method.to_owned(),
            "@target-uri" => target_uri.to_owned(),
            other if other.starts_with('@') => return Err(bad),
            other => header(headers, other).ok_or(bad)?.trim().to_owned(),
        };
        lines.push((name.clone(), value));
    }
    let list = sig
        .components
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(" ");
    let base = signature_base(&lines, &format!("({list}){}", sig.params));
    let _ = &sig.label;
    let algorithm: &dyn signature::VerificationAlgorithm = match key.alg {
        Alg::Ed25519 => &signature::ED25519,
        Alg::EcdsaP256Sha256 => &signature::ECDSA_P256_SHA256_FIXED,
    };
    UnparsedPublicKey::new(algorithm, &key.public_key)
        .verify(base.as_bytes(), &sig.signature)
        .map_err(|_| bad)
}

/// The backend's ed25519 response-signing key.
#[derive(Debug)]
pub struct BackendKey {
    pair: Ed25519KeyPair,
    key_id: String,
}

/// Why the backend key could not be loaded or created.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    /// Reading or writing the file failed.
    #[error("signing key file: {0}")]
    Io(#[from] std::io::Error),
    /// The file is not an ed25519 PKCS#8 document.
    #[error("signing key file is not an ed25519 PKCS#8 key")]
    Format,
}

/// A key id derived from the public key: base64url of the first 16 bytes of its SHA-256.
pub fn key_id_of(public_key: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(&digest(&SHA256, public_key).as_ref()[..16])
}

impl BackendKey {
    /// Loads the key at `path`, creating it (mode 0600) on first run. Returns whether it was new.
    pub fn load_or_create(path: &Path) -> Result<(BackendKey, bool), KeyFileError> {
        let (der, created) = match std::fs::read(path) {
            Ok(der) => (der, false),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let doc =
                    Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).map_err(|_| KeyFileError::Format)?;
                let der = doc.as_ref().to_vec();
                write_private(path, &der)?;
                (der, true)
            }
            Err(e) => return Err(e.into()),
        };
        let pair = Ed25519KeyPair::from_pkcs8(&der).map_err(|_| KeyFileError::Format)?;
        let key_id = key_id_of(pair.public_key().as_ref());
        Ok((BackendKey { pair, key_id }, created))
    }

    /// The public key, base64 (what clients pin).
    pub fn public_key_b64(&self) -> String {
        STANDARD.encode(self.pair.public_key().as_ref())
    }

    /// The key id in response signatures.
    pub fn key_id(&self) -> &str {
        &self.key_id
    }

    /// Signs a response (`tsb`): returns the `content-digest`, `signature-input` and `signature` headers.
    pub fn sign_response(
        &self,
        status: u16,
        body: &[u8],
        req_method: &str,
        req_target_uri: &str,
        now: Timestamp,
    ) -> Result<Vec<(HeaderName, String)>, std::convert::Infallible> {
        let digest_value = content_digest(body);
        let components = vec![
            ("@status".to_owned(), status.to_string()),
            ("content-digest".to_owned(), digest_value.clone()),
            ("@method\";req".to_owned(), req_method.to_owned()),
            ("@target-uri\";req".to_owned(), req_target_uri.to_owned()),
        ];
        let params = format!(
            "(\"@status\" \"content-digest\" \"@method\";req \"@target-uri\";req);created={};alg=\"ed25519\";keyid=\"{}\";tag=\"{BACKEND_TAG}\"",
            now.unix_seconds(),
            self.key_id
        );
        let base = signature_base(&components, &params);
        let signature = self.pair.sign(base.as_bytes());
        Ok(vec![
            (HeaderName::from_static("content-digest"), digest_value),
            (
                HeaderName::from_static("signature-input"),
                format!("sig={params}"),
            ),
            (
                HeaderName::from_static("signature"),
                format!("sig=:{}:", STANDARD.encode(signature.as_ref())),
            ),
        ])
    }
}

/// Verifies a backend response signature with the pinned public key (used by tests and the load tool).
pub fn verify_response(
    public_key: &[u8],
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
    req_method: &str,
    req_target_uri: &str,
) -> bool {
    let (Some(input), Some(sig), Some(claimed)) = (
        header(headers, "signature-input"),
        header(headers, "signature"),
        header(headers, "content-digest"),
    ) else {
        return false;
    };
    if claimed != content_digest(body) {
        return false;
    }
    let Some(params) = input.strip_prefix("sig=") else {
        return false;
    };
    let components = vec![
        ("@status".to_owned(), status.to_string()),
        ("content-digest".to_owned(), claimed.to_owned()),
        ("@method\";req".to_owned(), req_method.to_owned()),
        ("@target-uri\";req".to_owned(), req_target_uri.to_owned()),
    ];
    let base = signature_base(&components, params);
    let Some(b64) = sig.strip_prefix("sig=:").and_then(|s| s.strip_suffix(':')) else {
        return false;
    };
    let Ok(raw) = STANDARD.decode(b64) else {
        return false;
    };
    UnparsedPublicKey::new(&signature::ED25519, public_key)
        .verify(base.as_bytes(), &raw)
        .is_ok()
}

#[cfg(unix)]
fn write_private(path: &Path, der: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(der)?;
    file.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, der: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, der)
}

/// A software client signer (ed25519) for tests, the demo and the load generator.
#[derive(Debug)]
pub struct ClientSigner {
    pair: Ed25519KeyPair,
    pkcs8: Vec<u8>,
    /// The key id.
    pub key_id: String,
}

impl Clone for ClientSigner {
    fn clone(&self) -> ClientSigner {
        let pair =
            Ed25519KeyPair::from_pkcs8(&self.pkcs8).expect("the document parsed when the signer was made");
        ClientSigner {
            pair,
            pkcs8: self.pkcs8.clone(),
            key_id: self.key_id.clone(),
        }
    }
}

impl ClientSigner {
    /// A fresh random key.
    pub fn generate() -> ClientSigner {
        let doc = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).expect("the system RNG works");
        let pair = Ed25519KeyPair::from_pkcs8(doc.as_ref()).expect("a freshly generated key parses");
        let key_id = key_id_of(pair.public_key().as_ref());
        ClientSigner {
            pair,
            pkcs8: doc.as_ref().to_vec(),
            key_id,
        }
    }

    /// The raw public key.
    pub fn public_key(&self) -> &[u8] {
        self.pair.public_key().as_ref()
    }

    /// Signs a request (`tsc`); `headers` are (name, value) pairs covered after `@method` and
    /// `@target-uri`, in order. Returns `signature-input` and `signature` values.
    pub fn sign_request(
        &self,
        method: &str,
        target_uri: &str,
        headers: &[(&str, &str)],
        created: i64,
        nonce: &str,
    ) -> (String, String) {
        let mut components = vec![
            ("@method".to_owned(), method.to_owned()),
            ("@target-uri".to_owned(), target_uri.to_owned()),
        ];
        components.extend(headers.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())));
        let list = components
            .iter()
            .map(|(n, _)| format!("\"{n}\""))
            .collect::<Vec<_>>()
            .join(" ");
        let params = format!(
            "({list});created={created};nonce=\"{nonce}\";alg=\"ed25519\";keyid=\"{}\";tag=\"{CLIENT_TAG}\"",
            self.key_id
        );
        let base = signature_base(&components, &params);
        let sig = self.pair.sign(base.as_bytes());
        (
            format!("tsc={params}"),
            format!("tsc=:{}:", STANDARD.encode(sig.as_ref())),
        )
    }
}
