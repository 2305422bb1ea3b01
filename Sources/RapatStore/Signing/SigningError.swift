import Foundation

/// Why a signing key could not be made, read or used, naming the file and what to do about it.
public enum SigningError: Error, Equatable, Sendable {
    case keyFileExists(path: String)
    case cannotWrite(path: String, reason: String)
    case keyNotFound(path: String)
    case notASecretKey(path: String, problem: String)
    case encryptedSecretKey(path: String)
    case damagedSecretKey(path: String, problem: String)
    case notAPublicKey(path: String, problem: String)
    case keyMismatch(secretPath: String, publicPath: String, secretID: String, publicID: String)
    case keyInsideOutput(path: String, output: String)
    case badComment(problem: String)
    case library(step: String)

    public var message: String {
        switch self {
        case let .keyFileExists(path):
            return "\(path): berkas kunci sudah ada: tidak ditimpa (tanda tangan lama tetap bisa diperiksa dengan kunci itu); "
                + "pilih folder lain dengan --folder, atau hapus dulu bila memang ingin mengganti kunci koperasi."
        case let .cannotWrite(path, reason):
            return "\(path): tidak bisa ditulis (\(reason)): periksa izin dan keberadaan foldernya."
        case let .keyNotFound(path):
            return "\(path): kunci tanda tangan tidak ditemukan: buat dengan `rapat kunci buat`, atau tunjuk berkasnya dengan --kunci."
        case let .notASecretKey(path, problem):
            return "\(path): bukan kunci rahasia minisign (\(problem)): tunjuk berkas kunci-rapat.key buatan `rapat kunci buat` "
                + "(bukan kunci-rapat.pub)."
        case let .encryptedSecretKey(path):
            return "\(path): kunci rahasia ini dilindungi kata sandi, yang belum didukung Rapat: buat kunci dengan "
                + "`rapat kunci buat` (atau `minisign -G -W`)."
        case let .damagedSecretKey(path, problem):
            return "\(path): kunci rahasia rusak (\(problem)): pulihkan dari cadangan; jangan menandatangani dengan kunci ini."
        case let .notAPublicKey(path, problem):
            return "\(path): bukan kunci publik minisign (\(problem)): tunjuk berkas kunci-rapat.pub buatan `rapat kunci buat`."
        case let .keyMismatch(secretPath, publicPath, secretID, publicID):
            return "\(secretPath) (kunci \(secretID)) tidak berpasangan dengan \(publicPath) (kunci \(publicID)): "
                + "tanda tangannya tidak akan lolos pemeriksaan; pakai pasangan yang dibuat bersama oleh `rapat kunci buat`."
        case let .keyInsideOutput(path, output):
            return "\(path): kunci rahasia berada di folder dokumen \(output), yang dibagikan ke anggota: "
                + "pindahkan kunci ke luar folder itu, atau pilih folder keluaran lain dengan --output."
        case let .badComment(problem):
            return "komentar tanda tangan tidak sah (\(problem))."
        case let .library(step):
            return "pustaka kriptografi sistem (libcrypto) gagal pada \(step): pastikan OpenSSL 3 terpasang (scripts/setup)."
        }
    }
}

extension SigningError: CustomStringConvertible {
    public var description: String { message }
}

extension SigningError {
    init(_ failure: LibCrypto.Failure) { self = .library(step: failure.step) }
}
