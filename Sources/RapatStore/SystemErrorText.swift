import Foundation
import RapatText
import GRDB

/// Indonesian sentences for the errors libraries throw (Foundation file errors, errno, SQLite, JSON decoding), so
/// "NSCocoaErrorDomain 513", "SQLite error 14" or "DecodingError.keyNotFound…" never reach a secretary.
public enum SystemErrorText {
    /// What is wrong and how to fix it, in one sentence; `path` names the file when the error does not.
    public static func sentence(for error: any Error, path: String? = nil) -> String {
        plainSentence(for: error, path: path) + Verbosity.detail(String(reflecting: error))
    }

    private static func plainSentence(for error: any Error, path: String?) -> String {
        let subject = path.map { tr("store.sys.fileNamed", ["path": $0]) } ?? tr("store.sys.file")
        if let error = error as? DatabaseError { return reason(sqlite: error.resultCode, subject: subject) }
        if error is DecodingError {
            return tr("store.sys.decoding", ["subject": subject])
        }
        if error is EncodingError { return tr("store.sys.encoding") }
        let ns = error as NSError
        let named = (ns.userInfo[NSFilePathErrorKey] as? String).map { tr("store.sys.fileNamed", ["path": $0]) } ?? subject
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
                return tr("store.sys.notUTF8", ["subject": named])
            default: break
            }
        }
        return tr("store.sys.unexpected")
    }

    /// A file operation's `errno` as a sentence.
    public static func reason(errno code: Int32, subject: String) -> String {
        switch code {
        case EACCES, EPERM: return tr("store.sys.permission", ["subject": subject])
        case ENOENT: return tr("store.sys.noEntry", ["subject": subject])
        case ENOSPC, EDQUOT: return tr("store.sys.diskFull", ["subject": subject])
        case EROFS: return tr("store.sys.readOnly", ["subject": subject])
        case EEXIST: return tr("store.sys.exists", ["subject": subject])
        case ENOTDIR: return tr("store.sys.notDir", ["subject": subject])
        case EISDIR: return tr("store.sys.isDir", ["subject": subject])
        case ELOOP: return tr("store.sys.symlink", ["subject": subject])
        case EIO: return tr("store.sys.io", ["subject": subject])
        case ENAMETOOLONG: return tr("store.sys.nameTooLong", ["subject": subject])
        default: return tr("store.sys.other", ["subject": subject, "code": code])
        }
    }

    /// A file operation's `errno` as a short Indonesian phrase (for messages that already say what to do).
    public static func phrase(errno code: Int32) -> String {
        switch code {
        case EACCES, EPERM: tr("store.sys.phrase.permission")
        case ENOENT: tr("store.sys.phrase.noFolder")
        case ENOSPC, EDQUOT: tr("store.sys.phrase.diskFull")
        case EROFS: tr("store.sys.phrase.readOnly")
        case EEXIST: tr("store.sys.phrase.exists")
        case ENOTDIR: tr("store.sys.phrase.notDir")
        case EIO: tr("store.sys.phrase.io")
        default: tr("store.reason.systemError", ["code": code])
        }
    }

    /// An SQLite result code as a sentence.
    public static func reason(sqlite code: ResultCode, subject: String) -> String {
        switch code.primaryResultCode {
        case .SQLITE_CANTOPEN: return tr("store.sql.cantOpen", ["subject": subject])
        case .SQLITE_READONLY, .SQLITE_PERM: return tr("store.sql.readOnly", ["subject": subject])
        case .SQLITE_FULL: return tr("store.sys.diskFull", ["subject": subject])
        case .SQLITE_BUSY, .SQLITE_LOCKED: return tr("store.sql.busy", ["subject": subject])
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return tr("store.sql.corrupt", ["subject": subject])
        case .SQLITE_IOERR: return tr("store.sql.io", ["subject": subject])
        default: return tr("store.sql.other", ["subject": subject, "code": code.rawValue])
        }
    }
}

/// Whether messages carry the technical detail of library errors: `--verbose` on any command, or `RAPAT_VERBOSE=1`.
public enum Verbosity {
    public static var isOn: Bool {
        ProcessInfo.processInfo.environment["RAPAT_VERBOSE"] == "1" || CommandLine.arguments.contains("--verbose")
    }

    /// " (rincian teknis: detail)" under `--verbose`, otherwise nothing.
    public static func detail(_ text: String) -> String { isOn ? tr("store.sys.detail", ["text": text]) : "" }
}
