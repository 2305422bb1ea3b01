import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Creates the koperasi's key pair files: the secret key readable by its owner only, the public key by everyone.
public enum MinisignKeyFiles {
    public static let secretName = "kunci-rapat.key"
    public static let publicName = "kunci-rapat.pub"

    /// Makes a key pair and writes `secretPath` (mode 0600, fsynced) and `publicPath` (mode 0644).
    ///
    /// - Important: Refuses when either file exists: replacing the koperasi's key would orphan every signature made
    ///   with it. Neither file is left behind when writing fails.
    @discardableResult
    public static func create(secretPath: String, publicPath: String) throws(SigningError) -> MinisignSecretKey {
        for path in [secretPath, publicPath] where FileManager.default.fileExists(atPath: path) {
            throw .keyFileExists(path: path)
        }
        let key = try MinisignSecretKey.generate()
        try writeNew(key.fileText, to: secretPath, mode: 0o600)
        do {
            try writeNew(key.publicKey.fileText, to: publicPath, mode: 0o644)
        } catch {
            unlink(secretPath)
            throw error
        }
        return key
    }

    /// Writes a new file with exactly `mode` (whatever the umask), refusing one that exists (O_EXCL).
    static func writeNew(_ text: String, to path: String, mode: mode_t) throws(SigningError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else {
            if errno == EEXIST { throw .keyFileExists(path: path) }
            throw .cannotWrite(path: path, reason: SystemErrorText.phrase(errno: errno))
        }
        var ok = fchmod(fd, mode) == 0
        let bytes = Array(text.utf8)
        ok = ok && bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) == $0.count }
        ok = ok && fsync(fd) == 0
        let reason = SystemErrorText.phrase(errno: errno)
        close(fd)
        guard ok else {
            unlink(path)
            throw .cannotWrite(path: path, reason: reason)
        }
    }
}
