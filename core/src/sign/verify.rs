//! Verification: parse, check profile and time, resolve the key, rebuild the base, verify the
//! signature and the digest, then reject replays. Each failure has its own [`VerifyError`]
//! variant with a stable [`VerifyError::code`] and the [`ErrorCode`] the backend answers with.

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;

use super::alg::Algorithm;
use super::base::signature_base;
use super::component::{Component, ComponentError, Message};
use super::digest::{DigestError, verify_content_digest};
use super::http::{Headers, Request, Response};
use super::keys::PublicKey;
use super::params::{
    InputError, LabeledSignature, SIGNATURE, SIGNATURE_INPUT, SignatureParams, parse_signatures,
};
use super::profile::{CONTENT_DIGEST, ErrorBody, ErrorCode, IDEMPOTENCY_KEY, Profile, idempotency_key};
use super::signer::MaybeSendSync;
use crate::Timestamp;

/// Largest total header size (names + values) a signed message may have: TellSafe requests
/// carry under 2 KiB of headers; 16 KiB bounds parsing work on hostile input.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// Largest combined `Signature-Input` or `Signature` value: one TellSafe signature is under
/// 600 bytes; 4 KiB allows a few signatures (proxies may add theirs) and no more.
pub const MAX_SIGNATURE_FIELD_BYTES: usize = 4 * 1024;
/// Most covered components in one signature; our profiles use at most six.
pub const MAX_COVERED_COMPONENTS: usize = 24;
/// Default tolerance for clocks running ahead of the verifier: one minute covers NTP-synced
/// devices; phones far off get `clock_skew` with `server_time` and re-sign.
pub const DEFAULT_MAX_SKEW_SECS: i64 = 60;
/// Default oldest acceptable `created`: the signer's validity window plus the skew allowance.
pub const DEFAULT_MAX_AGE_SECS: i64 = super::signer::DEFAULT_VALIDITY_SECS + DEFAULT_MAX_SKEW_SECS;
/// Default capacity of [`MemoryNonceStore`]: a nonce lives about `DEFAULT_MAX_AGE_SECS`, so this
/// absorbs ~270 signed requests per second before refusing (never silently forgetting) nonces.
pub const DEFAULT_NONCE_CAPACITY: usize = 100_000;

/// A failure of a key resolver or nonce store (database down, store full).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("store failed: {reason}")]
pub struct StoreError {
    /// A short, content-free reason.
    pub reason: String,
}

/// What a key id resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyStatus {
    /// A registered, usable key.
    Active(PublicKey),
    /// Registered once, revoked since.
    Revoked,
    /// Never registered here.
    Unknown,
}

/// Looks up public keys by key id (the backend: its key table; a client: the pinned backend key).
#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
pub trait KeyResolver: MaybeSendSync {
    /// The status of `key_id`.
    async fn resolve(&self, key_id: &str) -> Result<KeyStatus, StoreError>;
}

/// Whether a nonce was new.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NonceCheck {
    /// First use; now remembered.
    Fresh,
    /// Seen before within its lifetime.
    Replayed,
}

/// Remembers nonces per key until they could no longer verify anyway.
#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
pub trait NonceStore: MaybeSendSync {
    /// Atomically checks and records (`key_id`, `nonce`), keeping it until `keep_until` (Unix
    /// seconds); `now` lets the store drop entries that have lapsed.
    async fn check_and_insert(
        &self,
        key_id: &str,
        nonce: &str,
        keep_until: i64,
        now: i64,
    ) -> Result<NonceCheck, StoreError>;
}

/// An in-memory [`NonceStore`] with a capacity bound (a full store refuses, it never evicts live
/// nonces, which would reopen replays).
#[derive(Debug)]
pub struct MemoryNonceStore {
    seen: Mutex<HashMap<(String, String), i64>>,
    capacity: usize,
}

impl MemoryNonceStore {
    /// A store holding at most `capacity` live nonces.
    pub fn new(capacity: usize) -> MemoryNonceStore {
        MemoryNonceStore {
            seen: Mutex::new(HashMap::new()),
            capacity,
        }
    }
}

impl Default for MemoryNonceStore {
    fn default() -> Self {
        MemoryNonceStore::new(DEFAULT_NONCE_CAPACITY)
    }
}

#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
impl NonceStore for MemoryNonceStore {
    async fn check_and_insert(
        &self,
        key_id: &str,
        nonce: &str,
        keep_until: i64,
        now: i64,
    ) -> Result<NonceCheck, StoreError> {
        let mut seen = self.seen.lock().map_err(|_| StoreError {
            reason: "nonce store poisoned".into(),
        })?;
        let entry = (key_id.to_string(), nonce.to_string());
        if seen.get(&entry).is_some_and(|&until| until >= now) {
            return Ok(NonceCheck::Replayed);
        }
        if seen.len() >= self.capacity {
            seen.retain(|_, until| *until >= now);
            if seen.len() >= self.capacity {
                return Err(StoreError {
                    reason: "nonce store full".into(),
                });
            }
        }
        seen.insert(entry, keep_until);
        Ok(NonceCheck::Fresh)
    }
}

/// A fixed set of keys: the client's pinned backend key, the CLI, tests.
#[derive(Debug, Clone, Default)]
pub struct StaticKeys {
    active: Vec<PublicKey>,
    revoked: Vec<String>,
}

impl StaticKeys {
    /// Resolves exactly these keys by their key ids.
    pub fn new(keys: impl IntoIterator<Item = PublicKey>) -> StaticKeys {
        StaticKeys {
            active: keys.into_iter().collect(),
            revoked: Vec::new(),
        }
    }

    /// Marks `key_id` revoked.
    pub fn revoke(&mut self, key_id: &str) {
        self.active.retain(|k| k.key_id() != key_id);
        self.revoked.push(key_id.to_string());
    }
}

#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
impl KeyResolver for StaticKeys {
    async fn resolve(&self, key_id: &str) -> Result<KeyStatus, StoreError> {
        if let Some(key) = self.active.iter().find(|k| k.key_id() == key_id) {
            return Ok(KeyStatus::Active(key.clone()));
        }
        if self.revoked.iter().any(|k| k == key_id) {
            return Ok(KeyStatus::Revoked);
        }
        Ok(KeyStatus::Unknown)
    }
}

/// Why a signed message was refused. [`VerifyError::code`] is stable and distinct per variant;
/// [`VerifyError::wire_code`] is what goes in the error body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    /// Headers, a signature field, the number of signatures or of components exceed a limit.
    #[error("{field} exceeds its size limit")]
    TooLarge {
        /// `headers`, `signature-input`, `signature` or `components`.
        field: &'static str,
    },
    /// A structured field is not valid (or of the wrong type).
    #[error("{field} is malformed")]
    Malformed {
        /// The header name.
        field: &'static str,
    },
    /// No `Signature-Input`, or a label without a `Signature` value.
    #[error("message is not signed")]
    SignatureMissing,
    /// A component uses a feature we do not implement.
    #[error("covered component {component} is not supported")]
    UnsupportedComponent {
        /// The identifier.
        component: String,
    },
    /// No signature carries the profile's tag.
    #[error("no signature has the expected tag")]
    WrongTag,
    /// A parameter the profile requires is absent.
    #[error("signature parameter {name} is missing")]
    MissingParameter {
        /// `created`, `expires`, `nonce`, `keyid` or `alg`.
        name: &'static str,
    },
    /// `created` is ahead of the verifier's clock by more than the allowed skew.
    #[error("signature created in the future")]
    CreatedInFuture {
        /// The verifier's time, Unix seconds.
        server_time: i64,
    },
    /// `expires` has passed.
    #[error("signature expired")]
    Expired {
        /// The verifier's time, Unix seconds.
        server_time: i64,
    },
    /// `created` is older than the maximum age.
    #[error("signature too old")]
    TooOld {
        /// The verifier's time, Unix seconds.
        server_time: i64,
    },
    /// The profile requires a component the signature does not cover.
    #[error("component {component} is required but not covered")]
    NotCovered {
        /// The identifier.
        component: String,
    },
    /// A covered component is absent from the message.
    #[error("covered component {component} is missing from the message")]
    MissingComponent {
        /// The identifier.
        component: String,
    },
    /// The key id is not registered.
    #[error("key is unknown")]
    KeyUnknown,
    /// The key id is revoked.
    #[error("key is revoked")]
    KeyRevoked,
    /// `alg` names an algorithm we do not support.
    #[error("algorithm is not supported")]
    UnsupportedAlgorithm,
    /// `alg` does not match the key's algorithm.
    #[error("algorithm does not match the key")]
    AlgorithmMismatch,
    /// The decoded signature has the wrong length for the algorithm.
    #[error("signature is {actual} bytes, expected {expected}")]
    SignatureLength {
        /// Bytes the algorithm produces.
        expected: usize,
        /// Bytes received.
        actual: usize,
    },
    /// The signature does not verify.
    #[error("signature does not verify")]
    BadSignature,
    /// The body has content but `content-digest` is not covered.
    #[error("body is not covered by a content-digest")]
    DigestMissing,
    /// `Content-Digest` names no supported algorithm.
    #[error("content-digest has no supported algorithm")]
    DigestUnsupported,
    /// `Content-Digest` does not match the body.
    #[error("content-digest does not match the body")]
    DigestMismatch,
    /// The nonce was seen before.
    #[error("nonce was already used")]
    Replayed,
    /// The key resolver failed.
    #[error("key lookup failed")]
    KeyStore(StoreError),
    /// The nonce store failed.
    #[error("nonce store failed")]
    NonceStore(StoreError),
}

impl VerifyError {
    /// A stable, distinct code per variant (for logs, metrics, tests and the CLI).
    pub fn code(&self) -> &'static str {
        match self {
            VerifyError::TooLarge { .. } => "too_large",
            VerifyError::Malformed { .. } => "malformed",
            VerifyError::SignatureMissing => "signature_missing",
            VerifyError::UnsupportedComponent { .. } => "component_unsupported",
            VerifyError::WrongTag => "wrong_tag",
            VerifyError::MissingParameter { .. } => "parameter_missing",
            VerifyError::CreatedInFuture { .. } => "created_in_future",
            VerifyError::Expired { .. } => "expired",
            VerifyError::TooOld { .. } => "too_old",
            VerifyError::NotCovered { .. } => "component_not_covered",
            VerifyError::MissingComponent { .. } => "component_missing",
            VerifyError::KeyUnknown => "key_unknown",
            VerifyError::KeyRevoked => "key_revoked",
            VerifyError::UnsupportedAlgorithm => "alg_unsupported",
            VerifyError::AlgorithmMismatch => "alg_mismatch",
            VerifyError::SignatureLength { .. } => "signature_length",
            VerifyError::BadSignature => "signature_invalid",
            VerifyError::DigestMissing => "digest_missing",
            VerifyError::DigestUnsupported => "digest_unsupported",
            VerifyError::DigestMismatch => "digest_mismatch",
            VerifyError::Replayed => "replayed",
            VerifyError::KeyStore(_) => "key_store_failed",
            VerifyError::NonceStore(_) => "nonce_store_failed",
        }
    }

    /// The DESIGN error-table code the backend answers with (and so what the client does).
    pub fn wire_code(&self) -> ErrorCode {
        match self {
            VerifyError::TooLarge { .. } => ErrorCode::TooLarge,
            VerifyError::CreatedInFuture { .. }
            | VerifyError::Expired { .. }
            | VerifyError::TooOld { .. } => ErrorCode::ClockSkew,
            VerifyError::KeyUnknown => ErrorCode::KeyUnknown,
            VerifyError::KeyRevoked => ErrorCode::KeyRevoked,
            VerifyError::DigestMismatch | VerifyError::DigestMissing | VerifyError::DigestUnsupported => {
                ErrorCode::DigestMismatch
            }
            VerifyError::KeyStore(_) | VerifyError::NonceStore(_) => ErrorCode::Unavailable,
            _ => ErrorCode::SignatureInvalid,
        }
    }

    /// The verifier's time carried by time errors.
    pub fn server_time(&self) -> Option<i64> {
        match self {
            VerifyError::CreatedInFuture { server_time }
            | VerifyError::Expired { server_time }
            | VerifyError::TooOld { server_time } => Some(*server_time),
            _ => None,
        }
    }

    /// The error body to answer with (`server_time` = the error's time, else `now`).
    pub fn error_body(&self, now: Timestamp) -> ErrorBody {
        ErrorBody {
            code: self.wire_code(),
            server_time: self.server_time().unwrap_or(now.unix_seconds()),
        }
    }
}

impl From<InputError> for VerifyError {
    fn from(e: InputError) -> Self {
        match e {
            InputError::Malformed { field } => VerifyError::Malformed { field },
            InputError::Component(c) => c.into(),
            InputError::DuplicateComponent => VerifyError::Malformed {
                field: SIGNATURE_INPUT,
            },
            InputError::MissingSignature => VerifyError::SignatureMissing,
        }
    }
}

impl From<ComponentError> for VerifyError {
    fn from(e: ComponentError) -> Self {
        match e {
            ComponentError::Malformed => VerifyError::Malformed {
                field: SIGNATURE_INPUT,
            },
            ComponentError::Unsupported { component } => VerifyError::UnsupportedComponent { component },
            ComponentError::Missing { component } => VerifyError::MissingComponent { component },
        }
    }
}

/// What the verifier checks beyond the signature itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expectation {
    /// A TellSafe profile: its tag, components and parameters (created, expires, nonce, alg,
    /// keyid) are required.
    Profile(Profile),
    /// Any RFC 9421 signature (the first one): needs `created` and `keyid`; a non-empty body
    /// must be covered by `content-digest`.
    Any,
}

/// Time limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerifyPolicy {
    /// Allowed seconds of `created` ahead of now (and of `expires` behind now).
    pub max_skew_secs: i64,
    /// Oldest acceptable `created`, seconds before now.
    pub max_age_secs: i64,
}

impl Default for VerifyPolicy {
    fn default() -> Self {
        VerifyPolicy {
            max_skew_secs: DEFAULT_MAX_SKEW_SECS,
            max_age_secs: DEFAULT_MAX_AGE_SECS,
        }
    }
}

/// A signature that verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The label it had.
    pub label: String,
    /// The key id (bind it to the account; it is metadata, not identity of the report).
    pub key_id: String,
    /// The algorithm of the key.
    pub algorithm: &'static Algorithm,
    /// All parameters.
    pub params: SignatureParams,
    /// The covered components.
    pub components: Vec<Component>,
    /// The `Idempotency-Key` (sf-string decoded) when covered.
    pub idempotency_key: Option<String>,
}

/// Verifies signed messages against a key resolver and a nonce store.
#[derive(Debug)]
pub struct Verifier<R, N> {
    resolver: R,
    nonces: N,
    policy: VerifyPolicy,
}

impl<R: KeyResolver, N: NonceStore> Verifier<R, N> {
    /// A verifier with the default [`VerifyPolicy`].
    pub fn new(resolver: R, nonces: N) -> Verifier<R, N> {
        Verifier {
            resolver,
            nonces,
            policy: VerifyPolicy::default(),
        }
    }

    /// Replaces the time policy.
    pub fn with_policy(mut self, policy: VerifyPolicy) -> Verifier<R, N> {
        self.policy = policy;
        self
    }

    /// The key resolver (e.g. to update a cache).
    pub fn resolver(&self) -> &R {
        &self.resolver
    }

    /// Verifies a request. `now` is the verifier's clock (core never reads one).
    pub async fn verify_request(
        &self,
        request: &Request,
        expect: Expectation,
        now: Timestamp,
    ) -> Result<Verified, VerifyError> {
        if let Expectation::Profile(p) = expect
            && p.is_response()
        {
            return Err(VerifyError::WrongTag);
        }
        self.verify(
            Message::Request(request),
            &request.headers,
            &request.body,
            expect,
            now,
        )
        .await
    }

    /// Verifies a backend response to `request` (profile [`Profile::BackendResponse`]).
    pub async fn verify_response(
        &self,
        response: &Response,
        request: &Request,
        now: Timestamp,
    ) -> Result<Verified, VerifyError> {
        let message = Message::Response {
            response,
            request: Some(request),
        };
        let expect = Expectation::Profile(Profile::BackendResponse);
        self.verify(message, &response.headers, &response.body, expect, now)
            .await
    }

    async fn verify(
        &self,
        message: Message<'_>,
        headers: &Headers,
        body: &[u8],
        expect: Expectation,
        now: Timestamp,
    ) -> Result<Verified, VerifyError> {
        let now = now.unix_seconds();
        let signature = select(headers, expect)?;
        let params = &signature.input.params;
        check_parameters(&signature, headers, body, expect)?;
        check_time(params, now, self.policy)?;
        let key_id = params
            .keyid
            .as_deref()
            .ok_or(VerifyError::MissingParameter { name: "keyid" })?;
        let key = match self
            .resolver
            .resolve(key_id)
            .await
            .map_err(VerifyError::KeyStore)?
        {
            KeyStatus::Active(key) => key,
            KeyStatus::Revoked => return Err(VerifyError::KeyRevoked),
            KeyStatus::Unknown => return Err(VerifyError::KeyUnknown),
        };
        let verified = check_signature(&message, &signature, &key, headers, body)?;
        if let Some(nonce) = params.nonce.as_deref() {
            let keep_until = params
                .expires
                .unwrap_or(i64::MAX)
                .min(
                    params
                        .created
                        .unwrap_or(now)
                        .saturating_add(self.policy.max_age_secs),
                )
                .saturating_add(self.policy.max_skew_secs);
            match self.nonces.check_and_insert(key_id, nonce, keep_until, now).await {
                Ok(NonceCheck::Fresh) => {}
                Ok(NonceCheck::Replayed) => return Err(VerifyError::Replayed),
                Err(e) => return Err(VerifyError::NonceStore(e)),
            }
        }
        Ok(verified)
    }
}

/// Size limits, parsing and choosing the signature to check.
fn select(headers: &Headers, expect: Expectation) -> Result<LabeledSignature, VerifyError> {
    if headers.byte_len() > MAX_HEADER_BYTES {
        return Err(VerifyError::TooLarge { field: "headers" });
    }
    for field in [SIGNATURE_INPUT, SIGNATURE] {
        let len: usize = headers.get_all(field).map(str::len).sum();
        if len > MAX_SIGNATURE_FIELD_BYTES {
            return Err(VerifyError::TooLarge { field });
        }
    }
    let signatures = parse_signatures(headers)?;
    if signatures.is_empty() {
        return Err(VerifyError::SignatureMissing);
    }
    let chosen = match expect {
        Expectation::Any => signatures.into_iter().next(),
        Expectation::Profile(p) => signatures
            .into_iter()
            .find(|s| s.input.params.tag.as_deref() == Some(p.tag())),
    };
    let chosen = chosen.ok_or(VerifyError::WrongTag)?;
    if chosen.input.components.len() > MAX_COVERED_COMPONENTS {
        return Err(VerifyError::TooLarge { field: "components" });
    }
    Ok(chosen)
}

fn check_parameters(
    signature: &LabeledSignature,
    headers: &Headers,
    body: &[u8],
    expect: Expectation,
) -> Result<(), VerifyError> {
    let params = &signature.input.params;
    let covered = &signature.input.components;
    if params.created.is_none() {
        return Err(VerifyError::MissingParameter { name: "created" });
    }
    if params.keyid.is_none() {
        return Err(VerifyError::MissingParameter { name: "keyid" });
    }
    match expect {
        Expectation::Profile(profile) => {
            for (name, present) in [
                ("expires", params.expires.is_some()),
                ("nonce", params.nonce.is_some()),
                ("alg", params.alg.is_some()),
            ] {
                if !present {
                    return Err(VerifyError::MissingParameter { name });
                }
            }
            for required in profile.components(headers) {
                if !covered.contains(&required) {
                    return Err(VerifyError::NotCovered {
                        component: required.identifier(),
                    });
                }
            }
        }
        Expectation::Any => {
            if !body.is_empty() && !covered.contains(&Component::field(CONTENT_DIGEST)) {
                return Err(VerifyError::DigestMissing);
            }
        }
    }
    Ok(())
}

fn check_time(params: &SignatureParams, now: i64, policy: VerifyPolicy) -> Result<(), VerifyError> {
    let created = params
        .created
        .ok_or(VerifyError::MissingParameter { name: "created" })?;
    if created > now.saturating_add(policy.max_skew_secs) {
        return Err(VerifyError::CreatedInFuture { server_time: now });
    }
    if let Some(expires) = params.expires
        && expires.saturating_add(policy.max_skew_secs) < now
    {
        return Err(VerifyError::Expired { server_time: now });
    }
    if now.saturating_sub(created) > policy.max_age_secs {
        return Err(VerifyError::TooOld { server_time: now });
    }
    Ok(())
}

/// Algorithm, length, base, signature, digest and idempotency key, with a resolved key.
fn check_signature(
    message: &Message<'_>,
    signature: &LabeledSignature,
    key: &PublicKey,
    headers: &Headers,
    body: &[u8],
) -> Result<Verified, VerifyError> {
    let params = &signature.input.params;
    let algorithm = key.algorithm();
    if let Some(name) = params.alg.as_deref() {
        let named = Algorithm::from_name(name).ok_or(VerifyError::UnsupportedAlgorithm)?;
        if named != algorithm {
            return Err(VerifyError::AlgorithmMismatch);
        }
    }
    if signature.signature.len() != algorithm.signature_len() {
        return Err(VerifyError::SignatureLength {
            expected: algorithm.signature_len(),
            actual: signature.signature.len(),
        });
    }
    let base = signature_base(message, &signature.input)?;
    if !key.verify(base.as_bytes(), &signature.signature) {
        return Err(VerifyError::BadSignature);
    }
    if let Some(value) = headers.combined(CONTENT_DIGEST) {
        verify_content_digest(&value, body).map_err(|e| match e {
            DigestError::Malformed => VerifyError::Malformed {
                field: CONTENT_DIGEST,
            },
            DigestError::Unsupported => VerifyError::DigestUnsupported,
            DigestError::Mismatch => VerifyError::DigestMismatch,
        })?;
    }
    let idempotency_key = if signature
        .input
        .components
        .contains(&Component::field(IDEMPOTENCY_KEY))
    {
        idempotency_key(headers).map_err(|_| VerifyError::Malformed {
            field: IDEMPOTENCY_KEY,
        })?
    } else {
        None
    };
    Ok(Verified {
        label: signature.label.clone(),
        key_id: key.key_id().to_string(),
        algorithm,
        params: params.clone(),
        components: signature.input.components.clone(),
        idempotency_key,
    })
}

#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
impl<T: KeyResolver + ?Sized> KeyResolver for std::sync::Arc<T> {
    async fn resolve(&self, key_id: &str) -> Result<KeyStatus, StoreError> {
        (**self).resolve(key_id).await
    }
}

#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
impl<T: NonceStore + ?Sized> NonceStore for std::sync::Arc<T> {
    async fn check_and_insert(
        &self,
        key_id: &str,
        nonce: &str,
        keep_until: i64,
        now: i64,
    ) -> Result<NonceCheck, StoreError> {
        (**self).check_and_insert(key_id, nonce, keep_until, now).await
    }
}
