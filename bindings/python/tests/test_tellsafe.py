"""The tellsafe wheel as a trust-and-safety script uses it, and the shared signing vectors."""

import asyncio
import json
import os
import pathlib
import time

import pytest

import tellsafe as ts

VECTORS = json.loads(
    pathlib.Path(os.environ.get("TELLSAFE_VECTORS", pathlib.Path(__file__).parents[3] / "tests/vectors/signing.json")).read_text()
)
REPORT_ID = "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b"


def headers(pairs):
    return [ts.HttpHeader(name=n, value=v) for n, v in pairs]


def request(r, hs=None):
    return ts.HttpRequest(method=r["method"], target_uri=r["target_uri"], headers=hs or headers(r["headers"]), body=r["body"].encode())


def response(r, hs=None):
    return ts.HttpResponse(status=r["status"], headers=hs or headers(r["headers"]), body=r["body"].encode())


def options(o):
    return ts.SignOptions(created=o["created"], expires=o["expires"], nonce=o["nonce"], label=o["label"])


def profile(code):
    return ts.Profile[code.upper()]


def cases(key):
    return [c for c in VECTORS["cases"] if c["key"] == key]


def test_ed25519_vectors_are_reproduced_byte_for_byte():
    key = ts.SigningKey.from_pkcs8_pem(VECTORS["keys"]["ed25519"]["private_pkcs8_pem"])
    for case in cases("ed25519"):
        exp = case["expected"]
        req = request(case["request"])
        if case["profile"] == "backend_response":
            got = key.sign_response(response(case["response"]), req, options(case["options"])).headers
        else:
            signed = key.sign_request(req, profile(case["profile"]), options(case["options"]))
            assert ts.request_signature_base(signed) == exp["signature_base"], case["name"]
            got = signed.headers
        assert got == headers(exp["headers"]), case["name"]


def test_p256_samples_verify_under_their_profile():
    pub = ts.PublicKey.from_spki_pem(VECTORS["keys"]["p256"]["public_spki_pem"])
    for case in cases("p256"):
        exp = case["expected"]
        with_sig = headers(exp["headers"]) + [ts.HttpHeader(name="Signature", value=exp["sample_signature"])]
        now = (case["options"]["created"] + 1) * 1000
        if case["profile"] == "backend_response":
            v = ts.verify_response(response(case["response"], with_sig), request(case["request"]), pub, now)
        else:
            req = request(case["request"], with_sig)
            assert ts.request_signature_base(req) == exp["signature_base"]
            v = ts.verify_request(req, profile(case["profile"]), [pub], now)
        assert v.key_id == pub.key_id()


def test_keys_digests_and_idempotency_keys_match_the_file():
    for name, k in VECTORS["keys"].items():
        pub = ts.PublicKey.from_spki_pem(k["public_spki_pem"])
        assert (pub.key_id(), pub.canonical_jwk()) == (k["key_id"], k["canonical_jwk"])
        assert ts.SigningKey.from_pkcs8_pem(k["private_pkcs8_pem"]).key_id() == k["key_id"]
    for d in VECTORS["content_digest"]:
        if d["algorithm"] == "sha-256":
            assert ts.content_digest(d["body"].encode()) == d["content_digest"]
    for i in VECTORS["idempotency_key"]:
        assert ts.idempotency_key_value(i["report_id"]) == i["field_value"]


def client_report_json(now_ms):
    builder = (
        ts.ReportBuilder(ts.new_report_id(now_ms), now_ms)
        .locale("sw").country("KE").age(ts.AgeBand.AGE10_TO12, ts.AgeSignalSource.DECLARED)
        .role(ts.ReporterRole.MYSELF).category(ts.Category.BULLYING)
        .subject(ts.SubjectKind.USER, "user-42").answer("what", ["mean-words"])
        .free_text("Wananitania kila siku").client(ts.Platform.ANDROID, "2.1.0")
    )
    return builder.build().to_json()


def signed_submission(key, body, now_ms):
    report_id = json.loads(body)["id"]
    req = ts.HttpRequest(
        method="POST", target_uri="https://api.example.test/v1/reports",
        headers=[ts.HttpHeader(name="Content-Type", value="application/json"),
                 ts.HttpHeader(name="Authorization", value="Bearer session"),
                 ts.HttpHeader(name="Idempotency-Key", value=ts.idempotency_key_value(report_id))],
        body=body.encode(),
    )
    return key.sign_request(req, ts.Profile.CLIENT_REQUEST, ts.sign_options(now_ms))


def test_a_script_verifies_a_signed_request_and_parses_the_report():
    now = int(time.time() * 1000)
    install_key = ts.SigningKey.generate(ts.SignatureAlgorithm.ECDSA_P256_SHA256)
    signed = signed_submission(install_key, client_report_json(now), now)

    intake = ts.IntakeVerifier([install_key.public_key()])
    verified = intake.verify_request(signed, ts.Profile.CLIENT_REQUEST, now)
    assert verified.key_id == install_key.key_id() and verified.tag == "tsc"

    report = ts.Report.from_json(bytes(signed.body).decode())
    assert report.id() == verified.idempotency_key
    assert (report.category(), report.age_band(), report.locale()) == (ts.Category.BULLYING, ts.AgeBand.AGE10_TO12, "sw")
    assert report.subjects() == [ts.Subject(kind=ts.SubjectKind.USER, id="user-42")]
    assert report.free_text() == "Wananitania kila siku"
    assert "Wananitania" not in repr(report)

    with pytest.raises(ts.TellSafeError.Verification) as replay:
        intake.verify_request(signed, ts.Profile.CLIENT_REQUEST, now)
    assert replay.value.code == "replayed"


def test_an_invalid_report_names_the_field_not_the_value():
    with pytest.raises(ts.TellSafeError.Validation) as err:
        ts.Report.from_json('{"id": "not-a-uuid-secret"}')
    assert "secret" not in str(err.value)


class FailingSigner(ts.Signer):
    def __init__(self, error):
        self.error = error

    def key_id(self):
        return "python-key"

    def algorithm(self):
        return ts.SignatureAlgorithm.ED25519

    async def sign(self, base):
        raise self.error


def sign_with(signer):
    req = ts.HttpRequest(method="GET", target_uri=f"https://api.example.test/v1/reports/{REPORT_ID}/status",
                         headers=[ts.HttpHeader(name="Authorization", value="Bearer t")], body=b"")
    return asyncio.run(ts.sign_request_with(signer, req, ts.Profile.CLIENT_STATUS_REQUEST, ts.sign_options(int(time.time() * 1000))))


def test_a_typed_error_from_a_python_signer_comes_back_typed():
    with pytest.raises(ts.TellSafeError.Signing) as err:
        sign_with(FailingSigner(ts.TellSafeError.Signing(code="hsm_offline")))
    assert err.value.code == "hsm_offline"


def test_an_unexpected_python_exception_is_a_callback_error():
    with pytest.raises(ts.TellSafeError) as err:
        sign_with(FailingSigner(RuntimeError("private detail")))
    assert err.value.code == "callback_failed"
    assert "private detail" not in str(err.value)


def test_status_is_derived_from_history_and_formatted():
    now = 1_800_000_000_000
    decision = ts.Decision(actions=[ts.Action.REMOVE], grounds=ts.DecisionGrounds.TERMS(clause="4.2"),
                           automated_detection=False, automated_decision=ts.AutomatedDecision.NOT_AUTOMATED,
                           holds=[], disclosure=ts.DisclosureLevel.FULL, decided_at=now)
    decision_json = ts.decision_to_json(decision)
    assert ts.decision_from_json(decision_json) == decision
    received = "2027-01-15T07:00:00Z"
    history = json.dumps({"received_at": received, "appeal_window": 180, "events": [
        {"event": "start_review", "at": received}, {"event": "decide", "decision": json.loads(decision_json)}]})
    status = ts.derive_child_status(history, ts.AgeBand.AGE10_TO12, ts.Category.BULLYING, None, None)
    assert status.kind == ts.ChildStatusKind.DECIDED and status.outcomes == [ts.ChildOutcome.REMOVED]
    text = ts.format_child_status(status, ["sw"], True, ts.AgeBand.AGE10_TO12, "Demo", now)
    assert text.locale == "sw" and text.title and len(text.outcomes) == 1
