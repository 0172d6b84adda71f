"""Interop: tellsafe (Rust, ring) against http-message-signatures (Python, cryptography).

Direction 1: `tellsafe sign` output verifies with the Python verifier (signature, tag, covered
components and Content-Digest); a tampered copy does not.
Direction 2: requests the Python signer makes verify with `tellsafe verify` (generic and
`--profile report`); tampered or wrongly keyed ones fail with the right code.
"""

import datetime
import json
import os
import secrets
import subprocess
import sys
import tempfile

import requests
from cryptography.hazmat.primitives import serialization
from http_message_signatures import HTTPMessageSigner, HTTPMessageVerifier, MappingKeyResolver, algorithms
from http_message_signatures.exceptions import HTTPMessageSignaturesException

TELLSAFE = os.environ["TELLSAFE"]
URL = "https://api.example.test/v1/reports"
ALGS = {"p256": algorithms.ECDSA_P256_SHA256, "ed25519": algorithms.ED25519}
BODY = json.dumps({"id": "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b", "category": "bullying"}).encode()

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'PASS' if ok else 'FAIL'} {name}{'' if ok else ': ' + detail}", flush=True)


def tellsafe(*args, stdin=b""):
    return subprocess.run([TELLSAFE, *args], input=stdin, capture_output=True, check=False)


def parse_http(text: bytes):
    head, _, body = text.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = [tuple(part.strip() for part in line.split(":", 1)) for line in lines[1:]]
    host = next(v for n, v in headers if n.lower() == "host")
    return method, f"https://{host}{target}", headers, body


def to_http(prepared) -> bytes:
    url = requests.utils.urlparse(prepared.url)
    target = url.path + (f"?{url.query}" if url.query else "")
    lines = [f"{prepared.method} {target} HTTP/1.1", f"Host: {url.netloc}"]
    lines += [f"{n}: {v}" for n, v in prepared.headers.items() if n.lower() != "host"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + (prepared.body or b"")


def prepared_request(method, url, headers, body):
    req = requests.Request(method, url, data=body)
    prepared = req.prepare()
    prepared.headers.clear()
    for name, value in headers:
        prepared.headers[name] = value
    return prepared


def python_sign(alg, key, key_id, body, tag="tsc", extra_headers=()):
    headers = [("Content-Type", "application/json"), ("Authorization", "Bearer py-token"), *extra_headers]
    prepared = prepared_request("POST", URL, headers, body)
    signer = HTTPMessageSigner(
        signature_algorithm=ALGS[alg],
        key_resolver=MappingKeyResolver(public_keys={}, private_keys={key_id: key}),
    )
    now = datetime.datetime.now(datetime.timezone.utc)
    signer.sign(
        prepared,
        key_id=key_id,
        created=now,
        expires=now + datetime.timedelta(minutes=5),
        nonce=secrets.token_urlsafe(16),
        tag=tag,
        label="py",
        covered_component_ids=("@method", "@target-uri", "content-type", "authorization", *(n.lower() for n, _ in extra_headers)),
        body=body,
    )
    return prepared


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for alg in ALGS:
            key_path, pub_path = os.path.join(tmp, f"{alg}.pem"), os.path.join(tmp, f"{alg}.pub.pem")
            out = tellsafe("keygen", "--alg", alg, "--out", key_path, "--public-out", pub_path)
            check(f"{alg}: keygen", out.returncode == 0, out.stderr.decode())
            key_id = tellsafe("key-id", "--public-key", pub_path).stdout.decode().strip()
            with open(key_path, "rb") as f:
                private = serialization.load_pem_private_key(f.read(), password=None)
            with open(pub_path, "rb") as f:
                public = serialization.load_pem_public_key(f.read())
            check(f"{alg}: python reads our PKCS#8 and SPKI PEM", private.public_key() == public)

            # Direction 1: tellsafe signs, Python verifies.
            signed = tellsafe("sign", "--key", key_path, "--url", URL, "--auth", "Bearer x", stdin=BODY)
            check(f"{alg}: tellsafe sign", signed.returncode == 0, signed.stderr.decode())
            method, url, headers, body = parse_http(signed.stdout)
            verifier = HTTPMessageVerifier(
                signature_algorithm=ALGS[alg],
                key_resolver=MappingKeyResolver(public_keys={key_id: public}, private_keys={}),
            )
            try:
                res = verifier.verify(
                    prepared_request(method, url, headers, body),
                    expect_tag="tsc",
                    body=body,
                    require_components=("@method", "@target-uri", "content-digest", "content-type", "authorization", "idempotency-key"),
                )
                check(f"{alg}: python verifies tellsafe's request", len(res) == 1 and res[0].body == body)
            except HTTPMessageSignaturesException as e:
                check(f"{alg}: python verifies tellsafe's request", False, repr(e))
            for what, tampered in [
                ("body", prepared_request(method, url, headers, body.replace(b"bullying", b"spam"))),
                ("method", prepared_request("PUT", url, headers, body)),
            ]:
                try:
                    verifier.verify(tampered, expect_tag="tsc", body=tampered.body)
                    check(f"{alg}: python rejects tampered {what}", False, "verified")
                except HTTPMessageSignaturesException:
                    check(f"{alg}: python rejects tampered {what}", True)

            # Direction 2: Python signs, tellsafe verifies.
            prepared = python_sign(alg, private, key_id, BODY)
            text = to_http(prepared)
            out = tellsafe("verify", "--public-key", pub_path, stdin=text)
            check(f"{alg}: tellsafe verifies python's request", out.stdout.strip() == b"valid" and out.returncode == 0, out.stdout.decode())
            idem = [("Idempotency-Key", '"0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b"')]
            prepared = python_sign(alg, private, key_id, BODY, extra_headers=idem)
            out = tellsafe("verify", "--public-key", pub_path, "--profile", "report", stdin=to_http(prepared))
            check(f"{alg}: tellsafe --profile report accepts python's report", out.stdout.strip() == b"valid", out.stdout.decode())
            prepared = python_sign(alg, private, key_id, BODY, tag="other")
            out = tellsafe("verify", "--public-key", pub_path, "--profile", "report", stdin=to_http(prepared))
            check(f"{alg}: tellsafe --profile report rejects another tag", out.stdout.strip() == b"wrong_tag" and out.returncode != 0, out.stdout.decode())
            out = tellsafe("verify", "--public-key", pub_path, stdin=text.replace(b"bullying", b"spam"))
            check(f"{alg}: tellsafe rejects python's request with a changed body", out.stdout.strip() == b"digest_mismatch" and out.returncode != 0, out.stdout.decode())
            out = tellsafe("verify", "--public-key", pub_path, stdin=text.replace(b"POST ", b"PUT ", 1))
            check(f"{alg}: tellsafe rejects python's request with a changed method", out.stdout.strip() == b"signature_invalid", out.stdout.decode())
            other = os.path.join(tmp, f"{alg}.other.pub.pem")
            tellsafe("keygen", "--alg", alg, "--out", os.path.join(tmp, "o.pem"), "--public-out", other)
            out = tellsafe("verify", "--public-key", other, stdin=text)
            check(f"{alg}: tellsafe rejects python's request under another key", out.stdout.strip() == b"key_unknown", out.stdout.decode())

    passed = sum(results)
    failed = len(results) - passed
    print(f"interop: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
