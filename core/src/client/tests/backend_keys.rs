//! Pinned backend keys are checked at `open`: a key this build cannot verify with is a config
//! error naming `backend_keys`, not a failure at the first delivery.

use super::*;
use crate::sign::{ECDSA_P256_SHA256, PublicKey};

/// RFC 9421 B.1.3 `test-key-ecc-p256` public key (public test material).
const P256_SPKI: &str = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqIVYZVLCrPZHGHjP17CTW0/+D9Lf\nw0EkjqF7xB4FivAxzic30tMM4GF+hR6Dxh71Z50VGGdldkkDXZCnTNnoXQ==\n-----END PUBLIC KEY-----\n";

fn open_with(backend_keys: Vec<PublicKey>) -> Result<TellSafe, ClientError> {
    let (clock, server_clock) = clocks();
    let backend = FakeBackend::new(server_clock);
    let (config, ..) = config_with(
        backend,
        backend_keys,
        clock,
        "alice",
        1,
        Arc::new(MemoryStorage::new()),
    );
    block_on(TellSafe::open(config))
}

#[test]
fn a_p256_backend_key_opens_only_where_p256_verifies() {
    let p256 = PublicKey::from_spki_pem(P256_SPKI).unwrap();
    assert_eq!(p256.algorithm(), &ECDSA_P256_SHA256);
    let opened = open_with(vec![p256]);
    let refused = ClientError::Config {
        field: "backend_keys",
    };
    if cfg!(feature = "software-p256") {
        // Other config (e.g. locales without `embedded-locales`) may still fail; the key may not.
        assert_ne!(opened.err(), Some(refused));
    } else {
        assert_eq!(opened.err(), Some(refused));
    }
}

#[test]
fn no_backend_key_is_refused_in_every_build() {
    assert_eq!(
        open_with(Vec::new()).err(),
        Some(ClientError::Config {
            field: "backend_keys"
        })
    );
}
