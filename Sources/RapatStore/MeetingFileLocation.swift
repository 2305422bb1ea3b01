import Foundation
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
            throw .notAMeetingFile(path: displayPath, reason: "ini sebuah folder")
        }
        if info.st_size == 0 {
            throw .notAMeetingFile(path: displayPath,
                                   reason: "berkasnya kosong (0 byte)")
        }
        guard let handle = FileHandle(forReadingAtPath: resolved) else {
            throw .unreadableFile(path: displayPath, reason: "tidak ada izin membaca")
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
            let reason = errno == EROFS ? "media baca-saja" : systemReason(errno)
            throw .readOnlyMeetingFile(path: displayPath, reason: reason)
        }
    }

    /// What a foreign file looks like, so the refusal says what was opened by mistake.
    static func describeForeign(_ head: Data) -> String {
        let bytes = [UInt8](head)
        if bytes.starts(with: Array("%PDF".utf8)) { return "ini dokumen PDF" }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "ini arsip ZIP (mis. DOCX atau XLSX)" }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return "ini berkas teks (mis. CSV atau JSON Lines)"
        }
        let text = String(decoding: bytes.prefix(200), as: UTF8.self)
        if text.hasPrefix("{") { return "ini berkas JSON/JSON Lines, bukan berkas rapat" }
        if text.contains("=") && text.contains("[") { return "ini berkas pengaturan TOML, bukan berkas rapat" }
        let printable = bytes.prefix(200).allSatisfy { $0 == 9 || $0 == 10 || $0 == 13 || $0 >= 32 }
        if printable { return "ini berkas teks (mis. CSV), bukan berkas rapat" }
        return "isinya bukan basis data SQLite"
    }

    static func systemReason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "tidak ada izin"
        case EROFS: "media baca-saja"
        case ENOENT: "tidak ada"
        case ELOOP: "tautan simbolik berputar"
        default: "galat sistem \(code)"
        }
    }
}
