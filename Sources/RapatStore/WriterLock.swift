import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One writer per meeting file: an exclusive `flock` on `<file>.lock`, released by the kernel when the
/// process ends (even by SIGKILL), so a stale lock can never block the next session.
public final class WriterLock {
    public let path: String
    private let descriptor: Int32

    /// Takes the lock or explains who holds it.
    public init(meetingPath: String, purpose: String) throws(StoreError) {
        path = meetingPath + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw .cannotLock(path: meetingPath, reason: String(cString: strerror(errno)))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.readHolder(fd) ?? "proses lain"
            close(fd)
            throw .lockedByAnotherProcess(path: meetingPath, holder: holder)
        }
        descriptor = fd
        let since = ISO8601DateFormatter().string(from: Date())
        let host = ProcessInfo.processInfo.hostName
        let info = "proses \(getpid()) (\(purpose)) di \(host) sejak \(since)\n"
        _ = ftruncate(fd, 0)
        _ = info.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func readHolder(_ fd: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
