//! Signature algorithms, one constant each (ring style): callers pass `&ED25519`, never a string.

use std::fmt;

use ring::signature::{self as ring_sig, VerificationAlgorithm};

/// Which algorithm an [`Algorithm`] is; used for matching without comparing strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AlgorithmId {
    /// `ecdsa-p256-sha256`.
    EcdsaP256Sha256,
    /// `ed25519`.
    Ed25519,
}

/// An RFC 9421 signature algorithm with its wire name and fixed signature length.
pub struct Algorithm {
    id: AlgorithmId,
    name: &'static str,
    signature_len: usize,
    public_key_len: usize,
    /// ring's verifier, `None` when this build leaves it out (P-256 without `software-p256`).
    verification: Option<&'static dyn VerificationAlgorithm>,
}

/// `ecdsa-p256-sha256` (RFC 9421 §3.3.4): the signature is the fixed 64-byte `r||s`, not ASN.1 DER.
/// The default on mobile because hardware keys (Android Keystore, Secure Enclave) are P-256.
/// Hardware keys sign with it through [`Signer`](super::Signer) in every build; software keys
/// and verification need the `software-p256` feature ([`Algorithm::is_built_in`]).
pub static ECDSA_P256_SHA256: Algorithm = Algorithm {
    id: AlgorithmId::EcdsaP256Sha256,
    name: "ecdsa-p256-sha256",
    signature_len: 64,
    public_key_len: 65,
    #[cfg(feature = "software-p256")]
    verification: Some(&ring_sig::ECDSA_P256_SHA256_FIXED),
    // Referencing ring's P-256 verifier links its 148 KB precomputed table: mobile builds that
    // only sign with hardware keys leave it out.
    #[cfg(not(feature = "software-p256"))]
    verification: None,
};

/// `ed25519` (RFC 9421 §3.3.6): deterministic, 64-byte signatures; software keys.
pub static ED25519: Algorithm = Algorithm {
    id: AlgorithmId::Ed25519,
    name: "ed25519",
    signature_len: 64,
    public_key_len: 32,
    verification: Some(&ring_sig::ED25519),
};

/// Every supported algorithm, in preference order.
pub static ALL_ALGORITHMS: [&Algorithm; 2] = [&ECDSA_P256_SHA256, &ED25519];

impl Algorithm {
    /// The identifier, for `match`.
    pub fn id(&self) -> AlgorithmId {
        self.id
    }

    /// The RFC 9421 registry name used in the `alg` parameter.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The exact length of a signature in bytes; anything else is rejected before verifying.
    pub fn signature_len(&self) -> usize {
        self.signature_len
    }

    /// The length of the raw public key (32 for Ed25519, 65 for an uncompressed P-256 point).
    pub fn public_key_len(&self) -> usize {
        self.public_key_len
    }

    /// The algorithm with this RFC 9421 registry name, if supported.
    pub fn from_name(name: &str) -> Option<&'static Algorithm> {
        ALL_ALGORITHMS.iter().copied().find(|alg| alg.name == name)
    }

    /// Whether this build verifies signatures and holds software keys of this algorithm: always
    /// for Ed25519, for P-256 only with the `software-p256` feature. Signing through a
    /// [`Signer`](super::Signer) (a hardware key) works either way.
    pub fn is_built_in(&self) -> bool {
        self.verification.is_some()
    }

    pub(crate) fn verification(&self) -> Option<&'static dyn VerificationAlgorithm> {
        self.verification
    }
}

impl PartialEq for Algorithm {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Algorithm {}

impl fmt::Debug for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for alg in ALL_ALGORITHMS {
            assert_eq!(Algorithm::from_name(alg.name()), Some(alg));
        }
        assert_eq!(Algorithm::from_name("hmac-sha256"), None);
        assert_ne!(ED25519, ECDSA_P256_SHA256);
    }

    #[test]
    fn p256_is_built_in_exactly_with_its_feature() {
        assert!(ED25519.is_built_in());
        assert_eq!(ECDSA_P256_SHA256.is_built_in(), cfg!(feature = "software-p256"));
        // The wire name stays known either way, so a P-256 `alg` is "unsupported", not "unknown".
        assert_eq!(
            Algorithm::from_name("ecdsa-p256-sha256"),
            Some(&ECDSA_P256_SHA256)
        );
    }
}
