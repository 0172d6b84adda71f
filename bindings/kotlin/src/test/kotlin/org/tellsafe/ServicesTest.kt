// The platform services an Android app plugs in (its HTTP stack, hardware install keys, assets,
// a Flow of updates) and the rest of the client's calls, against the real reference backend.
package org.tellsafe

import java.io.File
import java.util.Collections
import kotlinx.coroutines.async
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import uniffi.tellsafe.*
import uniffi.tellsafe_core.*

/** The repository's `core/` directory, laid out like an app's `tellsafe/` assets. */
private val ASSETS = File(System.getProperty("tellsafe.assets") ?: error("tellsafe.assets not set"))
private const val UPDATE_WAIT_MS = 10_000L

private fun assets(): WizardData =
    wizardDataFrom({ path -> File(ASSETS, path).takeIf { it.isFile }?.readText() }, "sw", "KE", allowDraftLocales = true)

/** Forwards to [inner] and keeps every request it was given. */
private class Recording(private val inner: Transport) : Transport {
    val requests: MutableList<HttpRequest> = Collections.synchronizedList(mutableListOf())
    override suspend fun send(request: HttpRequest): HttpResponse {
        requests.add(request)
        return inner.send(request)
    }
}

/** A transport whose stack blows up with something that is not a TellSafeException. */
private class Broken : Transport {
    override suspend fun send(request: HttpRequest): HttpResponse = throw IllegalStateException("socket factory gone")
}

private suspend fun openWith(
    transport: Transport? = null,
    keys: InstallKeyProvider? = null,
    listener: StatusListener? = null,
    data: WizardData? = null,
) = TellSafeClient.open(
    ClientOptions(BACKEND, listOf(pinnedKey()), Platform.ANDROID, "1.0", "Demo", "sw", "KE", AgeBand.AGE10_TO12,
        AgeSignalSource.DECLARED, allowDraftLocales = true),
    Login("child", "child-token"), listener, null, null, transport, keys, data)

private fun caseOf(reportId: String): String =
    console("GET", "/v1/console/queue").obj()["cases"].arr().map { it.obj() }
        .first { it["report_id"] == reportId }["case_id"].toString()

private fun header(r: HttpRequest, name: String) = r.headers.firstOrNull { it.name.equals(name, true) }?.value

private fun builtReport(): Report {
    val now = System.currentTimeMillis()
    return ReportBuilder(newReportId(now), now).locale("sw").country("KE")
        .age(AgeBand.AGE10_TO12, AgeSignalSource.DECLARED).role(ReporterRole.MYSELF).category(Category.BULLYING)
        .subject(SubjectKind.USER, "user-1").client(Platform.ANDROID, "1.0").build()
}

class ServicesTest {
    @Test fun theAppsTransportCarriesEverySignedRequest() = runBlocking {
        val transport = Recording(UrlConnectionTransport())
        val client = openWith(transport = transport)
        val s = start()
        walk(s)
        val sent = client.submitSession(s, emptyList())
        assertTrue(sent.id in client.flush().delivered)
        val kind = client.status(sent.id).kind
        assertTrue(kind in setOf(ChildStatusKind.RECEIVED, ChildStatusKind.LOOKING_AT_IT))
        val paths = transport.requests.map { "${it.method} ${java.net.URI(it.targetUri).path}" }
        assertTrue(paths.toString(), "POST /v1/keys" in paths && "POST /v1/reports" in paths)
        assertTrue("GET /v1/reports/${sent.id}/status" in paths)
        assertTrue(transport.requests.all { header(it, "signature") != null })
    }

    @Test fun aThrowingTransportIsATypedFailureAndTheReportStaysQueued() = runBlocking {
        val client = openWith(transport = Broken())
        val sent = client.submit(builtReport(), true)
        val flushed = client.flush()
        assertFalse(sent.id in flushed.delivered)
        assertNotNull(flushed.nextAttemptAt)
        val health = client.deliveryHealth()
        assertEquals(1uL, health.pending)
        assertEquals(1uL, health.retrying)
        try { client.register(); fail("a broken transport registered") } catch (e: TellSafeException.Platform) {
            assertEquals("network", e.code)
        }
    }

    @Test fun aReportSignedByAJcaP256InstallKeyIsAccepted() = runBlocking {
        val keys = JcaInstallKeys()
        val transport = Recording(UrlConnectionTransport())
        val client = openWith(transport = transport, keys = keys)
        val sent = client.submit(builtReport(), false)
        assertTrue(sent.id in client.flush().delivered)
        val keyId = keys.current("child").signer.keyId()
        val post = transport.requests.first { it.method == "POST" && it.targetUri.endsWith("/v1/reports") }
        assertTrue(header(post, "signature-input")!!.contains("keyid=\"$keyId\""))
    }

    @Test fun statusUpdatesArriveAsAFlowWithoutContent() = runBlocking {
        val updates = StatusUpdates()
        val client = openWith(listener = updates)
        client.submit(builtReport(), true)
        val first = async { withTimeout(UPDATE_WAIT_MS) { updates.updates.first() } }
        kotlinx.coroutines.yield()
        client.flush()
        assertEquals("tellsafe-update", first.await())
    }

    @Test fun questionsAnswersAppealRefreshAndPreserveLocally() = runBlocking {
        val client = openWith()
        val sent = client.submit(builtReport(), false)
        assertEquals(emptyList<String>(), client.preserveLocally(sent.id))
        assertTrue(sent.id in client.flush().delivered)
        val case = caseOf(sent.id)
        console("POST", "/v1/console/cases/$case/start-review")
        console("POST", "/v1/console/cases/$case/question", """{"questions":["when_did_it_start"]}""")
        val asked = client.refresh().single { it.id == sent.id }
        assertEquals(ChildStatusKind.NEED_TO_ASK_YOU, asked.kind)
        assertEquals(listOf("when_did_it_start"), asked.questions)
        val answered = client.provideInfo(sent.id, "when_did_it_start", listOf("this_week"))
        assertEquals(ChildStatusKind.LOOKING_AT_IT, answered.kind)
        console("POST", "/v1/console/cases/$case/decide", """{"actions":["remove"],
            "grounds":{"basis":"terms","clause":"community-guidelines-4.2"},"automated_detection":false,
            "automated_decision":"not_automated","holds":[],"disclosure":"full",
            "explanation":"Repeated unwanted messages.","content_type":"text","territorial_scope":"worldwide"}""")
        val decided = client.status(sent.id)
        assertTrue(decided.canAppeal)
        val appealed = client.appeal(sent.id)
        assertFalse(appealed.canAppeal)
        try { client.appeal("not-a-uuid"); fail("a bad id was accepted") } catch (e: TellSafeException.Validation) {
            assertEquals("id", e.field)
        }
    }

    @Test fun theDraftIsSavedResumedAndSubmittedWithDataFromAssets() = runBlocking {
        val data = assets()
        val client = openWith(data = data)
        val first = client.startSession(null)
        val second = client.answer(answerFor(first))
        client.saveSession()
        val again = openWith(data = data)
        assertNull(again.resumeSession()) // another client instance: its own (in-memory) storage
        assertEquals(second.stepId, client.resumeSession()!!.stepId)
        var view = client.currentStep()
        var steps = 0
        while (view.kind != "done") {
            assertTrue(++steps < MAX_STEPS)
            view = client.answer(answerFor(view))
        }
        val sent = client.submitCurrentSession(listOf(Evidence("msg-1", null)))
        assertTrue(sent.id in client.flush().delivered)
        assertNull(client.resumeSession())
        // The same data drives a standalone session, in Swahili.
        val s = WizardSession.start(WizardStart(AgeBand.AGE10_TO12, AgeSignalSource.DECLARED, ReporterRole.MYSELF, "sw",
            "KE", "Demo", true, null, System.currentTimeMillis(), data))
        assertEquals(first.title, s.current().title)
    }

    @Test fun brokenAssetsAreTypedErrors() {
        try {
            wizardDataFrom({ null }, "sw", "KE"); fail("missing assets accepted")
        } catch (e: TellSafeException.Validation) {
            assertEquals("missing", e.code)
        }
        val en = mapOf("en" to localeFiles().map { "" })
        try {
            WizardData.fromAssets(WizardAssets(en, listOf("{"), emptyList())); fail("a broken pack accepted")
        } catch (e: TellSafeException.Validation) {
            assertEquals("country_packs", e.field)
        }
        // A platform's own flow (feature json-flow, in the default build) is checked when loaded.
        val sources = WizardSources("{}", "{}", en, emptyList(), emptyList())
        try { WizardData.fromSources(sources); fail("a broken flow accepted") } catch (e: TellSafeException.Validation) {
            assertEquals("flow", e.field)
        }
    }
}
