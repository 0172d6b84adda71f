// The idiomatic Kotlin layer over the generated `uniffi.tellsafe` package (never committed).
// Generated objects are AutoCloseable already; this file adds what Kotlin/Android code expects:
// a JCA signer (Android Keystore keys are JCA keys), Instant-based helpers, and `use`-friendly
// entry points. No report logic here: everything forwards to the Rust core.
package org.tellsafe

import java.security.KeyPair
import java.security.PrivateKey
import java.time.Instant
import uniffi.tellsafe.HttpRequest
import uniffi.tellsafe.PublicKey
import uniffi.tellsafe.SignatureAlgorithm
import uniffi.tellsafe.Signer
import uniffi.tellsafe.TellSafeException
import uniffi.tellsafe.ecdsaDerToFixed
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
