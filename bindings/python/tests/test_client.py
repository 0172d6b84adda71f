"""The wizard and the client against the real reference backend (started by scripts/bindings,
which passes TELLSAFE_BACKEND_URL and TELLSAFE_BACKEND_KEY="<alg> <base64 raw key>")."""

import asyncio
import base64
import json
import os
import time
import urllib.request

import pytest

import tellsafe as ts

BACKEND = os.environ.get("TELLSAFE_BACKEND_URL")
needs_backend = pytest.mark.skipif(not BACKEND, reason="TELLSAFE_BACKEND_URL not set (run scripts/bindings python)")
REVIEWER = "Bearer reviewer-token"
# The walk must reach the done step well within this many screens (the flow has about a dozen).
MAX_STEPS = 40


def start(band=ts.AgeBand.AGE10_TO12, locale="sw", country="KE"):
    return ts.WizardSession.start(ts.WizardStart(
        age_band=band, age_source=ts.AgeSignalSource.DECLARED, role=ts.ReporterRole.MYSELF,
        locale=locale, country=country, app_name="Demo", allow_draft_locales=True, category=None,
        today=int(time.time() * 1000)))


def answer_for(view):
    """A plausible child's answer: the first option, a short text, or continue."""
    if view.kind in ("choose_one", "yes_no"):
        return ts.WizardAnswer.CHOOSE(option=view.options[0].id)
    if view.kind == "choose_many":
        return ts.WizardAnswer.CHOOSE_MANY(options=[view.options[0].id])
    if view.kind == "short_text":
        return ts.WizardAnswer.TEXT(text="Ananitumia ujumbe mbaya kila siku.")
    return ts.WizardAnswer.CONTINUE()


def walk(session):
    view = session.current()
    seen = [view.step_id]
    while view.kind != "done":
        assert len(seen) < MAX_STEPS, "the wizard did not finish"
        view = session.answer(answer_for(view))
        seen.append(view.step_id)
    return seen


def test_wizard_speaks_swahili_to_a_child_and_back_returns_the_same_step():
    sw, en = start(), start(locale="en")
    first, first_en = sw.current(), en.current()
    assert first.step_id == first_en.step_id
    assert first.title and first.title != first_en.title
    assert first.progress_step >= 1 and first.progress_of >= first.progress_step
    second = sw.answer(answer_for(first))
    assert second.step_id != first.step_id and second.can_go_back
    assert sw.back().step_id == first.step_id


def test_wizard_refuses_an_unknown_option_and_state_is_unchanged():
    s = start()
    view = s.current()
    while view.kind not in ("choose_one", "yes_no"):
        view = s.answer(answer_for(view))
    with pytest.raises(ts.TellSafeError.Validation):
        s.answer(ts.WizardAnswer.CHOOSE(option="no-such-option"))
    assert s.current().step_id == view.step_id


def test_quick_exit_closes_the_session():
    s = start()
    s.answer(answer_for(s.current()))
    s.quick_exit()
    assert s.is_exited()
    with pytest.raises(ts.TellSafeError.Validation) as e:
        s.current()
    assert e.value.code == "exited"


def test_to_report_before_done_is_refused_and_after_done_gives_a_child_report():
    s = start()
    now = int(time.time() * 1000)
    with pytest.raises(ts.TellSafeError.Validation):
        s.to_report(ts.new_report_id(now), now, ts.Platform.OTHER, "1.0", [])
    walk(s)
    rid = ts.new_report_id(now)
    result = s.to_report(rid, now, ts.Platform.OTHER, "1.0", [])
    assert result.report.id() == rid
    assert result.report.age_band() == ts.AgeBand.AGE10_TO12
    assert result.report.locale() == "sw"


class Login(ts.AuthHeaderProvider):
    def __init__(self, account, token):
        self.session = ts.AuthSession(account=account, authorization=f"Bearer {token}")

    async def current(self):
        return self.session

    async def refresh(self):
        return self.session


class Updates(ts.StatusListener):
    def __init__(self):
        self.keys = []

    def on_update(self, key):
        self.keys.append(key)


def pinned_key():
    alg, raw = os.environ["TELLSAFE_BACKEND_KEY"].split()
    algorithm = {"ed25519": ts.SignatureAlgorithm.ED25519, "ecdsa-p256-sha256": ts.SignatureAlgorithm.ECDSA_P256_SHA256}[alg]
    return ts.PublicKey.from_raw(algorithm, base64.b64decode(raw))


async def open_client(account="child", token="child-token", key=None, listener=None):
    return await ts.TellSafeClient.open(ts.ClientOptions(
        backend_url=BACKEND, backend_keys=[key or pinned_key()], platform=ts.Platform.OTHER,
        app_version="1.0", app_name="Demo", locale="sw", country="KE",
        age_band=ts.AgeBand.AGE10_TO12, age_source=ts.AgeSignalSource.DECLARED),
        Login(account, token), listener, None, None)


def console(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(BACKEND + path, data=data, method=method,
                                 headers={"authorization": REVIEWER, "content-type": "application/json"})
    with urllib.request.urlopen(req) as resp:
        text = resp.read()
    return json.loads(text) if text else None


def decide_removed(report_id):
    queue = console("GET", "/v1/console/queue")
    case = next(c["case_id"] for c in queue["cases"] if c["report_id"] == report_id)
    console("POST", f"/v1/console/cases/{case}/start-review")
    console("POST", f"/v1/console/cases/{case}/decide", {
        "actions": ["remove"], "grounds": {"basis": "terms", "clause": "community-guidelines-4.2"},
        "automated_detection": False, "automated_decision": "not_automated", "holds": [],
        "disclosure": "full", "explanation": "Repeated unwanted messages.", "content_type": "text",
        "territorial_scope": "worldwide"})


@needs_backend
def test_child_submits_reviewer_decides_child_reads_the_outcome():
    async def run():
        updates = Updates()
        client = await open_client(listener=updates)
        s = start()
        walk(s)
        sent = await client.submit_session(s, [ts.Evidence(id="msg-1", sha256=None)])
        flushed = await client.flush()
        assert sent.id in flushed.delivered
        received = await client.status(sent.id)
        assert received.kind in (ts.ChildStatusKind.RECEIVED, ts.ChildStatusKind.LOOKING_AT_IT)
        decide_removed(sent.id)
        decided = await client.status(sent.id)
        assert decided.kind == ts.ChildStatusKind.DECIDED
        assert decided.outcomes == [ts.ChildOutcome.REMOVED]
        assert decided.title and decided.outcome_texts
        assert [r.id for r in await client.my_reports()] == [sent.id]
        await client.forget_on_device(sent.id)
        assert await client.my_reports() == []
        await client.quick_exit()
    asyncio.run(run())


@needs_backend
def test_a_response_signed_by_another_key_is_not_believed():
    async def run():
        other = ts.SigningKey.generate(ts.SignatureAlgorithm.ED25519).public_key()
        client = await open_client(account="child", token="child-token", key=other)
        with pytest.raises(ts.TellSafeError.Verification):
            await client.register()
    asyncio.run(run())


@needs_backend
def test_a_wrong_token_is_an_auth_or_backend_error_not_a_crash():
    async def run():
        client = await open_client(account="child", token="wrong-token")
        with pytest.raises(ts.TellSafeError.Platform):
            await client.register()
    asyncio.run(run())
