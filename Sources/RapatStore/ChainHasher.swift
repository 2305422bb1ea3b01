import CLibcrypto

/// Hashes journal rows in order with one reusable SHA-256 context: opening and `verify` hash every row, so the
/// per-row cost is feeding the canonical fields straight in, with no joined string and no new context.
///
/// - Important: the bytes fed are exactly `StoredEvent.canonicalText` (fields separated by U+001F), preceded by the
///   previous hash; `ChainHasherTests` compares both.
final class ChainHasher {
    private let context = EVP_MD_CTX_new()

    deinit { EVP_MD_CTX_free(context) }

    /// The row's bytes are gathered here and fed in one update (no per-field calls, no integer strings).
    private var buffer: [UInt8] = []

    /// SHA-256(previous ‖ canonical row).
    func hash(after previous: [UInt8], _ row: JournalRow) -> [UInt8] {
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: previous)
        appendDecimal(row.sequence)
        buffer.append(0x1F)
        appendDecimal(row.stored.atMilliseconds)
        buffer.append(0x1F)
        appendDecimal(row.recordedMilliseconds)
        buffer.append(0x1F)
        buffer.append(contentsOf: row.stored.kind.utf8)
        buffer.append(0x1F)
        if let member = row.stored.member { buffer.append(contentsOf: member.utf8) }
        buffer.append(0x1F)
        if let payload = row.stored.payload { buffer.append(contentsOf: payload.utf8) }
        if row.commandID != nil || row.desk != nil {
            buffer.append(0x1F)
            if let id = row.commandID { buffer.append(contentsOf: id.utf8) }
        }
        if let desk = row.desk {
            buffer.append(0x1F)
            appendDecimal(Int64(desk))
        }
        EVP_DigestInit_ex(context, EVP_sha256(), nil)
        feed(buffer)
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        EVP_DigestFinal_ex(context, &digest, &length)
        return digest
    }

    /// `String(value)`'s bytes (sequences and times are never negative; a negative one is written with its sign).
    private func appendDecimal(_ value: Int64) {
        if value < 0 {
            buffer.append(contentsOf: String(value).utf8)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = UInt64(value)
        withUnsafeMutableBytes(of: &digits) { out in
            repeat {
                out[count] = 0x30 + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(out[index]) }
        }
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
}
