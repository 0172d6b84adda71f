// The wizard and the client against the real reference backend (scripts/bindings starts it and
// passes TELLSAFE_BACKEND_URL and TELLSAFE_BACKEND_KEY="<alg> <base64 raw key>").
package org.tellsafe

import java.net.HttpURLConnection
import java.net.URI
import java.util.Base64
import kotlinx.coroutines.runBlocking
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import uniffi.tellsafe.*
import uniffi.tellsafe_core.*

/** The walk must reach the done step well within this many screens (the flow has about a dozen). */
internal const val MAX_STEPS = 40
internal const val REVIEWER = "Bearer reviewer-token"
internal val BACKEND: String = System.getenv("TELLSAFE_BACKEND_URL") ?: error("TELLSAFE_BACKEND_URL not set")

internal fun start(locale: String = "sw") = WizardSession.start(WizardStart(
    ageBand = AgeBand.AGE10_TO12, ageSource = AgeSignalSource.DECLARED, role = ReporterRole.MYSELF,
    locale = locale, country = "KE", appName = "Demo", allowDraftLocales = true, category = null,
    today = System.currentTimeMillis()))

internal fun answerFor(v: StepView): WizardAnswer = when (v.kind) {
    "choose_one", "yes_no" -> WizardAnswer.Choose(v.options[0].id)
    "choose_many" -> WizardAnswer.ChooseMany(listOf(v.options[0].id))
    "short_text" -> WizardAnswer.Text("Ananitumia ujumbe mbaya kila siku.")
    else -> WizardAnswer.Continue
}

internal fun walk(s: WizardSession) {
    var view = s.current()
    var steps = 0
    while (view.kind != "done") {
        assertTrue("the wizard did not finish", ++steps < MAX_STEPS)
        view = s.answer(answerFor(view))
    }
}

internal class Login(account: String, token: String) : AuthHeaderProvider {
    val session = AuthSession(account, "Bearer $token")
    override suspend fun current() = session
    override suspend fun refresh() = session
}

internal fun pinnedKey(): PublicKey {
    val (alg, raw) = System.getenv("TELLSAFE_BACKEND_KEY").split(" ")
    val algorithm = if (alg == "ed25519") SignatureAlgorithm.ED25519 else SignatureAlgorithm.ECDSA_P256_SHA256
    return PublicKey.fromRaw(algorithm, Base64.getDecoder().decode(raw))
}

internal suspend fun openClient(token: String = "child-token", key: PublicKey = pinnedKey()) = TellSafeClient.open(
    ClientOptions(BACKEND, listOf(key), Platform.ANDROID, "1.0", "Demo", "sw", "KE", AgeBand.AGE10_TO12, AgeSignalSource.DECLARED),
    Login("child", token), null, null, null)

internal fun console(method: String, path: String, body: String? = null): Any? {
    val c = URI(BACKEND + path).toURL().openConnection() as HttpURLConnection
    c.requestMethod = method
    c.setRequestProperty("authorization", REVIEWER)
    if (body != null) {
        c.doOutput = true
        c.setRequestProperty("content-type", "application/json")
        c.outputStream.use { it.write(body.toByteArray()) }
    }
    assertTrue("$method $path: ${c.responseCode}", c.responseCode in 200..299)
    val text = c.inputStream.use { String(it.readBytes()) }
    return if (text.isBlank()) null else Json.parse(text)
}

internal fun decideRemoved(reportId: String) {
    val queue = console("GET", "/v1/console/queue").obj()
    val case = queue["cases"].arr().map { it.obj() }.first { it["report_id"] == reportId }["case_id"]
    val caseId = case.toString()
    console("POST", "/v1/console/cases/$caseId/start-review")
    console("POST", "/v1/console/cases/$caseId/decide", """{"actions":["remove"],
        "grounds":{"basis":"terms","clause":"community-guidelines-4.2"},"automated_detection":false,
        "automated_decision":"not_automated","holds":[],"disclosure":"full",
        "explanation":"Repeated unwanted messages.","content_type":"text","territorial_scope":"worldwide"}""")
}

class ClientTest {
    @Test fun wizardSpeaksSwahiliAndBackReturnsTheSameStep() {
        val sw = start()
        val en = start("en")
        val first = sw.current()
        assertEquals(first.stepId, en.current().stepId)
        assertNotEquals(first.title, en.current().title)
        val second = sw.answer(answerFor(first))
        assertNotEquals(first.stepId, second.stepId)
        assertEquals(first.stepId, sw.back().stepId)
    }

    @Test fun quickExitClosesTheSession() {
        val s = start()
        s.answer(answerFor(s.current()))
        s.quickExit()
        assertTrue(s.isExited())
        try { s.current(); fail("exited session answered") } catch (e: TellSafeException.Validation) {
            assertEquals("exited", e.code)
        }
    }

    @Test fun childSubmitsReviewerDecidesChildReadsTheOutcome() = runBlocking {
        val client = openClient()
        val s = start()
        walk(s)
        val sent = client.submitSession(s, listOf(Evidence("msg-1", null)))
        assertTrue(sent.id in client.flush().delivered)
        decideRemoved(sent.id)
        val decided = client.status(sent.id)
        assertEquals(ChildStatusKind.DECIDED, decided.kind)
        assertEquals(listOf(ChildOutcome.REMOVED), decided.outcomes)
        assertEquals(listOf(sent.id), client.myReports().map { it.id })
        client.forgetOnDevice(sent.id)
        assertEquals(0, client.myReports().size)
    }

    @Test fun aResponseSignedByAnotherKeyIsNotBelieved() = runBlocking {
        val other = SigningKey.generate(SignatureAlgorithm.ED25519).publicKey()
        val client = openClient(key = other)
        try { client.register(); fail("an unpinned backend was believed") } catch (e: TellSafeException) {
            assertTrue(e is TellSafeException.Verification)
        }
    }
}
