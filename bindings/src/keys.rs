//! Install keys the platform holds: one hardware key per platform account (an Android Keystore
//! alias, a Secure Enclave key), handed to the client through [`InstallKeyProvider`]. The
//! private key never enters Rust; the client only asks the foreign [`Signer`] to sign.

use std::sync::Arc;

use tellsafe::client::{InstallKeys, KeyPair};
use tellsafe::platform::PlatformError;

use crate::error::TellSafeError;
use crate::foreign::{ForeignSigner, Signer};
use crate::sign::PublicKey;

/// One install key: the platform signer and its public half (what registration sends).
#[derive(uniffi::Record)]
pub struct InstallKey {
    /// Signs with the private key (which stays in the platform's key store).
    pub signer: Arc<dyn Signer>,
    /// The public key (`PublicKey.from_spki_der(key.public.encoded)` on the JVM).
    pub public_key: Arc<PublicKey>,
}

/// The app's install keys, one per platform account: the backend binds a key to the account
/// that registered it. Throw `TellSafeError.Platform { code }` (e.g. `key_unavailable`) when no
/// key can be had now.
#[uniffi::export(with_foreign)]
#[async_trait::async_trait]
pub trait InstallKeyProvider: Send + Sync {
    /// The key for `account` (created on first use and kept).
    async fn current(&self, account: String) -> Result<InstallKey, TellSafeError>;
    /// A new key for `account` after the backend answered `key_revoked`; the old one is dropped.
    async fn rotate(&self, account: String) -> Result<InstallKey, TellSafeError>;
}

/// A foreign [`InstallKeyProvider`] seen as core's `client::InstallKeys`.
pub(crate) struct ForeignInstallKeys(pub(crate) Arc<dyn InstallKeyProvider>);

/// The pair core signs with; refuses a signer whose key id or algorithm is not the public
/// key's (the backend would refuse every request, far from the mistake).
fn pair(key: Result<InstallKey, TellSafeError>) -> Result<KeyPair, PlatformError> {
    let key = key.map_err(|e| PlatformError::KeyStore {
        kind: e.code().to_owned(),
    })?;
    let public = key.public_key.0.clone();
    let signer = ForeignSigner(key.signer);
    if tellsafe::sign::Signer::key_id(&signer) != public.key_id()
        || tellsafe::sign::Signer::algorithm(&signer).id() != public.algorithm().id()
    {
        return Err(PlatformError::KeyStore {
            kind: "key_mismatch".to_owned(),
        });
    }
    Ok((Arc::new(signer), public))
}

#[async_trait::async_trait]
impl InstallKeys for ForeignInstallKeys {
    async fn current(&self, account: &str) -> Result<KeyPair, PlatformError> {
        pair(self.0.current(account.to_owned()).await)
    }

    async fn rotate(&self, account: &str) -> Result<KeyPair, PlatformError> {
        pair(self.0.rotate(account.to_owned()).await)
    }
}

#[cfg(test)]
mod tests {
    use tellsafe::sign::{ECDSA_P256_SHA256, ED25519, SigningKey};

    use super::*;
    use crate::foreign::SignatureAlgorithm;

    /// A signer that claims `key_id` and signs with `key`.
    struct Claims {
        key_id: String,
        key: SigningKey,
    }

    #[async_trait::async_trait]
    impl Signer for Claims {
        fn key_id(&self) -> String {
            self.key_id.clone()
        }
        fn algorithm(&self) -> SignatureAlgorithm {
            SignatureAlgorithm::from_core(self.key.algorithm())
        }
        async fn sign(&self, base: Vec<u8>) -> Result<Vec<u8>, TellSafeError> {
            Ok(tellsafe::sign::Signer::sign(&self.key, &base).await?)
        }
    }

    struct One(SigningKey, String);

    #[async_trait::async_trait]
    impl InstallKeyProvider for One {
        async fn current(&self, _account: String) -> Result<InstallKey, TellSafeError> {
            let key = SigningKey::from_pkcs8_pem(&self.0.to_pkcs8_pem())?;
            Ok(InstallKey {
                signer: Arc::new(Claims {
                    key_id: self.1.clone(),
                    key,
                }),
                public_key: Arc::new(PublicKey(self.0.public_key().clone())),
            })
        }
        async fn rotate(&self, _account: String) -> Result<InstallKey, TellSafeError> {
            Err(TellSafeError::Platform {
                code: "key_unavailable".into(),
            })
        }
    }

    #[test]
    fn a_matching_foreign_key_signs_what_its_public_key_verifies() {
        // P-256 software keys stand in for hardware ones where this build has them.
        for alg in [&ED25519, &ECDSA_P256_SHA256]
            .into_iter()
            .filter(|alg| alg.is_built_in())
        {
            let key = SigningKey::generate(alg).unwrap();
            let id = key.public_key().key_id().to_owned();
            let keys = ForeignInstallKeys(Arc::new(One(key, id)));
            let (signer, public) = pollster::block_on(keys.current("child")).unwrap();
            let sig = pollster::block_on(signer.sign(b"base")).unwrap();
            assert!(public.verify(b"base", &sig));
        }
    }

    #[test]
    fn a_signer_for_another_key_is_refused_and_errors_keep_their_code() {
        let key = SigningKey::generate(&ED25519).unwrap();
        let keys = ForeignInstallKeys(Arc::new(One(key, "someone-else".into())));
        let err = pollster::block_on(keys.current("child")).err().unwrap();
        assert_eq!(
            err,
            PlatformError::KeyStore {
                kind: "key_mismatch".into()
            }
        );
        let err = pollster::block_on(keys.rotate("child")).err().unwrap();
        assert_eq!(
            err,
            PlatformError::KeyStore {
                kind: "key_unavailable".into()
            }
        );
    }
}
