#!/usr/bin/env python3
"""Regenerates the small seed corpora in fuzz/corpus/<target>/ from the repo's own vectors,
flows, packs and snapshots (run from anywhere; overwrites the seed files it writes)."""
import json
import pathlib
from urllib.parse import urlsplit

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
CORPUS = FUZZ / "corpus"


def put(target, name, data):
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


vectors = json.loads((ROOT / "tests/vectors/signing.json").read_text())["cases"]


def http1_request(req, headers):
    url = urlsplit(req["target_uri"])
    target = url.path + (("?" + url.query) if url.query else "")
    lines = [f"{req['method']} {target} HTTP/1.1", f"Host: {url.netloc}"]
    lines += [f"{n}: {v}" for n, v in headers]
    return "\r\n".join(lines) + "\r\n\r\n" + (req.get("body") or "")


def http1_response(resp, headers):
    lines = [f"HTTP/1.1 {resp['status']} X"] + [f"{n}: {v}" for n, v in headers]
    return "\r\n".join(lines) + "\r\n\r\n" + (resp.get("body") or "")


for case in vectors:
    name = case["name"].replace("/", "-")
    exp = case["expected"]
    if not name.endswith("ed25519"):
        continue
    put("signature_fields", name, exp["signature_input"].split(": ", 1)[-1] + "\n" + exp["signature"])
    if case["response"] is None:
        put("signature_base", name, http1_request(case["request"], exp["headers"]))
        if exp.get("content_digest"):
            put("content_digest", name, exp["content_digest"] + "\n" + (case["request"]["body"] or ""))
    else:
        req = http1_request(case["request"], case["request"]["headers"])
        put("signature_base", name, "RESPONSE\n" + http1_response(case["response"], exp["headers"]) + "\n=====\n" + req)

# RFC 9530 §B.2 (sha-512) and an empty body.
put("content_digest", "rfc9530-sha512",
    'sha-512=:YMAam51Jz/jOATT6/zvHrLVgOYTGFy1d6GJiOHTohq4yP+pgk4vf2aCsyRZOtw8MjkM7iw7yZ/WkppmM44T3qg==:\n{"hello": "world"}\n')
put("content_digest", "empty", "sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:\n")

report = {
    "id": "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b", "schema_version": 1,
    "created_at": "2026-01-01T00:00:00.000Z", "locale": "en-GB", "country": "GB",
    "age_band": "13-15", "age_signal_source": "declared", "role": "self", "category": "bullying",
    "subjects": [{"kind": "user", "id": "u_123"}], "answers": {"when": ["today"]},
    "free_text": "they keep posting about me", "evidence": [{"id": "m_1"}],
    "flags": {"in_danger_now": False, "depicted_minor_is_reporter": False, "coerced": False, "blocked_already": False},
    "desired_outcome": "stop_contact",
    "client": {"sdk_version": "0.1.0", "platform": "android", "app_version": "1.0"},
}
put("report_json", "full", json.dumps(report))
minimal = {k: v for k, v in report.items() if k not in ("free_text", "evidence", "answers")}
put("report_json", "minimal", json.dumps(minimal))
put("report_json", "unknown-category", json.dumps(dict(report, category="no_such", free_text="\u202eabc\u200b")))

put("flow_load", "shipped", (ROOT / "core/flows/report.json").read_bytes())

put("status_history", "sample", (ROOT / "core/src/status/snapshots/tellsafe__status__wire_tests__history.snap")
    .read_text().split("---\n", 2)[2])
put("status_history", "empty", '{"received_at":"2026-01-01T00:00:00.000Z","appeal_window":184,"events":[]}')

put("jurisdiction_pack", "gb", b"\x00" + (ROOT / "core/data/packs/gb.json").read_bytes())
put("jurisdiction_pack", "eu", b"\x01" + (ROOT / "core/data/packs/eu.json").read_bytes())

item = {
    "id": "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b", "account": "alice", "category": "bullying", "urgent": False,
    "request": {"method": "POST", "path": "/v1/reports", "content_type": "application/json", "body": "e30="},
    "created_at": "2026-01-01T00:00:00.000Z", "age_since": "2026-01-01T00:00:00.000Z", "failed_attempts": 0,
    "next_attempt_at": "2026-01-01T00:00:00.000Z", "state": {"state": "pending"}, "rev": 1,
}
put("outbox_record", "item", b"\x01" + json.dumps(item).encode())
put("outbox_record", "item-parked", b"\x01" + json.dumps(dict(item, state={"state": "parked", "reason": "rejected"}, rev=3)).encode())
put("outbox_record", "meta", b"\x02" + b'{"clock_offset_ms":-1500}')
put("outbox_record", "raw", b"\x00\x01\x01" + bytes(range(64)))
