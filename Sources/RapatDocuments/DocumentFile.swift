import Foundation
import RapatStore

/// A document that could not be written, as the secretary reads it.
public struct DocumentFileError: Error, Equatable, Sendable {
    public var path: String
    public var code: Int32

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    public var message: String {
        "dokumen tidak ditulis: " + SystemErrorText.reason(errno: code, subject: "berkas \(path)")
            + Verbosity.detail("errno \(code), \(String(cString: strerror(code)))")
    }
}

/// Writes documents privately: they carry members' names, attendance and SHU amounts, like the meeting file (0600).
public enum DocumentFile {
    /// The modes of the files and of the folder: private by default; `groupReadable` (`rapat docs --izin-baca-grup`)
    /// lets the group read them, for printing as another user.
    public static func modes(groupReadable: Bool) -> (file: mode_t, folder: mode_t) {
        groupReadable ? (0o640, 0o750) : (0o600, 0o700)
    }

    /// Creates `folder` (and its parents) with `mode` when missing; an existing folder is left as it is and
    /// returned `false`.
    @discardableResult
    public static func makeFolder(_ folder: String, mode: mode_t) throws(DocumentFileError) -> Bool {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw DocumentFileError(path: folder, code: ENOTDIR) }
            return false
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder, stat(parent, &info) != 0 { try makeFolder(parent, mode: mode) }
        guard mkdir(folder, mode) == 0 || errno == EEXIST else { throw DocumentFileError(path: folder, code: errno) }
        _ = chmod(folder, mode)  // the umask may have narrowed it; never widened beyond `mode`
        return true
    }

    /// A document written in full under a temporary name beside its place, waiting for `commit`.
    public struct Staged: Sendable {
        public let temporary: String
        public let path: String
    }

    /// Writes `data` to `path` with `mode` through a temporary file in the same folder and a rename, so a reader
    /// never sees half a document and the file never exists with wider permissions than `mode`.
    public static func write(_ data: Data, to path: String, mode: mode_t) throws(DocumentFileError) {
        try commit(stage(data, to: path, mode: mode))
    }

    /// Writes and syncs `data` under a temporary name in `path`'s folder; nothing is at `path` until `commit`. A set
    /// of documents is staged one by one (none held in memory) and committed together, or discarded together.
    public static func stage(_ data: Data, to path: String, mode: mode_t) throws(DocumentFileError) -> Staged {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        unlink(temporary)  // left by a run of the same pid that was killed mid-write
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        guard fd >= 0 else { throw DocumentFileError(path: path, code: errno) }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if failure == 0, fchmod(fd, mode) != 0 { failure = errno }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw DocumentFileError(path: path, code: failure)
        }
        return Staged(temporary: temporary, path: path)
    }

    /// Puts a staged document in its place (an atomic rename).
    public static func commit(_ staged: Staged) throws(DocumentFileError) {
        guard rename(staged.temporary, staged.path) == 0 else {
            let code = errno
            unlink(staged.temporary)
            throw DocumentFileError(path: staged.path, code: code)
        }
    }

    /// Removes staged documents that are not to be committed (a later document failed).
    public static func discard(_ staged: [Staged]) {
        for document in staged { unlink(document.temporary) }
    }
}
