import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One writer per meeting, whatever its name: an exclusive `flock` on the meeting file itself.
///
/// The lock belongs to the inode, so a hard link, a symlink or a `..` path is the same meeting; the kernel
/// releases it when the process ends (even by SIGKILL), so a stale lock never blocks the next session.
/// `flock` locks are independent of SQLite's POSIX record locks on Linux.
///
/// - Important: closing any descriptor of the file drops this process's POSIX locks on it (SQLite's
///   included), so the descriptor stays open until the database is closed: call `release()` after it.
public final class WriterLock {
    /// The canonical path of the locked meeting file.
    public let path: String
    private var descriptor: Int32
    private let holderPath: String

    /// Takes the lock on the (already resolved) meeting file, or explains who holds it.
    init(resolvedPath: String, displayPath: String, purpose: String) throws(StoreError) {
        path = resolvedPath
        let fd = open(resolvedPath, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw .cannotLock(path: displayPath, reason: MeetingFileLocation.systemReason(errno))
        }
        var info = stat()
        fstat(fd, &info)
        holderPath = Self.holderPath(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw .lockedByAnotherProcess(path: displayPath, holder: Self.readHolder(at: holderPath) ?? "proses lain")
        }
        descriptor = fd
        let since = ISO8601DateFormatter().string(from: Date())
        let host = ProcessInfo.processInfo.hostName
        let holderText = "proses \(getpid()) (\(purpose)) di \(host) sejak \(since), berkas \(resolvedPath)\n"
        let holder = open(holderPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        if holder >= 0 {
            _ = holderText.withCString { write(holder, $0, strlen($0)) }
            close(holder)
        }
    }

    /// Releases the lock; idempotent. Call only after the database connection is closed.
    func release() {
        guard descriptor >= 0 else { return }
        unlink(holderPath)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// Who holds the lock is written beside it, keyed by the file's identity rather than by any of its names.
    private static func holderPath(device: UInt64, inode: UInt64) -> String {
        "/tmp/rapat-penulis-\(device)-\(inode)"
    }

    private static func readHolder(at path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data.prefix(512), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
