"""The platform services an app plugs in (its own HTTP stack, hardware-style install keys, wizard
data from files) and the rest of the client's calls, against the real reference backend."""

import asyncio
import os
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request

import pytest

import tellsafe as ts
from test_client import (BACKEND, MAX_STEPS, Login, Updates, answer_for, console, needs_backend,
                         pinned_key, start, walk)

ASSETS = os.environ.get("TELLSAFE_ASSETS")
needs_assets = pytest.mark.skipif(not ASSETS, reason="TELLSAFE_ASSETS not set (run scripts/bindings python)")
TIMEOUT_S = 30


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """A signed request covers its target URI: never follow a redirect."""

    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


class UrllibTransport(ts.Transport):
    """The app's HTTP stack (here urllib), recording what it was asked to send."""

    def __init__(self):
        self.requests = []

    async def send(self, request):
        self.requests.append(request)
        req = urllib.request.Request(request.target_uri, data=request.body or None, method=request.method)
        for h in request.headers:
            req.add_header(h.name, h.value)
        try:
            with OPENER.open(req, timeout=TIMEOUT_S) as resp:
                status, headers, body = resp.status, resp.headers.items(), resp.read()
        except urllib.error.HTTPError as e:  # a 4xx/5xx is an answer, not a failure
            status, headers, body = e.code, e.headers.items(), e.read()
        except TimeoutError:
            raise ts.TellSafeError.Platform(code="timeout")
        except OSError:
            raise ts.TellSafeError.Platform(code="connect")
        return ts.HttpResponse(status=status, headers=[ts.HttpHeader(name=n, value=v) for n, v in headers], body=body)


class Broken(ts.Transport):
    async def send(self, request):
        raise RuntimeError("the socket layer is gone")


class SoftwareInstallKeys(ts.InstallKeyProvider):
    """Stands in for a hardware key store: one P-256 key per account behind the foreign Signer."""

    class _Signer(ts.Signer):
        def __init__(self, key):
            self.key = key

        def key_id(self):
            return self.key.key_id()

        def algorithm(self):
            return self.key.algorithm()

        async def sign(self, base):
            return self.key.sign_bytes(base)

    def __init__(self):
        self.keys = {}
        self.signed = 0

    def _install_key(self, key):
        outer = self

        class Counting(SoftwareInstallKeys._Signer):
            async def sign(self, base):
                outer.signed += 1
                return self.key.sign_bytes(base)

        return ts.InstallKey(signer=Counting(key), public_key=key.public_key())

    async def current(self, account):
        if account not in self.keys:
            self.keys[account] = ts.SigningKey.generate(ts.SignatureAlgorithm.ECDSA_P256_SHA256)
        return self._install_key(self.keys[account])

    async def rotate(self, account):
        self.keys[account] = ts.SigningKey.generate(ts.SignatureAlgorithm.ECDSA_P256_SHA256)
        return self._install_key(self.keys[account])


def read_asset(path):
    full = os.path.join(ASSETS, path)
    if not os.path.isfile(full):
        return None
    with open(full, encoding="utf-8") as f:
        return f.read()


def asset_data(locale="sw", country="KE"):
    tags = set(ts.locales_to_load(locale, True)) | {"en"}
    return ts.WizardData.from_sources(ts.WizardSources(
        flow=read_asset("flows/report.json"), scripts=read_asset("data/safety-scripts.json"),
        locales={t: [read_asset(f"locales/{t}/{f}") for f in ts.locale_files()] for t in tags},
        country_packs=[read_asset(f"data/packs/{country.lower()}.json")], region_packs=[]))


async def open_with(transport=None, install_keys=None, listener=None, data=None):
    return await ts.TellSafeClient.open(ts.ClientOptions(
        backend_url=BACKEND, backend_keys=[pinned_key()], platform=ts.Platform.OTHER,
        app_version="1.0", app_name="Demo", locale="sw", country="KE",
        age_band=ts.AgeBand.AGE10_TO12, age_source=ts.AgeSignalSource.DECLARED, allow_draft_locales=True),
        Login("child", "child-token"), listener, None, None,
        transport=transport, install_keys=install_keys, data=data)


def built_report():
    now = int(time.time() * 1000)
    return (ts.ReportBuilder(ts.new_report_id(now), now).locale("sw").country("KE")
            .age(ts.AgeBand.AGE10_TO12, ts.AgeSignalSource.DECLARED).role(ts.ReporterRole.MYSELF)
            .category(ts.Category.BULLYING).subject(ts.SubjectKind.USER, "user-1")
            .client(ts.Platform.OTHER, "1.0").build())


def case_of(report_id):
    return next(c["case_id"] for c in console("GET", "/v1/console/queue")["cases"] if c["report_id"] == report_id)


def header(request, name):
    return next((h.value for h in request.headers if h.name.lower() == name), None)


@needs_backend
def test_the_apps_transport_carries_every_signed_request():
    async def run():
        transport = UrllibTransport()
        client = await open_with(transport=transport)
        s = start()
        walk(s)
        sent = await client.submit_session(s, [])
        assert sent.id in (await client.flush()).delivered
        await client.status(sent.id)
        paths = [(r.method, urllib.parse.urlsplit(r.target_uri).path) for r in transport.requests]
        assert ("POST", "/v1/keys") in paths and ("POST", "/v1/reports") in paths
        assert ("GET", f"/v1/reports/{sent.id}/status") in paths
        assert all(header(r, "signature") for r in transport.requests)
    asyncio.run(run())


@needs_backend
def test_a_throwing_transport_is_a_typed_failure_and_the_report_stays_queued():
    async def run():
        client = await open_with(transport=Broken())
        sent = await client.submit(built_report(), True)
        flushed = await client.flush()
        assert sent.id not in flushed.delivered and flushed.next_attempt_at is not None
        health = client.delivery_health()
        assert (health.pending, health.retrying) == (1, 1)
        with pytest.raises(ts.TellSafeError.Platform) as e:
            await client.register()
        assert e.value.code == "network"
    asyncio.run(run())


@needs_backend
def test_a_report_signed_through_a_foreign_p256_signer_is_accepted():
    async def run():
        keys = SoftwareInstallKeys()
        transport = UrllibTransport()
        client = await open_with(transport=transport, install_keys=keys)
        sent = await client.submit(built_report(), False)
        assert sent.id in (await client.flush()).delivered
        assert keys.signed >= 2  # registration and the report, both through the foreign signer
        post = next(r for r in transport.requests if r.method == "POST" and r.target_uri.endswith("/v1/reports"))
        assert f'keyid="{keys.keys["child"].key_id()}"' in header(post, "signature-input")
    asyncio.run(run())


@needs_backend
def test_questions_answers_appeal_refresh_preserve_and_the_listener():
    async def run():
        updates = Updates()
        client = await open_with(listener=updates)
        sent = await client.submit(built_report(), True)
        assert await client.preserve_locally(sent.id) == []
        assert sent.id in (await client.flush()).delivered
        assert updates.keys == ["tellsafe-update"]
        case = case_of(sent.id)
        console("POST", f"/v1/console/cases/{case}/start-review")
        console("POST", f"/v1/console/cases/{case}/question", {"questions": ["when_did_it_start"]})
        asked = next(v for v in await client.refresh() if v.id == sent.id)
        assert asked.kind == ts.ChildStatusKind.NEED_TO_ASK_YOU and asked.questions == ["when_did_it_start"]
        answered = await client.provide_info(sent.id, "when_did_it_start", ["this_week"])
        assert answered.kind == ts.ChildStatusKind.LOOKING_AT_IT
        console("POST", f"/v1/console/cases/{case}/decide", {
            "actions": ["remove"], "grounds": {"basis": "terms", "clause": "community-guidelines-4.2"},
            "automated_detection": False, "automated_decision": "not_automated", "holds": [],
            "disclosure": "full", "explanation": "Repeated unwanted messages.", "content_type": "text",
            "territorial_scope": "worldwide"})
        assert (await client.status(sent.id)).can_appeal
        assert not (await client.appeal(sent.id)).can_appeal
        with pytest.raises(ts.TellSafeError.Validation):
            await client.appeal("not-a-uuid")
    asyncio.run(run())


@needs_backend
@needs_assets
def test_the_draft_is_saved_resumed_and_submitted_with_data_from_files():
    async def run():
        data = asset_data()
        client = await open_with(data=data)
        first = client.start_session(None)
        second = client.answer(answer_for(first))
        await client.save_session()
        assert (await client.resume_session()).step_id == second.step_id
        view, steps = client.current_step(), 0
        while view.kind != "done":
            steps += 1
            assert steps < MAX_STEPS
            view = client.answer(answer_for(view))
        sent = await client.submit_current_session([ts.Evidence(id="msg-1", sha256=None)])
        assert sent.id in (await client.flush()).delivered
        assert await client.resume_session() is None
        s = ts.WizardSession.start(ts.WizardStart(
            age_band=ts.AgeBand.AGE10_TO12, age_source=ts.AgeSignalSource.DECLARED, role=ts.ReporterRole.MYSELF,
            locale="sw", country="KE", app_name="Demo", allow_draft_locales=True, category=None,
            today=int(time.time() * 1000), data=data))
        assert s.current().title == first.title
        assert s.current().title != start(locale="en").current().title
    asyncio.run(run())


def test_broken_wizard_sources_are_typed_errors():
    files = [""] * len(ts.locale_files())
    with pytest.raises(ts.TellSafeError.Validation) as e:
        ts.WizardData.from_sources(ts.WizardSources(flow="{}", scripts="{}", locales={"en": files},
                                                    country_packs=[], region_packs=[]))
    assert e.value.field == "flow"
    with pytest.raises(ts.TellSafeError.Validation) as e:
        ts.WizardData.from_sources(ts.WizardSources(flow="{}", scripts="{}", locales={},
                                                    country_packs=[], region_packs=[]))
    assert e.value.field == "locales"
    assert "en" in ts.locales_to_load("sw-KE", True)
    with pytest.raises(ts.TellSafeError.Validation) as e:
        ts.WizardData.from_assets(ts.WizardAssets(locales={"en": files}, country_packs=["{"], region_packs=[]))
    assert e.value.field == "country_packs"


def test_the_built_in_flow_matches_the_shipped_json():
    """`from_assets` (the library's compact flow, as mobile builds use) and `from_sources` with
    the shipped JSON start the same wizard."""
    tags = set(ts.locales_to_load("sw", True)) | {"en"}
    built_in = ts.WizardData.from_assets(ts.WizardAssets(
        locales={t: [read_asset(f"locales/{t}/{f}") for f in ts.locale_files()] for t in tags},
        country_packs=[read_asset("data/packs/ke.json")], region_packs=[]))
    titles = []
    for data in (built_in, asset_data()):
        s = ts.WizardSession.start(ts.WizardStart(
            age_band=ts.AgeBand.AGE10_TO12, age_source=ts.AgeSignalSource.DECLARED, role=ts.ReporterRole.MYSELF,
            locale="sw", country="KE", app_name="Demo", allow_draft_locales=True, category=None,
            today=int(time.time() * 1000), data=data))
        titles.append(s.current().title)
    assert titles[0] == titles[1]


class Tampering(UrllibTransport):
    """Changes a report's body after it was signed (while `tamper` is on): the backend answers a
    signed `400 digest_mismatch`, which parks the report (a bug, not the child's fault)."""

    def __init__(self):
        super().__init__()
        self.tamper = True

    async def send(self, request):
        if self.tamper and request.method == "POST" and request.target_uri.endswith("/v1/reports"):
            request.body = bytes(request.body) + b" "
        return await super().send(request)


@needs_backend
def test_a_parked_report_is_listed_and_sent_again_after_retry_parked():
    async def run():
        transport = Tampering()
        client = await open_with(transport=transport)
        sent = await client.submit(built_report(), False)
        assert sent.id not in (await client.flush()).delivered
        parked = await client.parked()
        assert [(p.id, p.reason, p.http_status, p.urgent) for p in parked] == [(sent.id, "digest_mismatch", None, False)]
        assert client.delivery_health().parked == 1
        # A parked report is not retried by flush on its own.
        assert sent.id not in (await client.flush()).delivered
        transport.tamper = False
        await client.retry_parked(sent.id)
        assert await client.parked() == []
        assert sent.id in (await client.flush()).delivered
        with pytest.raises(ts.TellSafeError.Platform) as e:
            await client.retry_parked(sent.id)
        assert e.value.code == "not_found"
        with pytest.raises(ts.TellSafeError.Validation):
            await client.retry_parked("not-a-uuid")
    asyncio.run(run())


def test_free_text_is_stored_in_nfc():
    now = int(time.time() * 1000)
    # "e" + combining acute, split by a zero-width space the SDK removes first.
    report = (ts.ReportBuilder(ts.new_report_id(now), now).locale("sw").country("KE")
              .age(ts.AgeBand.AGE10_TO12, ts.AgeSignalSource.DECLARED).role(ts.ReporterRole.MYSELF)
              .category(ts.Category.BULLYING).subject(ts.SubjectKind.USER, "user-1")
              .free_text("cafe\u200b\u0301 ni mbaya").client(ts.Platform.OTHER, "1.0").build())
    assert report.free_text() == "caf\u00e9 ni mbaya"
    assert unicodedata.is_normalized("NFC", report.free_text())


def test_a_withdrawal_kept_by_the_backend_names_the_childs_message():
    assert ts.child_message_id("withdraw_kept") == "withdraw-kept"
    assert ts.child_message_id("backend") is None
