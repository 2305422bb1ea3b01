import Foundation
import RapatText
import GRDB
#if canImport(Glibc)
import Glibc
#endif

extension MeetingFile {
    /// Writes a consistent copy of the meeting to `destination` (a new file, or a folder to put it in), at any
    /// moment, also while a writer is recording: SQLite's `VACUUM INTO` copies one snapshot, WAL included.
    /// The copy is private (0600), standalone (no `-wal` needed) and verified before it takes its name.
    /// Returns the copy's path and its verification.
    public func copy(to destination: String) throws(StoreError) -> (path: String, verification: JournalVerification) {
        var target = destination
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory), isDirectory.boolValue {
            target = (destination as NSString).appendingPathComponent((path as NSString).lastPathComponent)
        }
        if FileManager.default.fileExists(atPath: target) || (try? FileManager.default.destinationOfSymbolicLink(atPath: target)) != nil {
            throw .copyFailed(path: target, reason: tr("store.copy.targetExists"))
        }
        let directory = (target as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw .copyFailed(path: target, reason: tr("store.copy.noFolder", ["folder": directory]))
        }
        let temporary = (directory.isEmpty ? "." : directory) + "/." + (target as NSString).lastPathComponent
            + ".salin-\(getpid())"
        unlink(temporary)
        do {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM INTO ?", arguments: [temporary])
            }
            chmod(temporary, 0o600)
            // The copy must read without a -wal beside it (archives, read-only media).
            let copy = try DatabaseQueue(path: temporary)
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
            try Self.syncFile(temporary)
        } catch {
            unlink(temporary)
            throw .copyFailed(path: target, reason: Self.copyReason(error))
        }
        let verification: JournalVerification
        do {
            let copied = try MeetingFile.open(at: temporary, writable: false, purpose: "rapat salin")
            verification = try copied.verify()
            copied.close()
        } catch {
            unlink(temporary)
            throw .copyFailed(path: target, reason: tr("store.copy.unreadable", ["reason": SystemErrorText.sentence(for: error)]))
        }
        // A broken original is still copied, as evidence, and the caller is told; a copy broken by copying is not.
        if !verification.isIntact {
            let original = try verify()
            guard original == verification else {
                unlink(temporary)
                throw .copyFailed(path: target, reason: tr("store.copy.chainFailed"))
            }
        }
        // link() refuses an existing name, so a file that appeared meanwhile is never overwritten.
        guard link(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw .copyFailed(path: target, reason: code == EEXIST ? tr("store.copy.exists")
                : MeetingFileLocation.systemReason(code))
        }
        unlink(temporary)
        try? Self.syncFile(directory.isEmpty ? "." : directory)
        return (target, verification)
    }

    private static func syncFile(_ path: String) throws {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { Glibc.close(fd) }
        fsync(fd)
    }

    private static func copyReason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_FULL: return tr("store.copy.diskFull")
            case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM: return tr("store.copy.folderReadOnly")
            default: return SystemErrorText.reason(sqlite: error.resultCode, subject: "salinan")
            }
        }
        return SystemErrorText.sentence(for: error)
    }
}
