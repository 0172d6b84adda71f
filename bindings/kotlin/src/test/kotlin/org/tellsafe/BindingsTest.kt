// Kotlin binding tests on the JVM: run by scripts/bindings with kotlinc (npm), JNA and JUnit 4.
package org.tellsafe

import java.io.File
import java.security.KeyPairGenerator
import java.security.spec.ECGenParameterSpec
import kotlinx.coroutines.runBlocking
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import org.junit.runner.JUnitCore
import uniffi.tellsafe.*
import uniffi.tellsafe_core.*

private val VECTORS: Map<String, Any?> by lazy {
    Json.parse(File(System.getProperty("tellsafe.vectors")).readText()).obj()
}

private fun headers(v: Any?) = v.arr().map { val p = it.arr(); HttpHeader(p[0].str(), p[1].str()) }
private fun request(r: Map<String, Any?>, hs: List<HttpHeader> = headers(r["headers"])) =
    HttpRequest(r["method"].str(), r["target_uri"].str(), hs, r["body"].str().toByteArray())
private fun response(r: Map<String, Any?>, hs: List<HttpHeader> = headers(r["headers"])) =
    HttpResponse((r["status"] as Long).toUShort(), hs, r["body"].str().toByteArray())
private fun options(o: Map<String, Any?>) =
    SignOptions(created = o["created"] as Long, expires = o["expires"] as Long?, nonce = o["nonce"] as String?, label = o["label"].str())
private fun profile(code: String) = Profile.valueOf(code.uppercase())
private fun cases(key: String) = VECTORS["cases"].arr().map { it.obj() }.filter { it["key"] == key }
private fun key(name: String) = VECTORS["keys"].obj()[name].obj()

class BindingsTest {
    @Test fun ed25519VectorsAreReproducedByteForByte() {
        val signing = SigningKey.fromPkcs8Pem(key("ed25519")["private_pkcs8_pem"].str())
        var checked = 0
        for (case in cases("ed25519")) {
            val expected = case["expected"].obj()
            val req = request(case["request"].obj())
            val opts = options(case["options"].obj())
            val got = if (case["profile"] == "backend_response") {
                signing.signResponse(response(case["response"].obj()), req, opts).headers
            } else {
                val signed = signing.signRequest(req, profile(case["profile"].str()), opts)
                assertEquals(case["name"].str(), expected["signature_base"], requestSignatureBase(signed))
                signed.headers
            }
            assertEquals(case["name"].str(), headers(expected["headers"]), got)
            checked++
        }
        assertEquals(6, checked)
    }

    @Test fun p256VectorSamplesVerifyUnderTheirProfile() {
        val pub = PublicKey.fromSpkiPem(key("p256")["public_spki_pem"].str())
        for (case in cases("p256")) {
            val expected = case["expected"].obj()
            val withSig = headers(expected["headers"]) + HttpHeader("Signature", expected["sample_signature"].str())
            val now = ((case["options"].obj()["created"] as Long) + 1) * 1000
            val verified = if (case["profile"] == "backend_response") {
                verifyResponse(response(case["response"].obj(), withSig), request(case["request"].obj()), pub, now)
            } else {
                val req = request(case["request"].obj(), withSig)
                assertEquals(expected["signature_base"], requestSignatureBase(req))
                verifyRequest(req, profile(case["profile"].str()), listOf(pub), now)
            }
            assertEquals(pub.keyId(), verified.keyId)
            assertEquals(SignatureAlgorithm.ECDSA_P256_SHA256, verified.algorithm)
        }
    }

    @Test fun keysDigestsAndIdempotencyKeysMatchTheFile() {
        for (name in listOf("ed25519", "p256")) {
            val k = key(name)
            PublicKey.fromSpkiPem(k["public_spki_pem"].str()).use {
                assertEquals(k["key_id"], it.keyId())
                assertEquals(k["canonical_jwk"], it.canonicalJwk())
            }
            SigningKey.fromPkcs8Pem(k["private_pkcs8_pem"].str()).use { assertEquals(k["key_id"], it.keyId()) }
        }
        for (d in VECTORS["content_digest"].arr().map { it.obj() }.filter { it["algorithm"] == "sha-256" }) {
            assertEquals(d["content_digest"], contentDigest(d["body"].str().toByteArray()))
        }
        for (i in VECTORS["idempotency_key"].arr().map { it.obj() }) {
            assertEquals(i["field_value"], idempotencyKeyValue(i["report_id"].str()))
        }
    }

    private fun reportRequest(): HttpRequest = HttpRequest(
        "POST", "https://api.example.test/v1/reports",
        listOf(
            HttpHeader("Content-Type", "application/json"),
            HttpHeader("Authorization", "Bearer t"),
            HttpHeader("Idempotency-Key", idempotencyKeyValue("0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b")),
        ),
        """{"id":"0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b"}""".toByteArray(),
    )

    @Test fun aJavaSecurityP256SignerVerifiesWithCoresVerifier() = runBlocking {
        val pair = KeyPairGenerator.getInstance("EC").apply { initialize(ECGenParameterSpec("secp256r1")) }.generateKeyPair()
        val signer = JcaP256Signer(pair)
        val signed = reportRequest().signedWith(signer, Profile.CLIENT_REQUEST)
        val pub = PublicKey.fromSpkiDer(pair.public.encoded)
        val verified = verifyRequest(signed, Profile.CLIENT_REQUEST, listOf(pub), System.currentTimeMillis())
        assertEquals(signer.keyId(), verified.keyId)
        assertEquals("0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b", verified.idempotencyKey)
        assertEquals("tsc", verified.tag)
        // A tampered body fails with a typed verification error.
        try {
            verifyRequest(signed.copy(body = "{}".toByteArray()), Profile.CLIENT_REQUEST, listOf(pub), System.currentTimeMillis())
            fail("tampered body verified")
        } catch (e: TellSafeException.Verification) {
            assertEquals("digest_mismatch", e.wireCode)
        }
    }

    private class ThrowingSigner(private val error: Exception) : Signer {
        override fun keyId() = "test-key"
        override fun algorithm() = SignatureAlgorithm.ED25519
        override suspend fun sign(base: ByteArray): ByteArray = throw error
    }

    @Test fun aTypedExceptionFromAKotlinSignerComesBackTyped() = runBlocking {
        try {
            reportRequest().signedWith(ThrowingSigner(TellSafeException.Signing("user_not_authenticated")), Profile.CLIENT_REQUEST)
            fail("signed without a signature")
        } catch (e: TellSafeException.Signing) {
            assertEquals("user_not_authenticated", e.code)
        }
    }

    @Test fun anUnexpectedExceptionFromAKotlinSignerIsACallbackError() = runBlocking {
        try {
            reportRequest().signedWith(ThrowingSigner(IllegalStateException("private detail")), Profile.CLIENT_REQUEST)
            fail("signed without a signature")
        } catch (e: TellSafeException.Signing) {
            assertEquals("callback_failed", e.code)
        } catch (e: TellSafeException.Callback) {
            assertEquals("callback_failed", e.code)
        }
    }

    @Test fun kotlinStorageAndKeyStoreWorkThroughCore() = runBlocking {
        val map = java.util.concurrent.ConcurrentHashMap<String, ByteArray>()
        val storage = object : Storage {
            override suspend fun put(name: String, bytes: ByteArray) { map[name] = bytes }
            override suspend fun get(name: String): ByteArray? = map[name]
            override suspend fun delete(name: String) { map.remove(name) }
            override suspend fun list(prefix: String): List<String> = map.keys.filter { it.startsWith(prefix) }
        }
        assertTrue(checkStorage(storage))
        val good = object : KeyStore { override suspend fun sealingKey() = ByteArray(32) { 7 } }
        assertTrue(checkKeyStore(good))
        val short = object : KeyStore { override suspend fun sealingKey() = ByteArray(31) }
        try {
            checkKeyStore(short); fail("short key accepted")
        } catch (e: TellSafeException.Platform) {
            assertEquals("key_store", e.code)
        }
    }

    @Test fun reportsBuildValidateAndRoundTripAsJson() {
        val now = 1_800_000_000_000L
        val builder = ReportBuilder(newReportId(now), now)
            .locale("sw").country("KE").age(AgeBand.AGE10_TO12, AgeSignalSource.DECLARED)
            .role(ReporterRole.MYSELF).category(Category.BULLYING)
            .subject(SubjectKind.USER, "user-1").client(Platform.ANDROID, "1.0.0")
        builder.build().use { report ->
            Report.fromJson(report.toJson()).use { again ->
                assertEquals(report.id(), again.id())
                assertEquals(Category.BULLYING, again.category())
                assertEquals(now, again.createdAt())
            }
        }
        try {
            builder.freeText("x".repeat(100_000)).build(); fail("overlong text accepted")
        } catch (e: TellSafeException.Validation) {
            assertEquals("free_text", e.field)
            assertTrue(!e.toString().contains("xxxx"))
        }
    }

    @Test fun freeTextIsNormalizedToNfcByThePlatformNormalizer() {
        PlatformNfc.install()
        val now = 1_800_000_000_000L
        // "e" + combining acute, split by a zero-width space the SDK removes first.
        val typed = "cafe\u200B\u0301 ni mbaya"
        val report = ReportBuilder(newReportId(now), now)
            .locale("sw").country("KE").age(AgeBand.AGE10_TO12, AgeSignalSource.DECLARED)
            .role(ReporterRole.MYSELF).category(Category.BULLYING)
            .subject(SubjectKind.USER, "user-1").client(Platform.ANDROID, "1.0.0")
            .freeText(typed).build()
        report.use {
            val kept = it.freeText()!!
            assertEquals(java.text.Normalizer.normalize(kept, java.text.Normalizer.Form.NFC), kept)
            assertEquals("caf\u00E9 ni mbaya", kept)
        }
    }

    @Test fun aWithdrawalKeptByTheBackendNamesTheChildMessage() {
        assertEquals("withdraw-kept", childMessageId("withdraw_kept"))
        assertEquals(null, childMessageId("backend"))
    }

    @Test fun aDecidedStatusIsFormattedInSwahili() {
        // Deriving a status from a stored history (`deriveChildStatus`, decision JSON) is
        // server-side (feature intake, the Python wheel); an app gets ChildStatus from the client.
        val now = 1_800_000_000_000L
        val status = ChildStatus(ChildStatusKind.DECIDED, listOf(ChildOutcome.REMOVED), null)
        val text = formatChildStatus(status, listOf("sw"), true, AgeBand.AGE10_TO12, "Demo", now)
        assertEquals("sw", text.locale)
        assertTrue(text.title.isNotBlank() && text.text.isNotBlank() && text.outcomes.size == 1)
        val en = formatChildStatus(status, listOf("en"), true, AgeBand.AGE10_TO12, "Demo", now)
        assertTrue(en.title != text.title)
    }
}

fun main() {
    val result = JUnitCore.runClasses(BindingsTest::class.java, ClientTest::class.java, ServicesTest::class.java)
    for (failure in result.failures) println("FAIL ${failure.testHeader}: ${failure.trace.lines().take(6).joinToString("\n")}")
    val failed = result.failureCount
    println("kotlin: ${result.runCount - failed} passed, $failed failed")
    kotlin.system.exitProcess(if (failed == 0 && result.runCount > 0) 0 else 1)
}
