import CLibcrypto

/// Hashes journal rows in order with one reusable SHA-256 context: opening and `verify` hash every row, so the
/// per-row cost is feeding the canonical fields straight in, with no joined string and no new context.
///
/// - Important: the bytes fed are exactly `StoredEvent.canonicalText` (fields separated by U+001F), preceded by the
///   previous hash; `ChainHasherTests` compares both.
final class ChainHasher {
    private let context = EVP_MD_CTX_new()
    private static let separator: [UInt8] = [0x1F]

    deinit { EVP_MD_CTX_free(context) }

    /// SHA-256(previous ‖ canonical row).
    func hash(after previous: [UInt8], _ row: JournalRow) -> [UInt8] {
        EVP_DigestInit_ex(context, EVP_sha256(), nil)
        feed(previous)
        feed(String(row.sequence))
        feed(Self.separator)
        feed(String(row.stored.atMilliseconds))
        feed(Self.separator)
        feed(String(row.recordedMilliseconds))
        feed(Self.separator)
        feed(row.stored.kind)
        feed(Self.separator)
        feed(row.stored.member ?? "")
        feed(Self.separator)
        feed(row.stored.payload ?? "")
        if let id = row.commandID {
            feed(Self.separator)
            feed(id)
        }
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        EVP_DigestFinal_ex(context, &digest, &length)
        return digest
    }

    /// Whether `digest` is the lowercase hex text `hex`, compared without building a string.
    static func matches(_ digest: [UInt8], hex: String) -> Bool {
        var hex = hex
        return hex.withUTF8 { text in
            guard text.count == 64 else { return false }
            for (index, byte) in digest.enumerated() {
                guard text[2 * index] == hexDigits[Int(byte >> 4)], text[2 * index + 1] == hexDigits[Int(byte & 0x0F)]
                else { return false }
            }
            return true
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private func feed(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { _ = EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
    }

    private func feed(_ text: String) {
        var copy = text
        copy.withUTF8 { _ = EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
    }
}
