//! Table-driven negative suite: every case breaks exactly one thing in a correctly signed
//! message and asserts its own error code; its twin (the same set-up without the break)
//! verifies. Every case runs with both algorithms.

use super::*;
use crate::Timestamp;
use crate::sign::http::{Request, Response};

const T0: i64 = 1_800_000_000;

struct Env {
    client: SigningKey,
    backend: SigningKey,
    request: Request,
    response: Option<Response>,
    keys: StaticKeys,
    nonce_capacity: usize,
    now: i64,
    expect: Expectation,
    verify_twice: bool,
}

fn env(alg: &'static Algorithm, response: bool) -> Env {
    let client = SigningKey::generate(alg).unwrap();
    let backend = SigningKey::generate(alg).unwrap();
    let mut request = Request::new("POST", "https://api.example.test/v1/reports").unwrap();
    request.headers.append("Content-Type", "application/json");
    request.headers.append("Authorization", "Bearer token-1");
    request.headers.append(
        "Idempotency-Key",
        idempotency_key_value("0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b").unwrap(),
    );
    request.body = br#"{"id":"0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b","category":"bullying"}"#.to_vec();
    let now = Timestamp::from_unix_millis(T0 * 1000).unwrap();
    let opts = SignOptions::new(now, "nonce-1");
    pollster::block_on(sign_request(&mut request, Profile::ClientRequest, &client, &opts)).unwrap();
    let response = response.then(|| {
        let mut resp = Response::new(201);
        resp.headers.append("Content-Type", "application/json");
        resp.body = br#"{"status":"received"}"#.to_vec();
        pollster::block_on(sign_response(
            &mut resp,
            &request,
            &backend,
            &SignOptions::new(now, "nonce-b"),
        ))
        .unwrap();
        resp
    });
    let keys = StaticKeys::new([client.public_key().clone(), backend.public_key().clone()]);
    Env {
        client,
        backend,
        request,
        response,
        keys,
        nonce_capacity: 16,
        now: T0 + 5,
        expect: Expectation::Profile(Profile::ClientRequest),
        verify_twice: false,
    }
}

fn run(env: &Env) -> Result<Verified, VerifyError> {
    let verifier = Verifier::new(env.keys.clone(), MemoryNonceStore::new(env.nonce_capacity));
    let now = Timestamp::from_unix_millis(env.now * 1000).unwrap();
    let once = || match &env.response {
        Some(resp) => pollster::block_on(verifier.verify_response(resp, &env.request, now)),
        None => pollster::block_on(verifier.verify_request(&env.request, env.expect, now)),
    };
    if env.verify_twice {
        once().expect("first use of the nonce verifies");
    }
    once()
}

fn headers_mut(env: &mut Env) -> &mut http::Headers {
    match &mut env.response {
        Some(resp) => &mut resp.headers,
        None => &mut env.request.headers,
    }
}

/// Re-signs the message (with the right key) after editing its components and parameters, so
/// that the only defect is the edit.
fn resign(env: &mut Env, edit: impl FnOnce(&mut Vec<Component>, &mut SignatureParams)) {
    let current = parse_signatures(headers_mut(env)).unwrap().remove(0);
    let mut components = current.input.components.clone();
    let mut params = current.input.params.clone();
    edit(&mut components, &mut params);
    let input = SignatureInput::new(components, params).unwrap();
    let (message, key) = match &env.response {
        Some(resp) => (
            Message::Response {
                response: resp,
                request: Some(&env.request),
            },
            &env.backend,
        ),
        None => (Message::Request(&env.request), &env.client),
    };
    let base = signature_base(&message, &input).unwrap();
    let sig = key.sign_bytes(base.as_bytes()).unwrap();
    attach(headers_mut(env), "sig", &input, &sig).unwrap();
}

fn set_signature_bytes(env: &mut Env, edit: impl FnOnce(&mut Vec<u8>)) {
    let current = parse_signatures(headers_mut(env)).unwrap().remove(0);
    let mut sig = current.signature.clone();
    edit(&mut sig);
    attach(headers_mut(env), &current.label, &current.input, &sig).unwrap();
}

fn drop_component(name: &'static str) -> impl FnOnce(&mut Vec<Component>, &mut SignatureParams) {
    move |c, _| c.retain(|c| c.name_str() != name)
}

fn other_alg(env: &Env) -> &'static str {
    if env.client.algorithm() == &ED25519 {
        "ecdsa-p256-sha256"
    } else {
        "ed25519"
    }
}

type Tamper = fn(&mut Env);

struct Case {
    name: &'static str,
    response: bool,
    tamper: Tamper,
    code: &'static str,
}

const fn req(name: &'static str, tamper: Tamper, code: &'static str) -> Case {
    Case {
        name,
        response: false,
        tamper,
        code,
    }
}

const fn resp(name: &'static str, tamper: Tamper, code: &'static str) -> Case {
    Case {
        name,
        response: true,
        tamper,
        code,
    }
}

const CASES: &[Case] = &[
    req("body changed", |e| e.request.body.push(b' '), "digest_mismatch"),
    req(
        "content-digest replaced",
        |e| {
            e.request
                .headers
                .set("content-digest", content_digest(b"x", DigestAlgorithm::Sha256))
        },
        "signature_invalid",
    ),
    req(
        "method changed",
        |e| e.request.method = "PUT".into(),
        "signature_invalid",
    ),
    req(
        "target uri changed",
        |e| e.request.target_uri = "https://api.example.test/v1/appeals".into(),
        "signature_invalid",
    ),
    req(
        "authorization changed",
        |e| e.request.headers.set("authorization", "Bearer token-2"),
        "signature_invalid",
    ),
    req(
        "idempotency key changed",
        |e| e.request.headers.set("idempotency-key", "\"other\""),
        "signature_invalid",
    ),
    req(
        "content-type changed",
        |e| e.request.headers.set("content-type", "text/plain"),
        "signature_invalid",
    ),
    req(
        "content-type removed",
        |e| e.request.headers.remove("content-type"),
        "component_missing",
    ),
    req(
        "authorization removed",
        |e| e.request.headers.remove("authorization"),
        "component_missing",
    ),
    req(
        "authorization not covered",
        |e| resign(e, drop_component("authorization")),
        "component_not_covered",
    ),
    req(
        "idempotency key not covered",
        |e| resign(e, drop_component("idempotency-key")),
        "component_not_covered",
    ),
    req(
        "content-digest not covered",
        |e| resign(e, drop_component("content-digest")),
        "component_not_covered",
    ),
    req(
        "target uri not covered",
        |e| resign(e, drop_component("@target-uri")),
        "component_not_covered",
    ),
    req("key unknown", |e| e.keys = StaticKeys::new([]), "key_unknown"),
    req(
        "key revoked",
        |e| {
            let id = e.client.key_id().to_string();
            e.keys.revoke(&id)
        },
        "key_revoked",
    ),
    req(
        "alg names the other algorithm",
        |e| {
            let other = other_alg(e);
            resign(e, |_, p| p.alg = Some(other.into()))
        },
        "alg_mismatch",
    ),
    req(
        "alg unsupported",
        |e| resign(e, |_, p| p.alg = Some("hmac-sha256".into())),
        "alg_unsupported",
    ),
    req(
        "signature bit flipped",
        |e| set_signature_bytes(e, |s| s[10] ^= 1),
        "signature_invalid",
    ),
    req(
        "signature truncated",
        |e| {
            set_signature_bytes(e, |s| {
                s.pop();
            })
        },
        "signature_length",
    ),
    req(
        "signature extended",
        |e| set_signature_bytes(e, |s| s.push(0)),
        "signature_length",
    ),
    req(
        "signature in DER length",
        |e| set_signature_bytes(e, |s| s.resize(72, 0)),
        "signature_length",
    ),
    req(
        "signature empty",
        |e| set_signature_bytes(e, Vec::clear),
        "signature_length",
    ),
    req("created in the future", |e| e.now = T0 - 120, "created_in_future"),
    req(
        "expired",
        |e| e.now = T0 + DEFAULT_VALIDITY_SECS + DEFAULT_MAX_SKEW_SECS + 1,
        "expired",
    ),
    req(
        "too old",
        |e| {
            resign(e, |_, p| p.expires = Some(T0 + 100_000));
            e.now = T0 + DEFAULT_MAX_AGE_SECS + 1
        },
        "too_old",
    ),
    req("nonce replayed", |e| e.verify_twice = true, "replayed"),
    req("nonce store full", |e| e.nonce_capacity = 0, "nonce_store_failed"),
    req(
        "tag of the backend",
        |e| resign(e, |_, p| p.tag = Some(TAG_BACKEND.into())),
        "wrong_tag",
    ),
    req("tag missing", |e| resign(e, |_, p| p.tag = None), "wrong_tag"),
    req(
        "created missing",
        |e| resign(e, |_, p| p.created = None),
        "parameter_missing",
    ),
    req(
        "expires missing",
        |e| resign(e, |_, p| p.expires = None),
        "parameter_missing",
    ),
    req(
        "nonce missing",
        |e| resign(e, |_, p| p.nonce = None),
        "parameter_missing",
    ),
    req(
        "keyid missing",
        |e| resign(e, |_, p| p.keyid = None),
        "parameter_missing",
    ),
    req(
        "alg missing",
        |e| resign(e, |_, p| p.alg = None),
        "parameter_missing",
    ),
    req(
        "signature-input unparsable",
        |e| e.request.headers.set("signature-input", "sig=(\"@method\""),
        "malformed",
    ),
    req(
        "signature not a byte sequence",
        |e| e.request.headers.set("signature", "sig=\"abc\""),
        "malformed",
    ),
    req(
        "created not an integer",
        |e| {
            let v = e
                .request
                .headers
                .get("signature-input")
                .unwrap()
                .replacen("created=", "created=\"", 1)
                .replacen(";expires", "\";expires", 1);
            e.request.headers.set("signature-input", v)
        },
        "malformed",
    ),
    req(
        "component covered twice",
        |e| resign_raw(e, "\"@method\" \"@method\""),
        "malformed",
    ),
    req(
        "component with ;sf",
        |e| resign_raw(e, "\"@method\" \"content-type\";sf"),
        "component_unsupported",
    ),
    req(
        "signature header missing",
        |e| e.request.headers.remove("signature"),
        "signature_missing",
    ),
    req(
        "both signature headers missing",
        |e| {
            e.request.headers.remove("signature");
            e.request.headers.remove("signature-input")
        },
        "signature_missing",
    ),
    req(
        "signature under another label",
        |e| {
            let v = e
                .request
                .headers
                .get("signature")
                .unwrap()
                .replacen("sig=", "other=", 1);
            e.request.headers.set("signature", v)
        },
        "signature_missing",
    ),
    req(
        "oversize headers",
        |e| {
            e.request
                .headers
                .append("x-padding", "a".repeat(MAX_HEADER_BYTES))
        },
        "too_large",
    ),
    req(
        "oversize signature-input",
        |e| {
            e.request.headers.append(
                "signature-input",
                format!("pad=(\"{}\")", "a".repeat(MAX_SIGNATURE_FIELD_BYTES)),
            )
        },
        "too_large",
    ),
    req(
        "too many components",
        |e| {
            for i in 0..=MAX_COVERED_COMPONENTS {
                e.request.headers.append(format!("x-{i}"), "v");
            }
            resign(e, |c, _| {
                c.extend((0..=MAX_COVERED_COMPONENTS).map(|i| Component::field(&format!("x-{i}"))))
            })
        },
        "too_large",
    ),
    req(
        "digest algorithm unsupported",
        |e| {
            e.request.headers.set("content-digest", "md5=:AAAA:");
            resign(e, |_, _| {})
        },
        "digest_unsupported",
    ),
    req(
        "digest not a dictionary",
        |e| {
            e.request.headers.set("content-digest", "sha-256=abc");
            resign(e, |_, _| {})
        },
        "malformed",
    ),
    req(
        "idempotency key a bare token",
        |e| {
            e.request.headers.set("idempotency-key", "abc");
            resign(e, |_, _| {})
        },
        "malformed",
    ),
    req(
        "generic: body not covered",
        |e| {
            e.expect = Expectation::Any;
            resign(e, drop_component("content-digest"))
        },
        "digest_missing",
    ),
    req(
        "generic: keyid missing",
        |e| {
            e.expect = Expectation::Any;
            resign(e, |_, p| p.keyid = None)
        },
        "parameter_missing",
    ),
    req(
        "response profile for a request",
        |e| e.expect = Expectation::Profile(Profile::BackendResponse),
        "wrong_tag",
    ),
    resp(
        "response status changed",
        |e| e.response.as_mut().unwrap().status = 200,
        "signature_invalid",
    ),
    resp(
        "response for another request",
        |e| e.request.method = "DELETE".into(),
        "signature_invalid",
    ),
    resp(
        "response for another uri",
        |e| e.request.target_uri = "https://api.example.test/v1/keys".into(),
        "signature_invalid",
    ),
    resp(
        "response body changed",
        |e| e.response.as_mut().unwrap().body.push(b' '),
        "digest_mismatch",
    ),
    resp(
        "response with the client tag",
        |e| resign(e, |_, p| p.tag = Some(TAG_CLIENT.into())),
        "wrong_tag",
    ),
    resp(
        "response without @method;req",
        |e| resign(e, |c, _| c.retain(|c| !c.req || c.name_str() != "@method")),
        "component_not_covered",
    ),
    resp(
        "response without @status",
        |e| resign(e, drop_component("@status")),
        "component_not_covered",
    ),
    resp(
        "response signed by an unknown key",
        |e| e.keys = StaticKeys::new([e.client.public_key().clone()]),
        "key_unknown",
    ),
    resp("response replayed", |e| e.verify_twice = true, "replayed"),
];

/// Replaces the covered component list (keeping the parameters) and re-signs raw text, for
/// inputs `SignatureInput::new` refuses to build.
fn resign_raw(env: &mut Env, components: &str) {
    let current = parse_signatures(&env.request.headers).unwrap().remove(0);
    let serialized = current.input.serialized();
    let params = &serialized[serialized.find(')').unwrap() + 1..];
    env.request
        .headers
        .set("signature-input", format!("sig=({components}){params}"));
}

#[test]
fn negative_suite_has_enough_distinct_cases() {
    assert!(CASES.len() >= 40, "{} cases", CASES.len());
    let mut names: Vec<_> = CASES.iter().map(|c| c.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), CASES.len(), "case names are unique");
}

#[test]
fn every_case_fails_with_its_own_code_and_its_twin_verifies() {
    // Both algorithms where this build verifies both (P-256 needs `software-p256`).
    for alg in [&ED25519, &ECDSA_P256_SHA256]
        .into_iter()
        .filter(|alg| alg.is_built_in())
    {
        for case in CASES {
            let twin = env(alg, case.response);
            let verified =
                run(&twin).unwrap_or_else(|e| panic!("{alg} twin of '{}' failed: {e:?}", case.name));
            assert_eq!(
                verified.key_id,
                if case.response {
                    twin.backend.key_id()
                } else {
                    twin.client.key_id()
                }
            );
            let mut broken = env(alg, case.response);
            (case.tamper)(&mut broken);
            match run(&broken) {
                Ok(_) => panic!(
                    "{alg} '{}' verified but should fail with {}",
                    case.name, case.code
                ),
                Err(e) => assert_eq!(e.code(), case.code, "{alg} '{}': {e:?}", case.name),
            }
        }
    }
}

#[test]
fn time_errors_carry_the_verifiers_time_and_map_to_clock_skew() {
    let mut e = env(&ED25519, false);
    e.now = T0 - 120;
    let err = run(&e).unwrap_err();
    assert_eq!(
        err,
        VerifyError::CreatedInFuture {
            server_time: T0 - 120
        }
    );
    let body = err.error_body(Timestamp::from_unix_millis(0).unwrap());
    assert_eq!(
        body,
        ErrorBody {
            code: ErrorCode::ClockSkew,
            server_time: T0 - 120
        }
    );
    assert_eq!(body.code.http_status(), 400);
}

#[test]
fn error_codes_are_distinct_and_map_to_the_design_table() {
    let samples = [
        VerifyError::TooLarge { field: "headers" },
        VerifyError::Malformed { field: "signature" },
        VerifyError::SignatureMissing,
        VerifyError::UnsupportedComponent {
            component: String::new(),
        },
        VerifyError::WrongTag,
        VerifyError::MissingParameter { name: "nonce" },
        VerifyError::CreatedInFuture { server_time: 0 },
        VerifyError::Expired { server_time: 0 },
        VerifyError::TooOld { server_time: 0 },
        VerifyError::NotCovered {
            component: String::new(),
        },
        VerifyError::MissingComponent {
            component: String::new(),
        },
        VerifyError::KeyUnknown,
        VerifyError::KeyRevoked,
        VerifyError::UnsupportedAlgorithm,
        VerifyError::AlgorithmMismatch,
        VerifyError::SignatureLength {
            expected: 64,
            actual: 0,
        },
        VerifyError::BadSignature,
        VerifyError::DigestMissing,
        VerifyError::DigestUnsupported,
        VerifyError::DigestMismatch,
        VerifyError::Replayed,
        VerifyError::KeyStore(StoreError {
            reason: String::new(),
        }),
        VerifyError::NonceStore(StoreError {
            reason: String::new(),
        }),
    ];
    let mut codes: Vec<_> = samples.iter().map(VerifyError::code).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), samples.len());
    assert_eq!(VerifyError::KeyRevoked.wire_code(), ErrorCode::KeyRevoked);
    assert_eq!(VerifyError::DigestMismatch.wire_code(), ErrorCode::DigestMismatch);
    assert_eq!(
        VerifyError::TooLarge { field: "headers" }
            .wire_code()
            .http_status(),
        413
    );
    assert_eq!(VerifyError::BadSignature.wire_code(), ErrorCode::SignatureInvalid);
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Any body, path and header value signs, survives HTTP/1.1 text, and verifies; any
        /// change to the body is then a digest mismatch.
        #[test]
        fn sign_print_parse_verify_round_trips(
            body in proptest::collection::vec(any::<u8>(), 1..512),
            path in "/[a-z0-9/_-]{0,24}",
            query in proptest::option::of("[a-z0-9=&]{1,12}"),
            auth in "[A-Za-z0-9 ._~+/=-]{1,40}",
            flip in any::<prop::sample::Index>(),
            ed in any::<bool>(),
        ) {
            let alg = if ed || !ECDSA_P256_SHA256.is_built_in() { &ED25519 } else { &ECDSA_P256_SHA256 };
            let key = SigningKey::generate(alg).unwrap();
            let uri = match &query { Some(q) => format!("https://api.example.test{path}?{q}"), None => format!("https://api.example.test{path}") };
            let mut req = Request::new("POST", uri).unwrap();
            req.headers.append("Content-Type", "application/octet-stream");
            req.headers.append("Authorization", auth.trim().to_string());
            req.body = body;
            let now = Timestamp::from_unix_millis(T0 * 1000).unwrap();
            pollster::block_on(sign_request(&mut req, Profile::ClientRequest, &key, &SignOptions::new(now, "n"))).unwrap();
            let parsed = Request::parse_http1(&req.to_http1().unwrap(), "https").unwrap();
            let verifier = Verifier::new(StaticKeys::new([key.public_key().clone()]), MemoryNonceStore::default());
            let expect = Expectation::Profile(Profile::ClientRequest);
            let later = Timestamp::from_unix_millis((T0 + 1) * 1000).unwrap();
            prop_assert!(pollster::block_on(verifier.verify_request(&parsed, expect, later)).is_ok());
            let mut tampered = parsed.clone();
            let i = flip.index(tampered.body.len());
            tampered.body[i] ^= 0x01;
            let err = pollster::block_on(verifier.verify_request(&tampered, expect, later)).unwrap_err();
            prop_assert_eq!(err, VerifyError::DigestMismatch);
        }
    }
}
