"""Schemathesis hooks: every generated /v1 request is signed like a TellSafe install signs it
(RFC 9421 tag `tsc`, Ed25519, Content-Digest via http-message-signatures), under a demo
account whose key is registered on first use; console requests carry the demo reviewer token.
"""

import base64
import datetime
import hashlib
import json
import os
import secrets

import requests
import schemathesis
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from http_message_signatures import HTTPMessageSigner, MappingKeyResolver, algorithms

BASE = os.environ["TELLSAFE_BACKEND_URL"].rstrip("/")
ACCOUNT_TOKEN = "Bearer schemathesis-token"
REVIEWER_TOKEN = "Bearer reviewer-token"
KEY = Ed25519PrivateKey.generate()
RAW = KEY.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# RFC 7638 thumbprint of the OKP JWK: the key id is derived, never chosen.
KEY_ID = b64url(hashlib.sha256(json.dumps({"crv": "Ed25519", "kty": "OKP", "x": b64url(RAW)}, separators=(",", ":"), sort_keys=True).encode()).digest())
SIGNER = HTTPMessageSigner(
    signature_algorithm=algorithms.ED25519,
    key_resolver=MappingKeyResolver(public_keys={}, private_keys={KEY_ID: KEY}),
)


def sign(prepared):
    """Signs a prepared request in place (the body is final by now), as core's profiles ask:
    created, expires, nonce and alg; a request with a body covers its digest and type."""
    prepared.headers["Authorization"] = ACCOUNT_TOKEN
    covered = ["@method", "@target-uri", "authorization"]
    body = prepared.body
    if isinstance(body, str):
        body = body.encode()
    has_body = prepared.method in ("POST", "PUT", "PATCH") or bool(body)
    if has_body:
        body = body or b""
        prepared.headers.setdefault("Content-Type", "application/json")
        covered += ["content-type"]
        if "Idempotency-Key" in prepared.headers:
            covered += ["idempotency-key"]
    now = datetime.datetime.now(datetime.timezone.utc)
    SIGNER.sign(
        prepared,
        key_id=KEY_ID,
        created=now,
        expires=now + datetime.timedelta(minutes=5),
        nonce=secrets.token_urlsafe(16),
        tag="tsc",
        label="tsc",
        covered_component_ids=tuple(covered),
        **({"body": body} if has_body else {}),
    )
    return prepared


class Reviewer(requests.auth.AuthBase):
    def __call__(self, prepared):
        prepared.headers["Authorization"] = REVIEWER_TOKEN
        return prepared


class Install(requests.auth.AuthBase):
    def __call__(self, prepared):
        return sign(prepared)


_registered = False
# A stored report and its case, so status, appeal, info, delete and the console cases are
# exercised on data that exists (not only on 404s).
REPORT_ID = None
CASE_ID = 1
_calls = 0


def register():
    global _registered, REPORT_ID
    if _registered:
        return
    body = json.dumps({"key_id": KEY_ID, "alg": "ed25519", "public_key": base64.b64encode(RAW).decode()}).encode()
    req = requests.Request("POST", f"{BASE}/v1/keys", data=body, headers={"Content-Type": "application/json"}).prepare()
    resp = requests.Session().send(sign(req))
    assert resp.status_code in (200, 201), resp.text
    # UUIDv7 from the current time (the schema asks for version 7).
    ms = int(datetime.datetime.now(datetime.timezone.utc).timestamp() * 1000)
    raw = bytearray(ms.to_bytes(6, "big") + secrets.token_bytes(10))
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    REPORT_ID = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    report = {
        "id": REPORT_ID, "schema_version": 1, "created_at": "2026-01-01T00:00:00.000Z", "locale": "en-GB",
        "country": "GB", "age_band": "13-15", "age_signal_source": "declared", "role": "self", "category": "bullying",
        "subjects": [{"kind": "user", "id": "u_1"}], "answers": {"when": ["today"]}, "free_text": "schemathesis",
        "evidence": [{"id": "m_1"}],
        "flags": {"in_danger_now": False, "depicted_minor_is_reporter": False, "coerced": False, "blocked_already": False},
        "desired_outcome": "stop_contact", "client": {"sdk_version": "0.1.0", "platform": "android", "app_version": "1.0"},
    }
    req = requests.Request("POST", f"{BASE}/v1/reports", data=json.dumps(report).encode(),
                           headers={"Content-Type": "application/json", "Idempotency-Key": f'"{REPORT_ID}"'}).prepare()
    resp = requests.Session().send(sign(req))
    assert resp.status_code == 201, resp.text
    _registered = True


@schemathesis.hook
def before_call(ctx, case, kwargs):
    global _calls
    register()
    _calls += 1
    params = case.path_parameters or {}
    # Every other request names the stored report / case instead of a generated one.
    if _calls % 2 == 0:
        if "id" in params and isinstance(params["id"], str) and len(params["id"]) == 36:
            params["id"] = REPORT_ID
        if "case_id" in params and isinstance(params["case_id"], int):
            params["case_id"] = CASE_ID
    path = case.operation.path
    if path.startswith("/v1/console"):
        kwargs["auth"] = Reviewer()
    elif path.startswith("/v1/") and path != "/v1/backend-key":
        kwargs["auth"] = Install()
