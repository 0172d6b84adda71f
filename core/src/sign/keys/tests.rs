//! Keys: generation, PKCS#8 / SPKI round trips, RFC 9421 / RFC 8037 test keys, and what a
//! build without `software-p256` refuses.

use super::*;

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// The algorithms this build holds software keys of.
fn software_algorithms() -> Vec<&'static Algorithm> {
    [&ED25519, &ECDSA_P256_SHA256]
        .into_iter()
        .filter(|alg| alg.is_built_in())
        .collect()
}

#[test]
fn generated_keys_round_trip_through_pem() {
    assert_eq!(
        software_algorithms().len(),
        1 + usize::from(cfg!(feature = "software-p256"))
    );
    for alg in software_algorithms() {
        let key = SigningKey::generate(alg).unwrap();
        let again = SigningKey::from_pkcs8_pem(&key.to_pkcs8_pem()).unwrap();
        assert_eq!(again.public_key(), key.public_key());
        let public = PublicKey::from_spki_pem(&key.public_key().to_spki_pem()).unwrap();
        assert_eq!(&public, key.public_key());
        let sig = key.sign_bytes(b"m").unwrap();
        assert_eq!(sig.len(), alg.signature_len());
        assert!(public.verify(b"m", &sig));
        assert!(!public.verify(b"n", &sig));
        assert_eq!(key.key_id().len(), 43, "base64url of 32 bytes");
    }
}

#[test]
fn our_pkcs8_templates_match_what_ring_generates() {
    let rng = SystemRandom::new();
    let v2 = Ed25519KeyPair::generate_pkcs8(&rng).unwrap();
    assert!(v2.as_ref().starts_with(ED25519_PKCS8_PREFIX));
    assert_eq!(&v2.as_ref()[48..51], ED25519_PKCS8_MIDDLE);
    let key = SigningKey::from_pkcs8_der(v2.as_ref()).unwrap();
    assert_eq!(key.pkcs8.len(), 48, "exported as PKCS#8 v1");
    assert_eq!(
        SigningKey::from_pkcs8_der(&key.pkcs8).unwrap().public_key(),
        key.public_key()
    );
}

#[cfg(feature = "software-p256")]
#[test]
fn our_p256_pkcs8_template_matches_what_ring_generates() {
    let key = SigningKey::generate(&ECDSA_P256_SHA256).unwrap();
    assert!(key.pkcs8.starts_with(P256_PKCS8_PREFIX));
    assert_eq!(&key.pkcs8[68..73], P256_PKCS8_MIDDLE);
}

// RFC 9421 B.1.4: the v1 PKCS#8 (no public key) that ring's strict loader rejects.
#[test]
fn rfc9421_ed25519_test_key_imports() {
    let pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n-----END PRIVATE KEY-----\n";
    let key = SigningKey::from_pkcs8_pem(pem).unwrap();
    let spki = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=\n-----END PUBLIC KEY-----\n";
    assert_eq!(key.public_key(), &PublicKey::from_spki_pem(spki).unwrap());
    let seeded = SigningKey::from_ed25519_seed(&hex(
        "9f8362f87a484a954e6e740c5b4c0e84229139a20aa8ab56ff66586f6a7d29c5",
    ))
    .unwrap();
    assert_eq!(seeded.public_key(), key.public_key());
}

/// RFC 9421 B.1.3 `test-key-ecc-p256`: public point, private scalar and SPKI PEM.
const RFC_P256_POINT: &str = "04a885586552c2acf6471878cfd7b0935b4ffe0fd2dfc341248ea17bc41e058af031ce2737d2d30ce0617e851e83c61ef5679d151867657649035d90a74cd9e85d";
const RFC_P256_SCALAR: &str = "529b85f3597e90ec5b8dfed3e26352bf4af9b4debb1a29bbae77fa105a5c603b";
const RFC_P256_SPKI: &str = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqIVYZVLCrPZHGHjP17CTW0/+D9Lf\nw0EkjqF7xB4FivAxzic30tMM4GF+hR6Dxh71Z50VGGdldkkDXZCnTNnoXQ==\n-----END PUBLIC KEY-----\n";

#[cfg(feature = "software-p256")]
#[test]
fn rfc9421_p256_test_key_builds_from_scalar_and_matches_its_spki() {
    let key = SigningKey::from_p256_scalar(&hex(RFC_P256_SCALAR), &hex(RFC_P256_POINT)).unwrap();
    assert_eq!(
        key.public_key(),
        &PublicKey::from_spki_pem(RFC_P256_SPKI).unwrap()
    );
    assert_eq!(
        key.public_key().canonical_jwk(),
        r#"{"crv":"P-256","kty":"EC","x":"qIVYZVLCrPZHGHjP17CTW0_-D9Lfw0EkjqF7xB4FivA","y":"Mc4nN9LTDOBhfoUeg8Ye9WedFRhnZXZJA12Qp0zZ6F0"}"#
    );
}

/// Without `software-p256`: no software P-256 key can be made or read (a typed error, not a
/// panic), while P-256 public keys still parse (hardware keys register them) and never
/// verify here.
#[cfg(not(feature = "software-p256"))]
#[test]
fn without_software_p256_p256_private_keys_are_refused_by_name() {
    let disabled = KeyError::FeatureDisabled {
        feature: "software-p256",
    };
    assert_eq!(SigningKey::generate(&ECDSA_P256_SHA256).unwrap_err(), disabled);
    assert_eq!(
        SigningKey::from_p256_scalar(&hex(RFC_P256_SCALAR), &hex(RFC_P256_POINT)).unwrap_err(),
        disabled
    );
    let der = [
        P256_PKCS8_PREFIX,
        &hex(RFC_P256_SCALAR),
        P256_PKCS8_MIDDLE,
        &hex(RFC_P256_POINT),
    ]
    .concat();
    let pem = encode_pem(PRIVATE_KEY_LABEL, der);
    assert_eq!(SigningKey::from_pkcs8_pem(&pem).unwrap_err(), disabled);
    assert!(disabled.to_string().contains("software-p256"));
    // Not P-256 at all stays "unsupported".
    assert_eq!(
        SigningKey::from_pkcs8_der(&[0x30, 0x00]).unwrap_err(),
        KeyError::Unsupported
    );

    let public = PublicKey::from_spki_pem(RFC_P256_SPKI).unwrap();
    assert_eq!(public.algorithm(), &ECDSA_P256_SHA256);
    assert_eq!(public.raw(), hex(RFC_P256_POINT).as_slice());
    assert!(!public.verify(b"m", &[0; 64]));
    assert!(!ECDSA_P256_SHA256.is_built_in());
}

// RFC 8037 Appendix A.3: thumbprint of the Ed25519 example key.
#[test]
fn rfc8037_thumbprint() {
    let x = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")
        .unwrap();
    let key = PublicKey::from_raw(&ED25519, &x).unwrap();
    assert_eq!(key.key_id(), "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
}

#[test]
fn bad_input_is_refused_and_debug_hides_secrets() {
    assert_eq!(
        SigningKey::from_pkcs8_pem("nope").unwrap_err(),
        KeyError::Pem {
            expected: "PRIVATE KEY"
        }
    );
    let key = SigningKey::generate(&ED25519).unwrap();
    assert!(PublicKey::from_spki_pem(&key.to_pkcs8_pem()).is_err());
    assert_eq!(PublicKey::from_raw(&ED25519, &[0; 31]), Err(KeyError::BadLength));
    assert_eq!(
        SigningKey::from_pkcs8_der(&[0x30, 0x00]).unwrap_err(),
        KeyError::Unsupported
    );
    let shown = format!("{key:?}");
    let b64 = base64::engine::general_purpose::STANDARD.encode(&key.pkcs8);
    assert!(shown.contains(key.key_id()) && !shown.contains(&b64[..20]));
}
