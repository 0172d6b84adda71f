//! Verification: parse, check profile and time, resolve the key, rebuild the base, verify the
//! signature and the digest, then reject replays. Each failure has its own [`VerifyError`]
//! variant with a stable [`VerifyError::code`] and the [`ErrorCode`] the backend answers with.

use super::alg::Algorithm;
use super::base::signature_base;
use super::component::{Component, Message};
use super::digest::{DigestError, verify_content_digest};
use super::http::{Headers, Request, Response};
use super::keys::PublicKey;
use super::params::{LabeledSignature, SIGNATURE, SIGNATURE_INPUT, SignatureParams, parse_signatures};
use super::profile::{CONTENT_DIGEST, IDEMPOTENCY_KEY, Profile, idempotency_key};
use super::stores::{KeyResolver, KeyStatus, NonceCheck, NonceStore};
use super::verify_error::VerifyError;
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
        if matches!(expect, Expectation::Profile(p) if p.is_response()) {
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
    if params
        .expires
        .is_some_and(|expires| expires.saturating_add(policy.max_skew_secs) < now)
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
    // The key's algorithm has no verifier in this build (P-256 without `software-p256`).
    if !algorithm.is_built_in() {
        return Err(VerifyError::UnsupportedAlgorithm);
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
