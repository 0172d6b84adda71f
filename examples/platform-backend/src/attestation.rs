//! The attestation hook at key registration.
//!
//! A platform that can prove a key lives on a real device (Play Integrity, App Attest) plugs a
//! [`KeyAttestation`] in with [`install`]; the reference has none, so every key is stored as
//! `unattested`. Attestation is a weight for abuse detection only (see `abuse`): a report from
//! an unattested key is never refused, deprioritised or treated differently in review.

use std::sync::OnceLock;

/// The outcome stored with a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attestation {
    /// The platform's attestation check accepted the key.
    Attested,
    /// No attestation, or one that did not verify.
    Unattested,
}

impl Attestation {
    /// The stable code stored in `keys.attestation`.
    pub fn code(self) -> &'static str {
        match self {
            Attestation::Attested => "attested",
            Attestation::Unattested => "unattested",
        }
    }

    /// Parses a stored code; anything unknown is unattested.
    pub fn from_code(code: &str) -> Attestation {
        if code == "attested" {
            Attestation::Attested
        } else {
            Attestation::Unattested
        }
    }
}

/// A platform's key-attestation check.
pub trait KeyAttestation: Send + Sync + std::fmt::Debug {
    /// Checks `evidence` (the registration's decoded `attestation` bytes) for key `key_id` of
    /// `account`. Must not fail open: anything it cannot verify is `Unattested`.
    fn attest(&self, account: &str, key_id: &str, evidence: &[u8]) -> Attestation;
}

/// The reference's check: no attestation provider, every key unattested.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoAttestation;

impl KeyAttestation for NoAttestation {
    fn attest(&self, _account: &str, _key_id: &str, _evidence: &[u8]) -> Attestation {
        Attestation::Unattested
    }
}

static ATTESTER: OnceLock<Box<dyn KeyAttestation>> = OnceLock::new();

/// Installs the platform's check (start-up only); `false` if one was installed already.
pub fn install(attester: Box<dyn KeyAttestation>) -> bool {
    ATTESTER.set(attester).is_ok()
}

/// The outcome for a registration: unattested without evidence, else the installed check's.
pub fn attest(account: &str, key_id: &str, evidence: Option<&[u8]>) -> Attestation {
    match evidence {
        None => Attestation::Unattested,
        Some(bytes) => match ATTESTER.get() {
            Some(attester) => attester.attest(account, key_id, bytes),
            None => NoAttestation.attest(account, key_id, bytes),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_provider_every_key_is_unattested() {
        assert_eq!(attest("a", "k", None), Attestation::Unattested);
        assert_eq!(attest("a", "k", Some(b"token")), Attestation::Unattested);
        for a in [Attestation::Attested, Attestation::Unattested] {
            assert_eq!(Attestation::from_code(a.code()), a);
        }
    }
}
