import Foundation
import RapatText

/// A minisign key id: 8 random bytes naming a key pair in its files and signatures.
public struct MinisignKeyID: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    init(bytes: [UInt8]) {
        precondition(bytes.count == 8, "a minisign key id has 8 bytes")
        self.bytes = bytes
    }

    /// As minisign prints it (`minisign public key CFF49B8B22D62ED1`): the bytes read little-endian, uppercase hex,
    /// without leading zeros.
    public var description: String {
        String(bytes.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }, radix: 16, uppercase: true)
    }
}

/// The koperasi's public key in minisign's format: what members use to check `SHA256SUMS.minisig`.
public struct MinisignPublicKey: Equatable, Sendable {
    public let keyID: MinisignKeyID
    /// The 32-byte Ed25519 public key.
    public let bytes: [UInt8]

    /// The base64 line minisign takes with `-P`: "Ed" ‖ key id ‖ public key.
    public var line: String { Data(Array("Ed".utf8) + keyID.bytes + bytes).base64EncodedString() }

    /// The `.pub` file, byte for byte what `minisign -G` writes.
    public var fileText: String { "untrusted comment: minisign public key \(keyID)\n\(line)\n" }

    /// Reads a `.pub` file (or a bare `-P` line): the first line that is not an untrusted comment.
    public static func parse(_ text: String, path: String) throws(SigningError) -> MinisignPublicKey {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let line = lines.first(where: { !$0.isEmpty && !$0.hasPrefix("untrusted comment:") }),
              let data = Data(base64Encoded: line) else {
            throw .notAPublicKey(path: path, problem: tr("store.sign.noBase64"))
        }
        let bytes = [UInt8](data)
        guard bytes.count == 42 else { throw .notAPublicKey(path: path, problem: "panjangnya \(bytes.count) bita, mestinya 42") }
        guard bytes.prefix(2) == Array("Ed".utf8)[...] else { throw .notAPublicKey(path: path, problem: tr("store.sign.notEd25519")) }
        return MinisignPublicKey(keyID: MinisignKeyID(bytes: Array(bytes[2..<10])), bytes: Array(bytes[10...]))
    }

    public static func load(from path: String) throws(SigningError) -> MinisignPublicKey {
        guard let data = FileManager.default.contents(atPath: path) else { throw .keyNotFound(path: path) }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }
}

/// The koperasi's secret key in minisign's unencrypted format (`minisign -G -W`).
///
/// - Important: The secret key lives only in its own file (mode 0600), never in the meeting file, which is handed to
///   auditors and archived; whoever holds the key can sign documents in the koperasi's name.
public struct MinisignSecretKey: Sendable {
    public let keyID: MinisignKeyID
    /// The 32-byte Ed25519 seed; minisign stores it followed by the public key (libsodium's 64-byte secret key).
    let seed: [UInt8]
    public let publicKey: MinisignPublicKey

    /// A fresh key pair with a random key id.
    public static func generate() throws(SigningError) -> MinisignSecretKey {
        do {
            let (seed, publicKey) = try LibCrypto.ed25519Generate()
            let keyID = MinisignKeyID(bytes: try LibCrypto.randomBytes(8))
            return MinisignSecretKey(keyID: keyID, seed: seed, publicKey: MinisignPublicKey(keyID: keyID, bytes: publicKey))
        } catch {
            throw SigningError(error)
        }
    }

    /// "Ed" ‖ kdf "\0\0" ‖ checksum "B2" ‖ salt, opslimit, memlimit (zero: no password) ‖ key id ‖ seed ‖ public key ‖
    /// BLAKE2b-256("Ed" ‖ key id ‖ seed ‖ public key).
    ///
    /// The checksum is zero when libcrypto cannot compute a 32-byte BLAKE2b (OpenSSL 3.0), exactly as
    /// `minisign -G -W` 0.11 writes it; minisign checks the checksum only of password-protected keys.
    var bytes: [UInt8] {
        let secret = seed + publicKey.bytes
        let checksum = LibCrypto.blake2b256(Self.algorithm + keyID.bytes + secret) ?? [UInt8](repeating: 0, count: 32)
        return Self.algorithm + [0, 0] + Array("B2".utf8) + [UInt8](repeating: 0, count: 48) + keyID.bytes + secret + checksum
    }

    public var fileText: String {
        "untrusted comment: kunci rahasia minisign koperasi (tanpa kata sandi) - jangan dibagikan\n"
            + Data(bytes).base64EncodedString() + "\n"
    }

    public static func parse(_ text: String, path: String) throws(SigningError) -> MinisignSecretKey {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.first?.hasPrefix("untrusted comment:") == true, lines.count >= 2, let data = Data(base64Encoded: lines[1]) else {
            throw .notASecretKey(path: path, problem: tr("store.sign.layout"))
        }
        let b = [UInt8](data)
        guard b.count == 158 else { throw .notASecretKey(path: path, problem: "panjangnya \(b.count) bita, mestinya 158") }
        guard Array(b[0..<2]) == algorithm else { throw .notASecretKey(path: path, problem: tr("store.sign.notEd25519")) }
        guard Array(b[4..<6]) == Array("B2".utf8) else { throw .notASecretKey(path: path, problem: tr("store.sign.checksumFunction")) }
        if Array(b[2..<4]) == Array("Sc".utf8) { throw .encryptedSecretKey(path: path) }
        guard Array(b[2..<4]) == [0, 0] else { throw .notASecretKey(path: path, problem: tr("store.sign.kdf")) }
        let keyID = MinisignKeyID(bytes: Array(b[54..<62]))
        let seed = Array(b[62..<94]), storedPublic = Array(b[94..<126]), checksum = Array(b[126..<158])
        let derived: [UInt8]
        do { derived = try LibCrypto.ed25519PublicKey(seed: seed) } catch { throw SigningError(error) }
        guard derived == storedPublic else {
            throw .damagedSecretKey(path: path, problem: tr("store.sign.innerMismatch"))
        }
        if checksum != [UInt8](repeating: 0, count: 32), let expected = LibCrypto.blake2b256(algorithm + keyID.bytes + seed + storedPublic),
           expected != checksum {
            throw .damagedSecretKey(path: path, problem: tr("store.sign.checksum"))
        }
        return MinisignSecretKey(keyID: keyID, seed: seed, publicKey: MinisignPublicKey(keyID: keyID, bytes: derived))
    }

    public static func load(from path: String) throws(SigningError) -> MinisignSecretKey {
        guard let data = FileManager.default.contents(atPath: path) else { throw .keyNotFound(path: path) }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    static let algorithm = Array("Ed".utf8)
}
