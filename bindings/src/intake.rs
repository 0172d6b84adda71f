//! Server-side calls for trust-and-safety scripts (feature `intake`, on for the Python wheel,
//! off on mobile to keep the app library small): a verifier that remembers nonces, so a
//! replayed request is refused, over a fixed set of registered client keys.

use std::sync::Arc;

use tellsafe::sign::{Expectation, MemoryNonceStore, Profile, StaticKeys, Verifier};

use crate::error::TellSafeError;
use crate::sign::{HttpRequest, PublicKey, VerifiedSignature, timestamp, verified_out};

/// Verifies signed requests against registered keys and refuses replays (nonces are kept in
/// memory, up to core's `DEFAULT_NONCE_CAPACITY`).
#[derive(uniffi::Object)]
pub struct IntakeVerifier(Verifier<StaticKeys, MemoryNonceStore>);

#[uniffi::export]
impl IntakeVerifier {
    /// A verifier for these registered public keys.
    #[uniffi::constructor]
    pub fn new(keys: Vec<Arc<PublicKey>>) -> Arc<IntakeVerifier> {
        let keys = StaticKeys::new(keys.iter().map(|k| k.0.clone()));
        Arc::new(IntakeVerifier(Verifier::new(keys, MemoryNonceStore::default())))
    }

    /// Verifies a request under `profile` at `now`; a second use of the same nonce fails with
    /// code `replayed`.
    pub fn verify_request(
        &self,
        request: HttpRequest,
        profile: Profile,
        now_unix_millis: i64,
    ) -> Result<VerifiedSignature, TellSafeError> {
        let core = request.to_core()?;
        let now = timestamp(now_unix_millis)?;
        let verified = crate::sign::ready(self.0.verify_request(&core, Expectation::Profile(profile), now))??;
        Ok(verified_out(verified))
    }
}
