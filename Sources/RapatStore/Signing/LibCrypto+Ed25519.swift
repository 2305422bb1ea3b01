import CLibcrypto
import Foundation

/// Ed25519, BLAKE2b and random bytes from the system's libcrypto (OpenSSL 3 EVP): calls only, no cryptography here.
enum LibCrypto {
    /// A libcrypto call that failed; `step` names it for the secretary-facing message, the library text is dropped.
    struct Failure: Error { let step: String }

    static func randomBytes(_ count: Int) throws(Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        guard RAND_bytes(&bytes, Int32(count)) == 1 else { throw Failure(step: "RAND_bytes") }
        return bytes
    }

    /// A fresh Ed25519 key pair: the 32-byte seed (RFC 8032 private key) and the 32-byte public key.
    static func ed25519Generate() throws(Failure) -> (seed: [UInt8], publicKey: [UInt8]) {
        guard let context = EVP_PKEY_CTX_new_id(rapat_evp_pkey_ed25519(), nil) else { throw Failure(step: "EVP_PKEY_CTX_new_id") }
        defer { EVP_PKEY_CTX_free(context) }
        var key: OpaquePointer?
        guard EVP_PKEY_keygen_init(context) == 1, EVP_PKEY_keygen(context, &key) == 1, let key else {
            throw Failure(step: "EVP_PKEY_keygen")
        }
        defer { EVP_PKEY_free(key) }
        var seed = [UInt8](repeating: 0, count: 32), seedLength = 32
        guard EVP_PKEY_get_raw_private_key(key, &seed, &seedLength) == 1, seedLength == 32 else {
            throw Failure(step: "EVP_PKEY_get_raw_private_key")
        }
        return (seed, try publicKey(of: key))
    }

    /// The public key that belongs to `seed`.
    static func ed25519PublicKey(seed: [UInt8]) throws(Failure) -> [UInt8] {
        let key = try privateKey(seed)
        defer { EVP_PKEY_free(key) }
        return try publicKey(of: key)
    }

    /// The 64-byte Ed25519 signature of `message` (pure Ed25519: EVP_DigestSign with no digest).
    static func ed25519Sign(_ message: [UInt8], seed: [UInt8]) throws(Failure) -> [UInt8] {
        let key = try privateKey(seed)
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { throw Failure(step: "EVP_MD_CTX_new") }
        defer { EVP_MD_CTX_free(context) }
        var signature = [UInt8](repeating: 0, count: 64), length = 64
        guard EVP_DigestSignInit(context, nil, nil, nil, key) == 1,
              EVP_DigestSign(context, &signature, &length, message, message.count) == 1, length == 64 else {
            throw Failure(step: "EVP_DigestSign")
        }
        return signature
    }

    static func ed25519Verify(_ signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard signature.count == 64, publicKey.count == 32,
              let key = EVP_PKEY_new_raw_public_key(rapat_evp_pkey_ed25519(), nil, publicKey, 32) else { return false }
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        return EVP_DigestVerifyInit(context, nil, nil, nil, key) == 1
            && EVP_DigestVerify(context, signature, 64, message, message.count) == 1
    }

    /// BLAKE2b-512 of `bytes`: what minisign's prehashed ("ED") signatures sign.
    static func blake2b512(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        guard let digest = blake2b(bytes, size: nil) else { throw Failure(step: "EVP_blake2b512") }
        return digest
    }

    /// BLAKE2b-256 of `bytes` (minisign's secret-key checksum), or nil when this libcrypto cannot shorten BLAKE2b:
    /// OpenSSL 3.0.19 ignores the digest's "size" parameter (newer releases document it; untried here) and its
    /// BLAKE2BMAC refuses an empty key.
    static func blake2b256(_ bytes: [UInt8]) -> [UInt8]? {
        blake2b(bytes, size: 32)
    }

    private static func blake2b(_ bytes: [UInt8], size: Int?) -> [UInt8]? {
        guard let context = EVP_MD_CTX_new() else { return nil }
        defer { EVP_MD_CTX_free(context) }
        var requested = size ?? 64
        guard let name = strdup("size") else { return nil }
        defer { free(name) }
        let started = withUnsafeMutablePointer(to: &requested) { pointer in
            var params = [OSSL_PARAM_construct_size_t(name, pointer), OSSL_PARAM_construct_end()]
            guard size != nil else { return EVP_DigestInit_ex2(context, EVP_blake2b512(), nil) == 1 }
            return EVP_DigestInit_ex2(context, EVP_blake2b512(), &params) == 1
        }
        var digest = [UInt8](repeating: 0, count: 64), length: UInt32 = 0
        guard started, EVP_DigestUpdate(context, bytes, bytes.count) == 1, EVP_DigestFinal_ex(context, &digest, &length) == 1,
              Int(length) == (size ?? 64) else { return nil }
        return Array(digest.prefix(Int(length)))
    }

    private static func privateKey(_ seed: [UInt8]) throws(Failure) -> OpaquePointer {
        guard seed.count == 32, let key = EVP_PKEY_new_raw_private_key(rapat_evp_pkey_ed25519(), nil, seed, 32) else {
            throw Failure(step: "EVP_PKEY_new_raw_private_key")
        }
        return key
    }

    private static func publicKey(of key: OpaquePointer) throws(Failure) -> [UInt8] {
        var publicKey = [UInt8](repeating: 0, count: 32), length = 32
        guard EVP_PKEY_get_raw_public_key(key, &publicKey, &length) == 1, length == 32 else {
            throw Failure(step: "EVP_PKEY_get_raw_public_key")
        }
        return publicKey
    }
}
