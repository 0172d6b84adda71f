// The idiomatic Kotlin layer over the generated `uniffi.tellsafe` package (never committed).
// Generated objects are AutoCloseable already; this file adds what Kotlin/Android code expects:
// a JCA signer and per-account install keys (Android Keystore keys are JCA keys), a `Flow` of
// status updates, an HttpURLConnection transport, wizard data from assets, the platform's NFC
// normalizer, and Instant helpers.
// No report logic here: everything forwards to the Rust core.
package org.tellsafe

import java.security.KeyPair
import java.security.PrivateKey
import java.time.Instant
import uniffi.tellsafe.HttpHeader
import uniffi.tellsafe.HttpRequest
import uniffi.tellsafe.HttpResponse
import uniffi.tellsafe.InstallKey
import uniffi.tellsafe.InstallKeyProvider
import uniffi.tellsafe.PublicKey
import uniffi.tellsafe.SignatureAlgorithm
import uniffi.tellsafe.Signer
import uniffi.tellsafe.StatusListener
import uniffi.tellsafe.TellSafeException
import uniffi.tellsafe.TextNormalizer
import uniffi.tellsafe.Transport
import uniffi.tellsafe.WizardAssets
import uniffi.tellsafe.WizardData
import uniffi.tellsafe.ecdsaDerToFixed
import uniffi.tellsafe.installNfcNormalizer
import uniffi.tellsafe.localeFiles
import uniffi.tellsafe.localesToLoad
import uniffi.tellsafe.signOptions
import uniffi.tellsafe.signRequestWith
import uniffi.tellsafe_core.Profile

/**
 * A [Signer] over a JCA P-256 private key: an Android Keystore key (`AndroidKeyStore` provider,
 * `KeyProperties.KEY_ALGORITHM_EC`) or any `java.security` EC key. Converts the DER signature
 * Java returns into the fixed `r||s` form RFC 9421 requires.
 */
class JcaP256Signer(private val privateKey: PrivateKey, publicKeyDer: ByteArray) : Signer {
    /** From a key pair (`KeyPairGenerator.getInstance("EC")` with `secp256r1`). */
    constructor(pair: KeyPair) : this(pair.private, pair.public.encoded)

    private val keyId: String = PublicKey.fromSpkiDer(publicKeyDer).use { it.keyId() }

    override fun keyId(): String = keyId

    override fun algorithm(): SignatureAlgorithm = SignatureAlgorithm.ECDSA_P256_SHA256

    override suspend fun sign(base: ByteArray): ByteArray {
        val der = try {
            java.security.Signature.getInstance("SHA256withECDSA").run {
                initSign(privateKey)
                update(base)
                sign()
            }
        } catch (e: java.security.GeneralSecurityException) {
            // Locked keystore, invalidated key, user not authenticated: a typed, content-free code.
            throw TellSafeException.Signing("key_unavailable")
        }
        return ecdsaDerToFixed(der) ?: throw TellSafeException.Signing("signature_length")
    }
}

/** Signs this request by [profile] with a platform [signer] at [now] (fresh nonce). */
suspend fun HttpRequest.signedWith(signer: Signer, profile: Profile, now: Instant = Instant.now()): HttpRequest =
    signRequestWith(signer, this, profile, signOptions(now.toEpochMilli()))

/** The Unix-millisecond timestamps the bindings use, from a [java.time.Instant]. */
fun Instant.toTellSafeTime(): Long = toEpochMilli()

/**
 * Status updates as a Kotlin [kotlinx.coroutines.flow.Flow]: pass it as the `listener` of
 * `TellSafeClient.open` and collect [updates] (e.g. in a `viewModelScope`). Each element is the
 * neutral key `tellsafe-update`, never a category, status word or id. Updates nobody collects
 * are kept up to [BUFFER] (oldest dropped): a missed tick only means "look again".
 */
class StatusUpdates : StatusListener {
    private val flow = kotlinx.coroutines.flow.MutableSharedFlow<String>(
        extraBufferCapacity = BUFFER,
        onBufferOverflow = kotlinx.coroutines.channels.BufferOverflow.DROP_OLDEST,
    )

    /** The neutral keys, as they come. */
    val updates: kotlinx.coroutines.flow.SharedFlow<String> = flow

    override fun onUpdate(key: String) {
        flow.tryEmit(key)
    }

    companion object {
        /** Ticks kept for a slow collector; they carry no data, so a few are plenty. */
        const val BUFFER = 16
    }
}

/**
 * Install keys from `java.security`, one P-256 key per platform account, made by [generate]:
 * on Android pass a generator over the `AndroidKeyStore` provider (`KeyGenParameterSpec` with
 * `PURPOSE_SIGN`, `DIGEST_SHA256`, StrongBox when available); the default makes software keys
 * (JVM tests, desktop). The private keys never leave the provider.
 */
class JcaInstallKeys(
    private val generate: (account: String) -> KeyPair = {
        java.security.KeyPairGenerator.getInstance("EC").apply {
            initialize(java.security.spec.ECGenParameterSpec("secp256r1"))
        }.generateKeyPair()
    },
) : InstallKeyProvider {
    private val keys = java.util.concurrent.ConcurrentHashMap<String, KeyPair>()

    private fun key(pair: KeyPair) =
        InstallKey(JcaP256Signer(pair), PublicKey.fromSpkiDer(pair.public.encoded))

    override suspend fun current(account: String): InstallKey = key(keys.computeIfAbsent(account) { generate(it) })

    override suspend fun rotate(account: String): InstallKey = key(generate(account).also { keys[account] = it })
}

/**
 * A [Transport] over `java.net.HttpURLConnection` (the JVM's, and on Android the platform's).
 * Apps with OkHttp implement [Transport] the same way over `OkHttpClient.newCall(...).await()`.
 * Never follows redirects; a non-2xx status is returned as an answer.
 */
class UrlConnectionTransport(
    private val connectTimeoutMs: Int = 10_000,
    private val readTimeoutMs: Int = 30_000,
) : Transport {
    override suspend fun send(request: HttpRequest): HttpResponse =
        kotlinx.coroutines.withContext(kotlinx.coroutines.Dispatchers.IO) {
            val c = try {
                java.net.URI(request.targetUri).toURL().openConnection() as java.net.HttpURLConnection
            } catch (e: Exception) {
                throw TellSafeException.Platform("invalid_url")
            }
            try {
                c.instanceFollowRedirects = false
                c.connectTimeout = connectTimeoutMs
                c.readTimeout = readTimeoutMs
                c.requestMethod = request.method
                for (h in request.headers) c.addRequestProperty(h.name, h.value)
                if (request.body.isNotEmpty()) {
                    c.doOutput = true
                    c.outputStream.use { it.write(request.body) }
                }
                val status = c.responseCode
                val headers = c.headerFields.filterKeys { it != null }.flatMap { (name, values) ->
                    values.map { HttpHeader(name, it) }
                }
                val body = (if (status >= 400) c.errorStream else c.inputStream)?.use { it.readBytes() } ?: ByteArray(0)
                HttpResponse(status.toUShort(), headers, body)
            } catch (e: java.net.SocketTimeoutException) {
                throw TellSafeException.Platform("timeout")
            } catch (e: java.io.IOException) {
                throw TellSafeException.Platform("connect")
            } finally {
                c.disconnect()
            }
        }
}

/**
 * NFC of free text through `java.text.Normalizer`: the mobile library is built without its own
 * Unicode tables. [install] is idempotent and called by [wizardDataFrom]; call it yourself at
 * start if you build [WizardData] another way. Returns whether the library uses it (`false`
 * for a build with its own tables).
 */
object PlatformNfc : TextNormalizer {
    private val installed: Boolean by lazy { installNfcNormalizer(this) }

    override fun nfc(text: String): String = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)

    fun install(): Boolean = installed
}

/**
 * The wizard's data from the app's assets, laid out like the repository's `core/` directory
 * (`data/packs/<cc>.json`, `locales/<tag>/<file>.ftl`); the flow and safety scripts are the
 * library's own (compiled in). [read] returns a file's text, or null if absent (on Android:
 * `context.assets.open("tellsafe/$path")`). Reads only the locales [locale] needs. A platform
 * with its own flow calls `WizardData.fromSources` (library feature `json-flow`).
 */
fun wizardDataFrom(
    read: (path: String) -> String?,
    locale: String,
    country: String,
    allowDraftLocales: Boolean = false,
): WizardData {
    PlatformNfc.install()
    fun need(path: String) = read(path) ?: throw TellSafeException.Validation("missing", path)
    val tags = (localesToLoad(locale, allowDraftLocales) + "en").distinct()
    val locales = tags.associateWith { tag -> localeFiles().map { need("locales/$tag/$it") } }
    return WizardData.fromAssets(WizardAssets(
        locales = locales,
        countryPacks = listOfNotNull(read("data/packs/${country.lowercase()}.json")),
        regionPacks = emptyList(),
    ))
}

