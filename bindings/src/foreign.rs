//! Platform services implemented in Kotlin, Swift or Python (`#[uniffi::export(with_foreign)]`)
//! and the adapters that hand them to core as core's own traits.
//!
//! Every method returns [`TellSafeError`], which implements
//! `From<uniffi::UnexpectedUniFFICallbackError>`: an exception of another type thrown by the
//! platform becomes `TellSafeError::Callback`, never a crash.

use std::sync::Arc;

use tellsafe::platform::{self, PlatformError, SEALING_KEY_LEN};
use tellsafe::sign::{self, Algorithm, ECDSA_P256_SHA256, ED25519, SignerError};

use crate::error::TellSafeError;

/// A signature algorithm TellSafe signs with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum SignatureAlgorithm {
    /// `ecdsa-p256-sha256`: hardware keys (Android Keystore, Secure Enclave). Signatures are the
    /// 64-byte `r||s` form; convert DER with `ecdsa_der_to_fixed`.
    EcdsaP256Sha256,
    /// `ed25519`: software keys.
    Ed25519,
}

impl SignatureAlgorithm {
    pub(crate) fn core(self) -> &'static Algorithm {
        match self {
            SignatureAlgorithm::EcdsaP256Sha256 => &ECDSA_P256_SHA256,
            SignatureAlgorithm::Ed25519 => &ED25519,
        }
    }

    pub(crate) fn from_core(alg: &Algorithm) -> SignatureAlgorithm {
        match alg.id() {
            sign::AlgorithmId::EcdsaP256Sha256 => SignatureAlgorithm::EcdsaP256Sha256,
            sign::AlgorithmId::Ed25519 => SignatureAlgorithm::Ed25519,
        }
    }
}

/// Signs with a key the platform holds (Android Keystore via `java.security`, Secure Enclave
/// via `SecKey`). `sign` may suspend (biometric prompt); throw `TellSafeError.Signing` with a
/// short code such as `key_unavailable` or `user_not_authenticated` when it cannot sign.
#[uniffi::export(with_foreign)]
#[async_trait::async_trait]
pub trait Signer: Send + Sync {
    /// The key id (the JWK thumbprint; `PublicKey.key_id()` computes it from the public key).
    fn key_id(&self) -> String;
    /// The key's algorithm.
    fn algorithm(&self) -> SignatureAlgorithm;
    /// Signs the signature base and returns the raw signature (64 bytes for both algorithms).
    async fn sign(&self, base: Vec<u8>) -> Result<Vec<u8>, TellSafeError>;
}

/// Gives core's outbox its sealing key (Android Keystore-wrapped, Keychain, ...). Must return
/// the same 32 bytes every time on this install.
#[uniffi::export(with_foreign)]
#[async_trait::async_trait]
pub trait KeyStore: Send + Sync {
    /// The 32-byte sealing key, created on first use.
    async fn sealing_key(&self) -> Result<Vec<u8>, TellSafeError>;
}

/// Durable named records (see core's `platform::Storage` contract: `put` atomic and durable
/// when it returns, `delete` of a missing record succeeds).
#[uniffi::export(with_foreign)]
#[async_trait::async_trait]
pub trait Storage: Send + Sync {
    /// Writes a record atomically and durably.
    async fn put(&self, name: String, bytes: Vec<u8>) -> Result<(), TellSafeError>;
    /// Reads a record, or `None` if it does not exist.
    async fn get(&self, name: String) -> Result<Option<Vec<u8>>, TellSafeError>;
    /// Deletes a record (a missing record is not an error).
    async fn delete(&self, name: String) -> Result<(), TellSafeError>;
    /// Names of the records starting with `prefix`.
    async fn list(&self, prefix: String) -> Result<Vec<String>, TellSafeError>;
}

/// A foreign [`Signer`] seen as core's `sign::Signer`.
pub(crate) struct ForeignSigner(pub(crate) Arc<dyn Signer>);

#[async_trait::async_trait]
impl sign::Signer for ForeignSigner {
    fn key_id(&self) -> String {
        self.0.key_id()
    }

    fn algorithm(&self) -> &'static Algorithm {
        self.0.algorithm().core()
    }

    async fn sign(&self, base: &[u8]) -> Result<Vec<u8>, SignerError> {
        self.0.sign(base.to_vec()).await.map_err(|error| match error {
            TellSafeError::Signing { code } if code == "key_unavailable" => SignerError::KeyUnavailable,
            // The platform's code rides in `reason` and comes back out as the same code.
            other => SignerError::Failed {
                reason: other.code().to_string(),
            },
        })
    }
}

fn platform_error(error: TellSafeError, operation: platform::StorageOperation) -> PlatformError {
    PlatformError::Storage {
        operation,
        kind: error.code().to_string(),
    }
}

/// A foreign [`Storage`] seen as core's `platform::Storage`.
pub(crate) struct ForeignStorage(pub(crate) Arc<dyn Storage>);

#[async_trait::async_trait]
impl platform::Storage for ForeignStorage {
    async fn put(&self, name: &str, bytes: &[u8]) -> Result<(), PlatformError> {
        self.0
            .put(name.to_string(), bytes.to_vec())
            .await
            .map_err(|e| platform_error(e, platform::StorageOperation::Put))
    }

    async fn get(&self, name: &str) -> Result<Option<Vec<u8>>, PlatformError> {
        self.0
            .get(name.to_string())
            .await
            .map_err(|e| platform_error(e, platform::StorageOperation::Get))
    }

    async fn delete(&self, name: &str) -> Result<(), PlatformError> {
        self.0
            .delete(name.to_string())
            .await
            .map_err(|e| platform_error(e, platform::StorageOperation::Delete))
    }

    async fn list(&self, prefix: &str) -> Result<Vec<String>, PlatformError> {
        self.0
            .list(prefix.to_string())
            .await
            .map_err(|e| platform_error(e, platform::StorageOperation::List))
    }
}

/// A foreign [`KeyStore`] seen as core's `platform::KeyStore`; checks the key length.
pub(crate) struct ForeignKeyStore(pub(crate) Arc<dyn KeyStore>);

#[async_trait::async_trait]
impl platform::KeyStore for ForeignKeyStore {
    async fn sealing_key(&self) -> Result<[u8; SEALING_KEY_LEN], PlatformError> {
        let bytes = self.0.sealing_key().await.map_err(|e| PlatformError::KeyStore {
            kind: e.code().to_string(),
        })?;
        <[u8; SEALING_KEY_LEN]>::try_from(bytes.as_slice()).map_err(|_| PlatformError::KeyStore {
            kind: "bad_length".to_string(),
        })
    }
}

/// Checks a foreign storage against core's contract with a scratch record: put, get, list,
/// delete, delete again. Apps call it once in their own tests; the binding suites use it to
/// prove a Kotlin / Swift / Python `Storage` works through core.
#[uniffi::export]
pub async fn check_storage(storage: Arc<dyn Storage>) -> Result<bool, TellSafeError> {
    use tellsafe::platform::Storage as _;
    let storage = ForeignStorage(storage);
    let name = "tellsafe-check.tmp";
    let bytes = b"tellsafe storage check".to_vec();
    storage.put(name, &bytes).await?;
    let read = storage.get(name).await?;
    let listed = storage.list("tellsafe-check").await?;
    storage.delete(name).await?;
    storage.delete(name).await?;
    let gone = storage.get(name).await?.is_none();
    Ok(read.as_deref() == Some(bytes.as_slice()) && listed.iter().any(|n| n == name) && gone)
}

/// Reads the sealing key twice through core's `KeyStore` adapter and says whether it is the
/// same 32 bytes (what the outbox relies on). Errors are typed (`TellSafeError.Platform`).
#[uniffi::export]
pub async fn check_key_store(key_store: Arc<dyn KeyStore>) -> Result<bool, TellSafeError> {
    use tellsafe::platform::KeyStore as _;
    let store = ForeignKeyStore(key_store);
    let first = store.sealing_key().await?;
    let second = store.sealing_key().await?;
    Ok(first == second)
}
