//! One signed exchange with the backend: build, sign with the install key, send through the
//! transport, verify the answer against the pinned backend key.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde_json::json;

use super::config::AuthSession;
use super::{ClientError, TellSafe};
use crate::outbox::{AttemptOutcome, ServerResponse, UnsignedRequest};
use crate::sign::http::{Request, Response};
use crate::sign::{Profile, SignOptions, idempotency_key_value, sign_request};

/// Random bytes in a signature nonce (128 bits: unique per key for the validity window).
const NONCE_BYTES: usize = 16;

/// A verified answer.
pub(crate) struct Verified {
    pub response: Response,
}

impl TellSafe {
    /// Builds and signs `unsigned` for `session`; `idempotency` adds `Idempotency-Key`.
    pub(crate) async fn signed_request(
        &self,
        unsigned: &UnsignedRequest,
        session: &AuthSession,
        idempotency: Option<&str>,
        profile: Profile,
    ) -> Result<Request, ClientError> {
        let url = format!("{}{}", self.base_url, unsigned.path);
        let mut request = Request::new(unsigned.method.clone(), url)
            .map_err(|_| ClientError::Config { field: "backend_url" })?;
        if let Some(ct) = &unsigned.content_type {
            request.headers.append("Content-Type", ct.clone());
        }
        request
            .headers
            .append("Authorization", session.authorization.clone());
        if let Some(key) = idempotency {
            let value = idempotency_key_value(key).map_err(|_| ClientError::Validation {
                field: "id",
                reason: "not usable as an idempotency key".to_owned(),
            })?;
            request.headers.append("Idempotency-Key", value);
        }
        request.body = unsigned.body.clone();
        let mut nonce = [0u8; NONCE_BYTES];
        self.random.fill(&mut nonce)?;
        let options = SignOptions::new(self.signing_time(), URL_SAFE_NO_PAD.encode(nonce));
        let (signer, _) = self.keys.current(&session.account).await?;
        sign_request(&mut request, profile, signer.as_ref(), &options)
            .await
            .map_err(|_| ClientError::Signing)?;
        Ok(request)
    }

    /// Sends a signed request and verifies the answer. `Err(Network)` when there is no answer,
    /// `Err(Unverified)` when the answer is not signed by a pinned key.
    pub(crate) async fn exchange(&self, request: &Request) -> Result<Verified, ClientError> {
        let response = self.transport.send(request).await?;
        self.verifier
            .verify_response(&response, request, self.signing_time())
            .await
            .map_err(|e| ClientError::Unverified { reason: e.code() })?;
        Ok(Verified { response })
    }

    /// Signs and sends an ad-hoc request (status, appeal, info, delete) under `session`, once
    /// refreshing auth or registering if the backend asks.
    pub(crate) async fn call(
        &self,
        method: &str,
        path: String,
        body: Option<serde_json::Value>,
    ) -> Result<Response, ClientError> {
        let mut session = self.auth.current().await?;
        match self.ensure_registered(&session).await {
            Err(ClientError::Backend { code, .. }) if code == "auth_expired" => {
                session = self.auth.refresh().await?;
                self.ensure_registered(&session).await?;
            }
            other => other?,
        }
        let unsigned = UnsignedRequest {
            method: method.to_owned(),
            path,
            content_type: body.as_ref().map(|_| "application/json".to_owned()),
            body: body.map(|b| b.to_string().into_bytes()).unwrap_or_default(),
        };
        let profile = if unsigned.content_type.is_some() {
            Profile::ClientRequest
        } else {
            Profile::ClientStatusRequest
        };
        let mut fixed = false;
        loop {
            let request = self.signed_request(&unsigned, &session, None, profile).await?;
            let answer = self.exchange(&request).await?.response;
            let parsed = ServerResponse::from_parts(answer.status, &answer.body, None, self.clock.now());
            use crate::outbox::ErrorCode as C;
            match (parsed.code, fixed) {
                (Some(C::AuthExpired), false) => session = self.auth.refresh().await?,
                (Some(C::KeyUnknown | C::KeyRevoked), false) => self.register_as(&session).await?,
                (Some(C::ClockSkew), false) => {
                    if let Some(server) = parsed.server_time {
                        self.set_offset(
                            server
                                .unix_millis()
                                .saturating_sub(self.clock.now().unix_millis()),
                        );
                    }
                }
                _ => return Ok(answer),
            }
            fixed = true;
        }
    }

    /// Registers the current install key for `session`'s account (`POST /v1/keys`, signed by
    /// the key itself). After `key_revoked`, rotates to a new key and registers that.
    pub(crate) async fn register_as(&self, session: &AuthSession) -> Result<(), ClientError> {
        for _ in 0..2 {
            let (signer, public) = self.keys.current(&session.account).await?;
            let body = json!({
                "key_id": signer.key_id(),
                "alg": public.algorithm().name(),
                "public_key": STANDARD.encode(public.raw()),
            });
            let unsigned = UnsignedRequest {
                method: "POST".to_owned(),
                path: "/v1/keys".to_owned(),
                content_type: Some("application/json".to_owned()),
                body: body.to_string().into_bytes(),
            };
            let request = self
                .signed_request(&unsigned, session, None, Profile::KeyRegistration)
                .await?;
            let answer = self.exchange(&request).await?.response;
            if (200..300).contains(&answer.status) {
                self.mark_registered(&session.account, &signer.key_id());
                return Ok(());
            }
            let parsed = ServerResponse::from_parts(answer.status, &answer.body, None, self.clock.now());
            match parsed.code {
                Some(crate::outbox::ErrorCode::KeyRevoked) => {
                    self.keys.rotate(&session.account).await?;
                }
                Some(crate::outbox::ErrorCode::ClockSkew) => {
                    if let Some(server) = parsed.server_time {
                        self.set_offset(
                            server
                                .unix_millis()
                                .saturating_sub(self.clock.now().unix_millis()),
                        );
                    }
                }
                _ => return Err(backend_error(&answer)),
            }
        }
        Err(ClientError::Backend {
            status: 403,
            code: "key_revoked".to_owned(),
        })
    }

    /// Registers unless this process already registered the current key for this account.
    pub(crate) async fn ensure_registered(&self, session: &AuthSession) -> Result<(), ClientError> {
        let key_id = self.keys.current(&session.account).await?.0.key_id();
        if self.is_registered(&session.account, &key_id) {
            return Ok(());
        }
        self.register_as(session).await
    }

    /// Turns an exchange result into what the outbox policy reads.
    pub(crate) fn outcome_of(&self, result: &Result<Verified, ClientError>) -> AttemptOutcome {
        match result {
            Ok(v) => {
                let r = &v.response;
                let retry_after = r.headers.get("retry-after");
                AttemptOutcome::Response(ServerResponse::from_parts(
                    r.status,
                    &r.body,
                    retry_after,
                    self.clock.now(),
                ))
            }
            Err(ClientError::Signing) => AttemptOutcome::SigningUnavailable,
            Err(_) => AttemptOutcome::NetworkError,
        }
    }
}

/// A signed non-2xx answer as an error naming its code.
pub(crate) fn backend_error(answer: &Response) -> ClientError {
    let code = serde_json::from_slice::<serde_json::Value>(&answer.body)
        .ok()
        .and_then(|v| v.get("code").and_then(|c| c.as_str()).map(str::to_owned))
        .filter(|c| c.len() <= 64 && c.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        .unwrap_or_else(|| "unexpected".to_owned());
    ClientError::Backend {
        status: answer.status,
        code,
    }
}
