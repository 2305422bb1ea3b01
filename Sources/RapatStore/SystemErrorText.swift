import Foundation
import GRDB

/// Indonesian sentences for the errors libraries throw (Foundation file errors, errno, SQLite, JSON decoding), so
/// "NSCocoaErrorDomain 513", "SQLite error 14" or "DecodingError.keyNotFound…" never reach a secretary.
public enum SystemErrorText {
    /// What is wrong and how to fix it, in one sentence; `path` names the file when the error does not.
    public static func sentence(for error: any Error, path: String? = nil) -> String {
        plainSentence(for: error, path: path) + Verbosity.detail(String(reflecting: error))
    }

    private static func plainSentence(for error: any Error, path: String?) -> String {
        let subject = path.map { "berkas \($0)" } ?? "berkas"
        if let error = error as? DatabaseError { return reason(sqlite: error.resultCode, subject: subject) }
        if error is DecodingError {
            return "isi \(subject) tidak sesuai format yang diharapkan (rusak, terpotong, atau dibuat program lain); "
                + "periksa berkasnya atau pulihkan dari salinan"
        }
        if error is EncodingError { return "data tidak bisa ditulis sebagai JSON; laporkan masalah ini (dengan --verbose)" }
        let ns = error as NSError
        let named = (ns.userInfo[NSFilePathErrorKey] as? String).map { "berkas \($0)" } ?? subject
        if ns.domain == NSPOSIXErrorDomain { return reason(errno: Int32(ns.code), subject: named) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(underlying.code), subject: named)
        }
        if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return reason(errno: ENOENT, subject: named)
            case .fileReadNoPermission, .fileWriteNoPermission: return reason(errno: EACCES, subject: named)
            case .fileWriteOutOfSpace: return reason(errno: ENOSPC, subject: named)
            case .fileWriteVolumeReadOnly: return reason(errno: EROFS, subject: named)
            case .fileWriteFileExists: return reason(errno: EEXIST, subject: named)
            case .fileReadCorruptFile, .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding:
                return "\(named) tidak bisa dibaca sebagai teks UTF-8; simpan ulang sebagai UTF-8"
            default: break
            }
        }
        return "terjadi galat yang tidak terduga; jalankan lagi dengan --verbose dan laporkan rinciannya"
    }

    /// A file operation's `errno` as a sentence.
    public static func reason(errno code: Int32, subject: String) -> String {
        switch code {
        case EACCES, EPERM: return "\(subject) tidak boleh dibuka atau ditulis (izin ditolak); periksa pemilik dan izin berkas dan foldernya"
        case ENOENT: return "\(subject) atau foldernya tidak ada; periksa namanya"
        case ENOSPC, EDQUOT: return "disk penuh saat menulis \(subject); kosongkan ruang lalu coba lagi"
        case EROFS: return "\(subject) ada di media hanya-baca; tulis ke folder lain (misalnya -o ~/dokumen)"
        case EEXIST: return "\(subject) sudah ada; pilih nama lain atau pindahkan yang lama"
        case ENOTDIR: return "sebagian jalur \(subject) bukan folder; periksa jalurnya"
        case EISDIR: return "\(subject) adalah folder, bukan berkas; periksa jalurnya"
        case ELOOP: return "\(subject) adalah tautan simbolik (symlink) yang tidak diikuti; pakai berkas biasa"
        case EIO: return "galat perangkat saat membaca atau menulis \(subject); periksa disk atau flashdisk-nya"
        case ENAMETOOLONG: return "nama \(subject) terlalu panjang; pakai nama yang lebih pendek"
        default: return "\(subject) tidak bisa dibaca atau ditulis (galat sistem \(code)); periksa disk dan izinnya"
        }
    }

    /// A file operation's `errno` as a short Indonesian phrase (for messages that already say what to do).
    public static func phrase(errno code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "izin ditolak"
        case ENOENT: "folder tidak ada"
        case ENOSPC, EDQUOT: "disk penuh"
        case EROFS: "media hanya-baca"
        case EEXIST: "sudah ada"
        case ENOTDIR: "sebagian jalur bukan folder"
        case EIO: "galat perangkat"
        default: "galat sistem \(code)"
        }
    }

    /// An SQLite result code as a sentence.
    public static func reason(sqlite code: ResultCode, subject: String) -> String {
        switch code.primaryResultCode {
        case .SQLITE_CANTOPEN: return "\(subject) tidak bisa dibuka; periksa bahwa berkas dan foldernya ada dan boleh ditulis"
        case .SQLITE_READONLY, .SQLITE_PERM: return "\(subject) atau foldernya hanya-baca; periksa izin atau pakai salinan yang boleh ditulis"
        case .SQLITE_FULL: return "disk penuh saat menulis \(subject); kosongkan ruang lalu coba lagi"
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "\(subject) sedang dipakai proses lain; coba lagi sebentar"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return "\(subject) rusak atau bukan berkas rapat; pulihkan dari salinan"
        case .SQLITE_IOERR: return "galat disk saat membaca atau menulis \(subject); periksa disk atau flashdisk-nya"
        default: return "basis data \(subject) menolak perintah (kode SQLite \(code.rawValue)); jalankan dengan --verbose dan laporkan"
        }
    }
}

/// Whether messages carry the technical detail of library errors: `--verbose` on any command, or `RAPAT_VERBOSE=1`.
public enum Verbosity {
    public static var isOn: Bool {
        ProcessInfo.processInfo.environment["RAPAT_VERBOSE"] == "1" || CommandLine.arguments.contains("--verbose")
    }

    /// " (rincian teknis: detail)" under `--verbose`, otherwise nothing.
    public static func detail(_ text: String) -> String { isOn ? " (rincian teknis: \(text))" : "" }
}
