//! The generator of `tests/vectors/signing.json`: byte-exact cases every binding reproduces.
//!
//! Regenerate with `cargo run -p tellsafe-cli -- vectors > tests/vectors/signing.json`.
//! Keys are the RFC 9421 Appendix B.1 test keys (public test material, never real secrets).
//! Ed25519 is deterministic, so its signatures are exact; ECDSA is randomized, so P-256 cases
//! carry one sample signature that must verify, and everything else exact.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

use super::component::Message;
use super::http::{Headers, Request, Response};
use super::keys::SigningKey;
use super::params::parse_signatures;
use super::profile::{AUTHORIZATION, IDEMPOTENCY_KEY, Profile, idempotency_key_value};
use super::signer::{SignError, SignOptions, sign_request, sign_response};
use super::{base::signature_base, digest::DigestAlgorithm, digest::content_digest};

/// `created` of every vector (2027-01-15T08:00:00Z): fixed so the file is reproducible.
pub const VECTOR_CREATED: i64 = 1_800_000_000;
/// The documented command that writes the file.
pub const GENERATE_COMMAND: &str = "cargo run -p tellsafe-cli -- vectors > tests/vectors/signing.json";

/// RFC 9421 B.1.4 `test-key-ed25519`, PKCS#8 v1 PEM as printed in the RFC.
pub const RFC_ED25519_PKCS8_PEM: &str = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n-----END PRIVATE KEY-----\n";
/// RFC 9421 B.1.3 `test-key-ecc-p256` private scalar (JWK `d`), base64url.
const RFC_P256_D: &str = "UpuF81l-kOxbjf7T4mNSv0r5tN67Gim7rnf6EFpcYDs";
/// RFC 9421 B.1.3 public point (`04 || x || y`), from JWK `x` and `y`.
const RFC_P256_X: &str = "qIVYZVLCrPZHGHjP17CTW0_-D9Lfw0EkjqF7xB4FivA";
const RFC_P256_Y: &str = "Mc4nN9LTDOBhfoUeg8Ye9WedFRhnZXZJA12Qp0zZ6F0";

/// The two test keys: (`ed25519`, `p256`).
pub fn test_keys() -> Result<(SigningKey, SigningKey), SignError> {
    let bad = |_| SignError::Random;
    let ed = SigningKey::from_pkcs8_pem(RFC_ED25519_PKCS8_PEM).map_err(bad)?;
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let d = b64.decode(RFC_P256_D).map_err(|_| SignError::Random)?;
    let mut point = vec![0x04];
    point.extend(b64.decode(RFC_P256_X).map_err(|_| SignError::Random)?);
    point.extend(b64.decode(RFC_P256_Y).map_err(|_| SignError::Random)?);
    let p256 = SigningKey::from_p256_scalar(&d, &point).map_err(bad)?;
    Ok((ed, p256))
}

/// Polls a future that completes without waiting (software signing does).
fn now_or_never<F: Future>(future: F) -> Option<F::Output> {
    let mut cx = Context::from_waker(Waker::noop());
    match pin!(future).poll(&mut cx) {
        Poll::Ready(v) => Some(v),
        Poll::Pending => None,
    }
}

fn headers_json(h: &Headers) -> Value {
    Value::Array(h.iter().map(|(n, v)| json!([n, v])).collect())
}

fn report_request(profile: Profile) -> Result<Request, SignError> {
    let bad = |_| SignError::Random;
    let report_id = "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b";
    let (method, path, body): (&str, String, String) = match profile {
        Profile::ClientRequest => (
            "POST",
            "/v1/reports".into(),
            format!(r#"{{"id":"{report_id}","schema_version":1,"category":"bullying","age_band":"10-12"}}"#),
        ),
        Profile::ClientStatusRequest => ("GET", format!("/v1/reports/{report_id}/status"), String::new()),
        Profile::KeyRegistration => ("POST", "/v1/keys".into(), r#"{"alg":"ed25519"}"#.into()),
        Profile::Webhook => (
            "POST",
            "/hooks/tellsafe".into(),
            format!(r#"{{"event":"decided","report_id":"{report_id}"}}"#),
        ),
        Profile::PlatformTool | Profile::BackendResponse => (
            "POST",
            format!("/v1/reports/{report_id}/decisions"),
            r#"{"actions":["remove"],"grounds":"terms"}"#.into(),
        ),
    };
    let host = if profile == Profile::Webhook {
        "platform.example.test"
    } else {
        "api.example.test"
    };
    let mut req = Request::new(method, format!("https://{host}{path}")).map_err(|_| SignError::Random)?;
    if profile.covers_body() && profile != Profile::BackendResponse {
        req.headers.append("Content-Type", "application/json");
    }
    if profile != Profile::Webhook {
        req.headers.append("Authorization", "Bearer test-session-token");
    }
    if profile == Profile::ClientRequest {
        req.headers
            .append("Idempotency-Key", idempotency_key_value(report_id).map_err(bad)?);
    }
    req.body = body.into_bytes();
    Ok(req)
}

fn case(profile: Profile, key: &SigningKey, key_name: &str, nonce: &str) -> Result<Value, SignError> {
    let options = SignOptions {
        created: VECTOR_CREATED,
        expires: Some(VECTOR_CREATED + super::signer::DEFAULT_VALIDITY_SECS),
        nonce: Some(nonce.to_string()),
        label: super::signer::DEFAULT_LABEL.to_string(),
    };
    let options_json = json!({"created": options.created, "expires": options.expires, "nonce": options.nonce, "label": options.label});
    let pending = || SignError::Signer(super::signer::SignerError::KeyUnavailable);
    let mut request = report_request(profile)?;
    let unsigned_request = request.clone();
    let (unsigned_response, signed_headers, body, base) = if profile.is_response() {
        // The request a receipt answers (its own signature is irrelevant to the response's).
        let mut response = Response::new(201);
        response.headers.append("Content-Type", "application/json");
        response.body = br#"{"receipt":"0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b","status":"received"}"#.to_vec();
        let unsigned = response.clone();
        now_or_never(sign_response(&mut response, &request, key, &options)).ok_or_else(pending)??;
        let sig = parse_signatures(&response.headers)
            .map_err(SignError::Input)?
            .remove(0);
        let base = signature_base(
            &Message::Response {
                response: &response,
                request: Some(&request),
            },
            &sig.input,
        )?;
        (
            Some(unsigned),
            response.headers.clone(),
            response.body.clone(),
            base,
        )
    } else {
        now_or_never(sign_request(&mut request, profile, key, &options)).ok_or_else(pending)??;
        let sig = parse_signatures(&request.headers)
            .map_err(SignError::Input)?
            .remove(0);
        let base = signature_base(&Message::Request(&request), &sig.input)?;
        (None, request.headers.clone(), request.body.clone(), base)
    };
    let deterministic = key.algorithm().name() == "ed25519";
    let signature = signed_headers.get("signature").unwrap_or_default().to_string();
    Ok(json!({
        "name": format!("{}/{}", profile.code(), key_name),
        "profile": profile.code(),
        "tag": profile.tag(),
        "key": key_name,
        "options": options_json,
        "request": {
            "method": unsigned_request.method,
            "target_uri": unsigned_request.target_uri,
            "headers": headers_json(&unsigned_request.headers),
            "body": String::from_utf8_lossy(&unsigned_request.body),
        },
        "response": unsigned_response.map(|r| json!({
            "status": r.status,
            "headers": headers_json(&r.headers),
            "body": String::from_utf8_lossy(&r.body),
        })),
        "expected": {
            "content_digest": content_digest(&body, DigestAlgorithm::Sha256),
            "signature_base": base,
            "signature_input": signed_headers.get("signature-input"),
            "signature": if deterministic { Value::String(signature.clone()) } else { Value::Null },
            "sample_signature": if deterministic { Value::Null } else { Value::String(signature) },
            "headers": headers_json(&signed_headers),
        },
    }))
}

fn key_json(key: &SigningKey) -> Value {
    let public = key.public_key();
    json!({
        "alg": key.algorithm().name(),
        "private_pkcs8_pem": key.to_pkcs8_pem(),
        "public_spki_pem": public.to_spki_pem(),
        "public_raw_base64": STANDARD.encode(public.raw()),
        "canonical_jwk": public.canonical_jwk(),
        "key_id": public.key_id(),
    })
}

/// The whole vector file.
pub fn signing_vectors() -> Result<Value, SignError> {
    let (ed, p256) = test_keys()?;
    let mut cases = Vec::new();
    for (i, profile) in Profile::ALL.into_iter().enumerate() {
        cases.push(case(profile, &ed, "ed25519", &format!("vector-nonce-ed-{i}"))?);
        cases.push(case(profile, &p256, "p256", &format!("vector-nonce-p256-{i}"))?);
    }
    let digests: Vec<Value> = [
        ("", DigestAlgorithm::Sha256),
        ("{\"hello\": \"world\"}\n", DigestAlgorithm::Sha256),
        ("{\"hello\": \"world\"}", DigestAlgorithm::Sha512),
    ]
    .into_iter()
    .map(|(body, alg)| json!({"body": body, "algorithm": alg.key(), "content_digest": content_digest(body.as_bytes(), alg)}))
    .collect();
    let idempotency: Vec<Value> = ["0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b"]
        .into_iter()
        .map(|id| Ok(json!({"report_id": id, "field_value": idempotency_key_value(id).map_err(|_| SignError::Random)?})))
        .collect::<Result<_, SignError>>()?;
    Ok(json!({
        "description": "TellSafe RFC 9421 / RFC 9530 signing vectors. Keys are the RFC 9421 Appendix B.1 test keys. \
    ed25519 signatures are exact; p256 cases carry a sample signature that must verify against the expected base.",
        "generated_by": GENERATE_COMMAND,
        "parameter_order": ["created", "expires", "nonce", "alg", "keyid", "tag"],
        "covered_when_present": [AUTHORIZATION, IDEMPOTENCY_KEY],
        "keys": {"ed25519": key_json(&ed), "p256": key_json(&p256)},
        "content_digest": digests,
        "idempotency_key": idempotency,
        "cases": cases,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sign::PublicKey;

    const FILE: &str = include_str!("../../../tests/vectors/signing.json");

    fn strip_samples(v: &mut Value) {
        for case in v["cases"].as_array_mut().unwrap() {
            case["expected"]["sample_signature"] = Value::Null;
            let p256 = case["key"] == "p256";
            let headers = case["expected"]["headers"].as_array_mut().unwrap();
            headers.retain(|h| !(p256 && h[0].as_str().is_some_and(|n| n.eq_ignore_ascii_case("signature"))));
        }
    }

    #[test]
    fn file_matches_the_generator_except_random_ecdsa_signatures() {
        let mut file: Value = serde_json::from_str(FILE).unwrap();
        let mut fresh = signing_vectors().unwrap();
        assert_eq!(file["cases"].as_array().unwrap().len(), Profile::ALL.len() * 2);
        // The P-256 samples in the file verify over their expected base.
        let p256 =
            PublicKey::from_spki_pem(file["keys"]["p256"]["public_spki_pem"].as_str().unwrap()).unwrap();
        for case in file["cases"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["key"] == "p256")
        {
            let field = case["expected"]["sample_signature"].as_str().unwrap();
            let b64 = field.trim_start_matches("sig=:").trim_end_matches(':');
            let sig = STANDARD.decode(b64).unwrap();
            assert!(
                p256.verify(
                    case["expected"]["signature_base"].as_str().unwrap().as_bytes(),
                    &sig
                ),
                "{}",
                case["name"]
            );
        }
        strip_samples(&mut file);
        strip_samples(&mut fresh);
        let (file_cases, fresh_cases) = (file["cases"].take(), fresh["cases"].take());
        for (a, b) in file_cases
            .as_array()
            .unwrap()
            .iter()
            .zip(fresh_cases.as_array().unwrap())
        {
            for part in ["request", "response", "options", "expected"] {
                assert_eq!(
                    a[part], b[part],
                    "{} {part}; regenerate with: {GENERATE_COMMAND}",
                    a["name"]
                );
            }
        }
        assert_eq!(file, fresh, "regenerate with: {GENERATE_COMMAND}");
    }

    fn message(part: &Value, headers: &Value) -> (Headers, Vec<u8>) {
        let mut h = Headers::new();
        for pair in headers.as_array().unwrap() {
            h.append(pair[0].as_str().unwrap(), pair[1].as_str().unwrap());
        }
        (h, part["body"].as_str().unwrap().as_bytes().to_vec())
    }

    /// Every case in the file, rebuilt from its inputs and its expected headers, verifies under
    /// its profile with the published public key: the file is self-consistent for bindings.
    #[test]
    fn every_case_in_the_file_verifies_under_its_profile() {
        use crate::sign::{Expectation, MemoryNonceStore, StaticKeys, Verifier};
        let file: Value = serde_json::from_str(FILE).unwrap();
        let keys: Vec<PublicKey> = ["ed25519", "p256"]
            .iter()
            .map(|k| PublicKey::from_spki_pem(file["keys"][k]["public_spki_pem"].as_str().unwrap()).unwrap())
            .collect();
        let now = crate::Timestamp::from_unix_millis((VECTOR_CREATED + 1) * 1000).unwrap();
        for case in file["cases"].as_array().unwrap() {
            let profile = Profile::from_code(case["profile"].as_str().unwrap()).unwrap();
            let mut expected_headers = case["expected"]["headers"].clone();
            if case["key"] == "p256" {
                let sig = case["expected"]["sample_signature"].clone();
                expected_headers
                    .as_array_mut()
                    .unwrap()
                    .push(json!(["Signature", sig]));
            }
            let r = &case["request"];
            let mut request =
                Request::new(r["method"].as_str().unwrap(), r["target_uri"].as_str().unwrap()).unwrap();
            let verifier = Verifier::new(StaticKeys::new(keys.clone()), MemoryNonceStore::default());
            let result = if profile.is_response() {
                (request.headers, request.body) = message(r, &r["headers"]);
                let (headers, body) = message(&case["response"], &expected_headers);
                let status = u16::try_from(case["response"]["status"].as_u64().unwrap()).unwrap();
                let response = Response {
                    status,
                    headers,
                    body,
                };
                pollster::block_on(verifier.verify_response(&response, &request, now))
            } else {
                (request.headers, request.body) = message(r, &expected_headers);
                pollster::block_on(verifier.verify_request(&request, Expectation::Profile(profile), now))
            };
            let verified = result.unwrap_or_else(|e| panic!("{}: {e:?}", case["name"]));
            assert_eq!(verified.params.tag.as_deref(), Some(profile.tag()));
        }
    }

    #[test]
    fn every_profile_appears_with_its_tag_and_parameter_order() {
        let v = signing_vectors().unwrap();
        for case in v["cases"].as_array().unwrap() {
            let profile = Profile::from_code(case["profile"].as_str().unwrap()).unwrap();
            let input = case["expected"]["signature_input"].as_str().unwrap();
            let order: Vec<usize> = ["created=", "expires=", "nonce=", "alg=", "keyid=", "tag="]
                .iter()
                .map(|p| input.find(p).unwrap())
                .collect();
            assert!(order.windows(2).all(|w| w[0] < w[1]), "{input}");
            assert!(input.ends_with(&format!("tag=\"{}\"", profile.tag())));
            assert!(
                case["expected"]["signature_base"]
                    .as_str()
                    .unwrap()
                    .ends_with(&input["sig=".len()..])
            );
        }
    }
}
