import Foundation
import RapatText
#if canImport(Glibc)
import Glibc
#endif

/// Where a meeting file really is, and whether it is one, checked before SQLite ever opens it.
///
/// SQLite keeps one `-wal` per path name, so every name for the file (a symlink, a `..` path) is reduced to
/// its real path; hard links share the inode, which is what the writer lock locks.
enum MeetingFileLocation {
    /// The canonical path of an existing file (symlinks and `..` resolved).
    static func resolve(_ path: String) throws(StoreError) -> String {
        guard let resolved = realpath(path, nil) else {
            if errno == ENOENT || errno == ENOTDIR { throw .meetingFileNotFound(path: path) }
            throw .unreadableFile(path: path, reason: systemReason(errno))
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Refuses what is not a meeting file before SQLite could quietly turn it into a blank one.
    static func checkContents(_ resolved: String, displayPath: String) throws(StoreError) {
        var info = stat()
        guard stat(resolved, &info) == 0 else { throw .unreadableFile(path: displayPath, reason: systemReason(errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw .notAMeetingFile(path: displayPath, reason: tr("store.reason.folder"))
        }
        if info.st_size == 0 {
            throw .notAMeetingFile(path: displayPath,
                                   reason: tr("store.reason.zeroBytes"))
        }
        guard let handle = FileHandle(forReadingAtPath: resolved) else {
            throw .unreadableFile(path: displayPath, reason: tr("store.reason.noReadPermission"))
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 512)) ?? Data()
        if !head.starts(with: Array("SQLite format 3\u{0}".utf8)) {
            throw .notAMeetingFile(path: displayPath, reason: describeForeign(head))
        }
    }

    /// Refuses a file a writer could not append to, before the first scan is taken.
    static func checkWritable(_ resolved: String, displayPath: String) throws(StoreError) {
        let directory = (resolved as NSString).deletingLastPathComponent
        for target in [resolved, directory.isEmpty ? "." : directory] where access(target, W_OK) != 0 {
            let reason = errno == EROFS ? tr("store.reason.readOnlyMedium") : systemReason(errno)
            throw .readOnlyMeetingFile(path: displayPath, reason: reason)
        }
    }

    /// What a foreign file looks like, so the refusal says what was opened by mistake.
    static func describeForeign(_ head: Data) -> String {
        let bytes = [UInt8](head)
        if bytes.starts(with: Array("%PDF".utf8)) { return tr("store.reason.pdf") }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return tr("store.reason.zip") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return tr("store.reason.text")
        }
        let text = String(decoding: bytes.prefix(200), as: UTF8.self)
        if text.hasPrefix("{") { return tr("store.reason.json") }
        if text.contains("=") && text.contains("[") { return tr("store.reason.toml") }
        let printable = bytes.prefix(200).allSatisfy { $0 == 9 || $0 == 10 || $0 == 13 || $0 >= 32 }
        if printable { return tr("store.reason.printable") }
        return tr("store.reason.notSQLiteContent")
    }

    static func systemReason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: tr("store.reason.noPermission")
        case EROFS: tr("store.reason.readOnlyMedium")
        case ENOENT: tr("store.reason.notThere")
        case ELOOP: tr("store.reason.symlinkLoop")
        default: tr("store.reason.systemError", ["code": code])
        }
    }
}
