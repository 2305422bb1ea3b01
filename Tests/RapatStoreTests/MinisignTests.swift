import Foundation
import RapatStore
import RapatTesting
import XCTest

/// The koperasi's signing key and signatures (issue 10): minisign's own file formats, checked against the stock
/// `minisign` tool in both directions.
final class MinisignTests: XCTestCase {
    private func mode(_ path: String) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    func testKeyFilesAreOwnerOnlyAndPublicAndNeverOverwritten() throws {
        // Given a fresh folder
        let dir = TemporaryDirectory()
        let secret = dir.file("kunci-rapat.key"), pub = dir.file("kunci-rapat.pub")

        // When the key pair is made
        let key = try MinisignKeyFiles.create(secretPath: secret, publicPath: pub)

        // Then the secret key is 0600, the public key 0644, both in minisign's layout
        XCTAssertEqual(try mode(secret), 0o600)
        XCTAssertEqual(try mode(pub), 0o644)
        let pubText = try String(contentsOfFile: pub, encoding: .utf8)
        XCTAssertEqual(pubText, "untrusted comment: minisign public key \(key.keyID)\n\(key.publicKey.line)\n")
        XCTAssertEqual(try MinisignPublicKey.load(from: pub), key.publicKey)
        XCTAssertEqual(try MinisignSecretKey.load(from: secret).publicKey, key.publicKey)
        let raw = try XCTUnwrap(Data(base64Encoded: try String(contentsOfFile: secret, encoding: .utf8)
            .split(separator: "\n")[1].trimmingCharacters(in: .whitespaces)))
        XCTAssertEqual(raw.count, 158)
        XCTAssertEqual([UInt8](raw.prefix(6)), Array("Ed".utf8) + [0, 0] + Array("B2".utf8), "Ed25519, no password, BLAKE2b checksum")

        // And a second run refuses, leaving the first key untouched
        let before = try Data(contentsOf: URL(fileURLWithPath: secret))
        XCTAssertThrowsError(try MinisignKeyFiles.create(secretPath: secret, publicPath: dir.file("other.pub"))) { error in
            XCTAssertEqual(error as? SigningError, .keyFileExists(path: secret))
            XCTAssertTrue((error as? SigningError)?.message.contains("tidak ditimpa") == true)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: secret)), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.file("other.pub")))
    }

    func testSignaturesVerifyAndOneChangedByteFails() throws {
        let key = try MinisignSecretKey.generate()
        let message = Data("abc  berita-acara.txt\n".utf8)
        let signature = try MinisignSignature.sign(message, with: key, trustedComment: "sidik-jurnal:d1g3st")
        XCTAssertTrue(MinisignSignature.verify(signature, message: message, publicKey: key.publicKey))
        XCTAssertEqual(signature, try MinisignSignature.sign(message, with: key, trustedComment: "sidik-jurnal:d1g3st"),
                       "Ed25519 is deterministic: same key and file, same signature")
        var changed = message
        changed[0] ^= 1
        XCTAssertFalse(MinisignSignature.verify(signature, message: changed, publicKey: key.publicKey))
        let forged = signature.replacingOccurrences(of: "sidik-jurnal:d1g3st", with: "sidik-jurnal:d1g3su")
        XCTAssertFalse(MinisignSignature.verify(forged, message: message, publicKey: key.publicKey), "the trusted comment is signed")
        XCTAssertFalse(MinisignSignature.verify(signature, message: message, publicKey: try MinisignSecretKey.generate().publicKey))
    }

    func testStockMinisignVerifiesOurSignatureAndRejectsAChangedFile() throws {
        let minisign = try ExternalTool("minisign", package: "minisign")
        let dir = TemporaryDirectory()
        let key = try MinisignKeyFiles.create(secretPath: dir.file("kunci-rapat.key"), publicPath: dir.file("kunci-rapat.pub"))
        let sums = dir.write("SHA256SUMS", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  kosong.txt\n")
        let signature = try MinisignSignature.sign(try Data(contentsOf: URL(fileURLWithPath: sums)), with: key,
                                                   trustedComment: "sidik-jurnal:d1g3st\tberkas-rapat:rat.rapat")
        _ = dir.write("SHA256SUMS.minisig", signature)

        let verified = try minisign.run(["-Vm", "SHA256SUMS", "-p", "kunci-rapat.pub"], in: dir.path)
        XCTAssertEqual(verified.status, 0, verified.output)
        XCTAssertTrue(verified.output.contains("Trusted comment: sidik-jurnal:d1g3st"), verified.output)
        XCTAssertEqual(try minisign.run(["-Vm", "SHA256SUMS", "-P", key.publicKey.line], in: dir.path).status, 0)

        _ = dir.write("SHA256SUMS", "f3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  kosong.txt\n")
        let tampered = try minisign.run(["-Vm", "SHA256SUMS", "-p", "kunci-rapat.pub"], in: dir.path)
        XCTAssertNotEqual(tampered.status, 0, tampered.output)
        XCTAssertTrue(tampered.output.contains("Signature verification failed"), tampered.output)
    }

    func testStockMinisignSignsWithOurSecretKeyAndWeReadItsKeys() throws {
        let minisign = try ExternalTool("minisign", package: "minisign")
        let dir = TemporaryDirectory()
        let ours = try MinisignKeyFiles.create(secretPath: dir.file("kunci-rapat.key"), publicPath: dir.file("kunci-rapat.pub"))
        let file = dir.write("SHA256SUMS", "x\n")

        // minisign accepts our secret key, and its signature checks against our public key (theirs and ours)
        let signed = try minisign.run(["-S", "-s", "kunci-rapat.key", "-m", "SHA256SUMS", "-x", "theirs.minisig"], in: dir.path)
        XCTAssertEqual(signed.status, 0, signed.output)
        XCTAssertEqual(try minisign.run(["-Vm", "SHA256SUMS", "-x", "theirs.minisig", "-p", "kunci-rapat.pub"], in: dir.path).status, 0)
        let theirSignature = try String(contentsOfFile: dir.file("theirs.minisig"), encoding: .utf8)
        XCTAssertTrue(MinisignSignature.verify(theirSignature, message: try Data(contentsOf: URL(fileURLWithPath: file)),
                                               publicKey: ours.publicKey))

        // and we read a key pair made by `minisign -G -W`
        let made = try minisign.run(["-G", "-W", "-p", "ref.pub", "-s", "ref.key"], in: dir.path)
        XCTAssertEqual(made.status, 0, made.output)
        let reference = try MinisignSecretKey.load(from: dir.file("ref.key"))
        let referencePublic = try MinisignPublicKey.load(from: dir.file("ref.pub"))
        XCTAssertEqual(reference.publicKey, referencePublic)
        XCTAssertEqual(referencePublic.fileText, try String(contentsOfFile: dir.file("ref.pub"), encoding: .utf8),
                       "our public-key file is byte for byte minisign's")
        _ = dir.write("ref.minisig", try MinisignSignature.sign(Data("x\n".utf8), with: reference, trustedComment: "uji"))
        XCTAssertEqual(try minisign.run(["-Vm", "SHA256SUMS", "-x", "ref.minisig", "-p", "ref.pub"], in: dir.path).status, 0)
    }

    func testDamagedAndWrongKeyFilesAreNamedWithTheFix() throws {
        let dir = TemporaryDirectory()
        let key = try MinisignKeyFiles.create(secretPath: dir.file("kunci-rapat.key"), publicPath: dir.file("kunci-rapat.pub"))
        XCTAssertThrowsError(try MinisignSecretKey.load(from: dir.file("kunci-rapat.pub"))) { error in
            XCTAssertTrue((error as? SigningError)?.message.contains("bukan kunci rahasia minisign") == true, "\(error)")
        }
        XCTAssertThrowsError(try MinisignSecretKey.load(from: dir.file("tidak-ada.key"))) { error in
            XCTAssertEqual(error as? SigningError, .keyNotFound(path: dir.file("tidak-ada.key")))
        }
        // One flipped bit in the stored public half: the pair no longer matches.
        var raw = [UInt8](try XCTUnwrap(Data(base64Encoded: key.fileText.split(separator: "\n")[1].description)))
        raw[100] ^= 1
        let damaged = "untrusted comment: x\n" + Data(raw).base64EncodedString() + "\n"
        XCTAssertThrowsError(try MinisignSecretKey.parse(damaged, path: "rusak.key")) { error in
            guard case .damagedSecretKey = error as? SigningError else { return XCTFail("\(error)") }
            XCTAssertTrue((error as? SigningError)?.message.hasPrefix("rusak.key: kunci rahasia rusak") == true)
        }
    }

    func testSHA256SumsIsWhatSha256sumChecks() throws {
        let sha256sum = try ExternalTool("sha256sum", package: "coreutils")
        let dir = TemporaryDirectory()
        let files = [("a.txt", Data("satu\n".utf8)), ("b.pdf", Data([0, 1, 2, 255]))]
        for (name, data) in files { XCTAssertTrue(FileManager.default.createFile(atPath: dir.file(name), contents: data)) }
        _ = dir.write("SHA256SUMS", SHA256Sums.text(files))
        let checked = try sha256sum.run(["--strict", "-c", "SHA256SUMS"], in: dir.path)
        XCTAssertEqual(checked.status, 0, checked.output)
        XCTAssertEqual(checked.output, "a.txt: OK\nb.pdf: OK\n")
        try Data("satu!\n".utf8).write(to: URL(fileURLWithPath: dir.file("a.txt")))
        let changed = try sha256sum.run(["-c", "SHA256SUMS"], in: dir.path)
        XCTAssertNotEqual(changed.status, 0)
        XCTAssertTrue(changed.output.contains("a.txt: FAILED"), changed.output)
    }
}
