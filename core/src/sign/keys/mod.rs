//! Keys: generation (ring), PKCS#8 / SPKI PEM import and export, and the key id, which is the
//! RFC 7638 JWK thumbprint (base64url SHA-256 of the canonical JWK), so any party can derive it
//! from the public key alone. Private key bytes never appear in `Debug` output.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SystemRandom;
#[cfg(feature = "software-p256")]
use ring::signature::EcdsaKeyPair;
use ring::signature::{self as ring_sig, Ed25519KeyPair, KeyPair as _};

use super::alg::{Algorithm, AlgorithmId, ECDSA_P256_SHA256, ED25519};

/// PEM label of a PKCS#8 private key.
const PRIVATE_KEY_LABEL: &str = "PRIVATE KEY";
/// PEM label of an SPKI public key.
const PUBLIC_KEY_LABEL: &str = "PUBLIC KEY";

/// SPKI DER prefix of an Ed25519 key (RFC 8410): AlgorithmIdentifier id-Ed25519, BIT STRING of 32 bytes.
const ED25519_SPKI_PREFIX: &[u8] = &[
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
];
/// SPKI DER prefix of a P-256 key (RFC 5480): id-ecPublicKey + prime256v1, BIT STRING of the 65-byte point.
const P256_SPKI_PREFIX: &[u8] = &[
    0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86,
    0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00,
];
/// PKCS#8 v2 framing of an Ed25519 seed and public key (RFC 8410, `[1] IMPLICIT` public key),
/// as ring generates it:
/// prefix, 32-byte seed, [`ED25519_PKCS8_MIDDLE`], 32-byte public key.
const ED25519_PKCS8_PREFIX: &[u8] = &[
    0x30, 0x51, 0x02, 0x01, 0x01, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];
const ED25519_PKCS8_MIDDLE: &[u8] = &[0x81, 0x21, 0x00];
/// PKCS#8 v1 framing of an Ed25519 seed (RFC 8410 §10.3, what OpenSSL writes): prefix, 32-byte
/// seed. Exported keys use it because common parsers (Python `cryptography`) reject v2.
const ED25519_PKCS8_V1_PREFIX: &[u8] = &[
    0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];
/// PKCS#8 v1 framing of a P-256 key with its public point, as ring generates it:
/// prefix, 32-byte scalar, [`P256_PKCS8_MIDDLE`], 65-byte point.
const P256_PKCS8_PREFIX: &[u8] = &[
    0x30, 0x81, 0x87, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01,
    0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x6d, 0x30, 0x6b, 0x02, 0x01, 0x01,
    0x04, 0x20,
];
const P256_PKCS8_MIDDLE: &[u8] = &[0xa1, 0x44, 0x03, 0x42, 0x00];
/// The DER AlgorithmIdentifier content of a P-256 key (RFC 5480): OID id-ecPublicKey, then OID
/// prime256v1. Found in every PKCS#8 P-256 key; lets a build without `software-p256` tell "P-256,
/// not built in" from "not a key".
#[cfg(not(feature = "software-p256"))]
const P256_ALGORITHM_OIDS: &[u8] = &[
    0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03,
    0x01, 0x07,
];
/// The feature that builds software P-256 keys, named in [`KeyError::FeatureDisabled`].
#[cfg(not(feature = "software-p256"))]
const SOFTWARE_P256_FEATURE: &str = "software-p256";

/// Why a key could not be made, read or used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// Not PEM, or PEM with the wrong label.
    #[error("key is not PEM with label {expected}")]
    Pem {
        /// The label expected.
        expected: &'static str,
    },
    /// DER that is neither an Ed25519 nor a P-256 key we can read.
    #[error("key is not a supported ed25519 or p-256 key")]
    Unsupported,
    /// A software key of an algorithm this build leaves out: P-256 private keys (generated or
    /// loaded) without the `software-p256` cargo feature. Hardware P-256 keys sign through a
    /// `Signer` and need no feature.
    #[error("software keys of this algorithm need the `{feature}` feature")]
    FeatureDisabled {
        /// The cargo feature of the `tellsafe` crate that builds them.
        feature: &'static str,
    },
    /// Raw key bytes of the wrong length for the algorithm.
    #[error("raw key has the wrong length for the algorithm")]
    BadLength,
    /// The system random source failed.
    #[error("random source failed")]
    Random,
}

enum Pair {
    Ed25519(Ed25519KeyPair),
    #[cfg(feature = "software-p256")]
    P256(EcdsaKeyPair),
}

/// A software private key (ring). Cheap to share behind `Arc`; `Debug` shows only the algorithm
/// and key id.
pub struct SigningKey {
    pkcs8: Vec<u8>,
    pair: Pair,
    public: PublicKey,
    /// ECDSA's per-signature randomness (Ed25519 is deterministic).
    #[cfg(feature = "software-p256")]
    rng: SystemRandom,
}

impl SigningKey {
    /// A new random key. P-256 needs the `software-p256` feature ([`KeyError::FeatureDisabled`]
    /// without it).
    pub fn generate(alg: &'static Algorithm) -> Result<SigningKey, KeyError> {
        let rng = SystemRandom::new();
        let der = match alg.id() {
            AlgorithmId::Ed25519 => Ed25519KeyPair::generate_pkcs8(&rng).map_err(|_| KeyError::Random)?,
            #[cfg(feature = "software-p256")]
            AlgorithmId::EcdsaP256Sha256 => {
                EcdsaKeyPair::generate_pkcs8(&ring_sig::ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
                    .map_err(|_| KeyError::Random)?
            }
            #[cfg(not(feature = "software-p256"))]
            AlgorithmId::EcdsaP256Sha256 => {
                return Err(KeyError::FeatureDisabled {
                    feature: SOFTWARE_P256_FEATURE,
                });
            }
        };
        SigningKey::from_pkcs8_der(der.as_ref())
    }

    /// Reads PKCS#8 DER: Ed25519 (v1 or v2) or P-256 (with its public point; without the
    /// `software-p256` feature a P-256 key is [`KeyError::FeatureDisabled`]).
    pub fn from_pkcs8_der(der: &[u8]) -> Result<SigningKey, KeyError> {
        if let Ok(pair) = Ed25519KeyPair::from_pkcs8_maybe_unchecked(der) {
            let public = PublicKey::from_raw(&ED25519, pair.public_key().as_ref())?;
            // Store the portable v1 form when the seed sits where ring's v2 layout puts it.
            let pkcs8 = match der.strip_prefix(ED25519_PKCS8_PREFIX) {
                Some(rest) if der.len() == 83 => [ED25519_PKCS8_V1_PREFIX, &rest[..32]].concat(),
                _ => der.to_vec(),
            };
            return Ok(SigningKey {
                pkcs8,
                pair: Pair::Ed25519(pair),
                public,
                #[cfg(feature = "software-p256")]
                rng: SystemRandom::new(),
            });
        }
        SigningKey::from_p256_pkcs8_der(der)
    }

    #[cfg(feature = "software-p256")]
    fn from_p256_pkcs8_der(der: &[u8]) -> Result<SigningKey, KeyError> {
        let rng = SystemRandom::new();
        let pair = EcdsaKeyPair::from_pkcs8(&ring_sig::ECDSA_P256_SHA256_FIXED_SIGNING, der, &rng)
            .map_err(|_| KeyError::Unsupported)?;
        let public = PublicKey::from_raw(&ECDSA_P256_SHA256, pair.public_key().as_ref())?;
        Ok(SigningKey {
            pkcs8: der.to_vec(),
            pair: Pair::P256(pair),
            public,
            rng,
        })
    }

    /// Without `software-p256`: what looks like a P-256 key is refused by name, anything else
    /// is not a key we read.
    #[cfg(not(feature = "software-p256"))]
    fn from_p256_pkcs8_der(der: &[u8]) -> Result<SigningKey, KeyError> {
        if der
            .windows(P256_ALGORITHM_OIDS.len())
            .any(|w| w == P256_ALGORITHM_OIDS)
        {
            return Err(KeyError::FeatureDisabled {
                feature: SOFTWARE_P256_FEATURE,
            });
        }
        Err(KeyError::Unsupported)
    }

    /// Reads a `-----BEGIN PRIVATE KEY-----` (PKCS#8) PEM document.
    pub fn from_pkcs8_pem(text: &str) -> Result<SigningKey, KeyError> {
        SigningKey::from_pkcs8_der(&pem_contents(text, PRIVATE_KEY_LABEL)?)
    }

    /// An Ed25519 key from its 32-byte seed (RFC 8032 private key).
    pub fn from_ed25519_seed(seed: &[u8]) -> Result<SigningKey, KeyError> {
        let pair = Ed25519KeyPair::from_seed_unchecked(seed).map_err(|_| KeyError::BadLength)?;
        let der = [
            ED25519_PKCS8_PREFIX,
            seed,
            ED25519_PKCS8_MIDDLE,
            pair.public_key().as_ref(),
        ]
        .concat();
        SigningKey::from_pkcs8_der(&der)
    }

    /// A P-256 key from its 32-byte scalar and 65-byte uncompressed public point (the form JWK
    /// and SEC1 keys give, e.g. RFC 9421's `test-key-ecc-p256`). Needs `software-p256`.
    pub fn from_p256_scalar(scalar: &[u8], point: &[u8]) -> Result<SigningKey, KeyError> {
        if scalar.len() != 32 || point.len() != 65 {
            return Err(KeyError::BadLength);
        }
        SigningKey::from_pkcs8_der(&[P256_PKCS8_PREFIX, scalar, P256_PKCS8_MIDDLE, point].concat())
    }

    /// PKCS#8 PEM, for files such as the CLI's `key.pem` (v1 for Ed25519, as OpenSSL writes).
    pub fn to_pkcs8_pem(&self) -> String {
        encode_pem(PRIVATE_KEY_LABEL, self.pkcs8.clone())
    }

    /// The algorithm.
    pub fn algorithm(&self) -> &'static Algorithm {
        self.public.alg
    }

    /// The public half.
    pub fn public_key(&self) -> &PublicKey {
        &self.public
    }

    /// The key id (JWK thumbprint of the public key).
    pub fn key_id(&self) -> &str {
        &self.public.key_id
    }

    /// Signs `message`: deterministic for Ed25519, randomized `r||s` for P-256.
    pub fn sign_bytes(&self, message: &[u8]) -> Result<Vec<u8>, KeyError> {
        match &self.pair {
            Pair::Ed25519(pair) => Ok(pair.sign(message).as_ref().to_vec()),
            #[cfg(feature = "software-p256")]
            Pair::P256(pair) => pair
                .sign(&self.rng, message)
                .map(|s| s.as_ref().to_vec())
                .map_err(|_| KeyError::Random),
        }
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey")
            .field("alg", &self.public.alg)
            .field("key_id", &self.public.key_id)
            .finish_non_exhaustive()
    }
}

/// A public key with its algorithm and key id.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicKey {
    alg: &'static Algorithm,
    raw: Vec<u8>,
    key_id: String,
}

impl PublicKey {
    /// From raw bytes: 32 for Ed25519, the 65-byte uncompressed point for P-256.
    pub fn from_raw(alg: &'static Algorithm, raw: &[u8]) -> Result<PublicKey, KeyError> {
        if raw.len() != alg.public_key_len() || (alg.id() == AlgorithmId::EcdsaP256Sha256 && raw[0] != 0x04) {
            return Err(KeyError::BadLength);
        }
        let key_id = thumbprint(&canonical_jwk(alg, raw));
        Ok(PublicKey {
            alg,
            raw: raw.to_vec(),
            key_id,
        })
    }

    /// From SPKI DER (`SubjectPublicKeyInfo`).
    pub fn from_spki_der(der: &[u8]) -> Result<PublicKey, KeyError> {
        if let Some(raw) = der.strip_prefix(ED25519_SPKI_PREFIX) {
            return PublicKey::from_raw(&ED25519, raw);
        }
        if let Some(raw) = der.strip_prefix(P256_SPKI_PREFIX) {
            return PublicKey::from_raw(&ECDSA_P256_SHA256, raw);
        }
        Err(KeyError::Unsupported)
    }

    /// From a `-----BEGIN PUBLIC KEY-----` PEM document.
    pub fn from_spki_pem(text: &str) -> Result<PublicKey, KeyError> {
        PublicKey::from_spki_der(&pem_contents(text, PUBLIC_KEY_LABEL)?)
    }

    /// SPKI DER.
    pub fn to_spki_der(&self) -> Vec<u8> {
        let prefix = match self.alg.id() {
            AlgorithmId::Ed25519 => ED25519_SPKI_PREFIX,
            AlgorithmId::EcdsaP256Sha256 => P256_SPKI_PREFIX,
        };
        [prefix, &self.raw].concat()
    }

    /// SPKI PEM, for files such as the CLI's `pub.pem` and for pinning the backend key.
    pub fn to_spki_pem(&self) -> String {
        encode_pem(PUBLIC_KEY_LABEL, self.to_spki_der())
    }

    /// The algorithm this key verifies.
    pub fn algorithm(&self) -> &'static Algorithm {
        self.alg
    }

    /// The raw public key bytes.
    pub fn raw(&self) -> &[u8] {
        &self.raw
    }

    /// The key id: RFC 7638 JWK thumbprint, base64url without padding.
    pub fn key_id(&self) -> &str {
        &self.key_id
    }

    /// The canonical JWK (RFC 7638 §3.2: required members only, sorted, no whitespace).
    pub fn canonical_jwk(&self) -> String {
        canonical_jwk(self.alg, &self.raw)
    }

    /// Checks `signature` over `message`; `false` for any failure, and for an algorithm this
    /// build cannot verify (P-256 without `software-p256`; see [`Algorithm::is_built_in`]).
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        let Some(verification) = self.alg.verification() else {
            return false;
        };
        ring_sig::UnparsedPublicKey::new(verification, &self.raw)
            .verify(message, signature)
            .is_ok()
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PublicKey")
            .field("alg", &self.alg)
            .field("key_id", &self.key_id)
            .finish()
    }
}

fn canonical_jwk(alg: &Algorithm, raw: &[u8]) -> String {
    match alg.id() {
        AlgorithmId::Ed25519 => format!(
            r#"{{"crv":"Ed25519","kty":"OKP","x":"{}"}}"#,
            URL_SAFE_NO_PAD.encode(raw)
        ),
        AlgorithmId::EcdsaP256Sha256 => format!(
            r#"{{"crv":"P-256","kty":"EC","x":"{}","y":"{}"}}"#,
            URL_SAFE_NO_PAD.encode(raw.get(1..33).unwrap_or_default()),
            URL_SAFE_NO_PAD.encode(raw.get(33..65).unwrap_or_default())
        ),
    }
}

fn thumbprint(jwk: &str) -> String {
    URL_SAFE_NO_PAD.encode(ring::digest::digest(&ring::digest::SHA256, jwk.as_bytes()).as_ref())
}

/// PEM with LF line ends (the `pem` crate defaults to CRLF), as OpenSSL writes it.
fn encode_pem(label: &str, der: Vec<u8>) -> String {
    let config = pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF);
    pem::encode_config(&pem::Pem::new(label, der), config)
}

fn pem_contents(text: &str, expected: &'static str) -> Result<Vec<u8>, KeyError> {
    let parsed = pem::parse(text.trim()).map_err(|_| KeyError::Pem { expected })?;
    if parsed.tag() != expected {
        return Err(KeyError::Pem { expected });
    }
    Ok(parsed.into_contents())
}

#[cfg(test)]
mod tests;
