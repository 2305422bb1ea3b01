import Foundation
import RapatText

/// Detached signatures in minisign's format, as `minisign -S` 0.10+ writes them and `minisign -V` checks them.
public enum MinisignSignature {
    /// The `.minisig` text for `message`: a prehashed ("ED") signature of BLAKE2b-512(message) and a global signature
    /// of (signature ‖ trusted comment), so the trusted comment cannot be changed either.
    public static func sign(_ message: Data, with key: MinisignSecretKey, trustedComment: String,
                            untrustedComment: String = "tanda tangan dari kunci minisign koperasi") throws(SigningError) -> String {
        for (name, comment) in [("trusted", trustedComment), ("untrusted", untrustedComment)] {
            guard !comment.contains(where: \.isNewline) else { throw .badComment(problem: tr("store.sign.commentNewline", ["name": name])) }
        }
        guard trustedComment.utf8.count < 8192 - 18 else { throw .badComment(problem: tr("store.sign.commentTooLong")) }
        let signature: [UInt8], global: [UInt8]
        do {
            signature = try LibCrypto.ed25519Sign(try LibCrypto.blake2b512([UInt8](message)), seed: key.seed)
            global = try LibCrypto.ed25519Sign(signature + Array(trustedComment.utf8), seed: key.seed)
        } catch {
            throw SigningError(error)
        }
        return "untrusted comment: \(untrustedComment)\n"
            + Data(Array("ED".utf8) + key.keyID.bytes + signature).base64EncodedString() + "\n"
            + "trusted comment: \(trustedComment)\n"
            + Data(global).base64EncodedString() + "\n"
    }

    /// Whether `signatureText` is a valid prehashed signature of `message` by `publicKey` (both signatures checked).
    public static func verify(_ signatureText: String, message: Data, publicKey: MinisignPublicKey) -> Bool {
        let lines = signatureText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 4, lines[2].hasPrefix("trusted comment: "),
              let first = Data(base64Encoded: lines[1]).map([UInt8].init), first.count == 74,
              first.prefix(2) == Array("ED".utf8)[...], Array(first[2..<10]) == publicKey.keyID.bytes,
              let global = Data(base64Encoded: lines[3]).map([UInt8].init),
              let digest = try? LibCrypto.blake2b512([UInt8](message)) else { return false }
        let signature = Array(first[10...])
        let trusted = Array(lines[2].dropFirst("trusted comment: ".count).utf8)
        return LibCrypto.ed25519Verify(signature, message: digest, publicKey: publicKey.bytes)
            && LibCrypto.ed25519Verify(global, message: signature + trusted, publicKey: publicKey.bytes)
    }
}
