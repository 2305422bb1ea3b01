import Foundation
import RapatText
import RapatCore
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
    /// `zone` gives the koperasi's time zone for the refusal's "since" (read only when the lock is refused).
    init(resolvedPath: String, displayPath: String, purpose: String,
         zone: () -> IndonesianTimeZone = { .wib }) throws(StoreError) {
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
            throw .lockedByAnotherProcess(path: displayPath, holder: Self.readHolder(at: holderPath, zone: zone) ?? tr("store.lock.otherProcess"))
        }
        descriptor = fd
        let since = Int64(Date().timeIntervalSince1970 * 1000)
        let host = ProcessInfo.processInfo.hostName
        let holderText = "\(getpid())\n\(purpose)\n\(host)\n\(since)\n\(resolvedPath)\n"
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

    /// The path a running writer opened the same file by, when it differs from `resolvedPath` (a hard link):
    /// a reader must open that name, since SQLite keeps the recent commits in the `-wal` of the writer's name.
    static func activeWriterPath(for resolvedPath: String) -> String? {
        var info = stat()
        guard stat(resolvedPath, &info) == 0, info.st_nlink > 1 else { return nil }
        let fd = open(resolvedPath, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        // Closing this descriptor is safe: the reader has no SQLite connection (and so no POSIX lock) yet.
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return nil
        }
        let holder = holderPath(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard let data = FileManager.default.contents(atPath: holder) else { return nil }
        let fields = String(decoding: data.prefix(4096), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard fields.count >= 5 else { return nil }
        let writerPath = String(fields[4])
        var other = stat()
        guard writerPath != resolvedPath, stat(writerPath, &other) == 0, other.st_ino == info.st_ino,
              other.st_dev == info.st_dev else { return nil }
        return writerPath
    }

    /// Who holds the lock is written beside it, keyed by the file's identity rather than by any of its names.
    private static func holderPath(device: UInt64, inode: UInt64) -> String {
        "/tmp/rapat-penulis-\(device)-\(inode)"
    }

    /// "proses 4242 (rapat run) di laptop-sekretaris sejak 21 Maret 2026 pukul 08.02 WITA, berkas /…/rat.rapat".
    private static func readHolder(at path: String, zone: () -> IndonesianTimeZone) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let fields = String(decoding: data.prefix(4096), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard fields.count >= 5, let milliseconds = Int64(fields[3]) else { return nil }
        let since = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
        let zone = zone()
        return "proses \(fields[0]) (\(fields[1])) di \(fields[2]) sejak \(IndonesianFormat.date(since, zone: zone)) "
            + "\(IndonesianFormat.time(since, zone: zone)), berkas \(fields[4])"
    }
}
