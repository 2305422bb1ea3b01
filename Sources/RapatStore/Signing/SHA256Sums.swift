import Foundation

/// A `SHA256SUMS` file in GNU `sha256sum` format, so `sha256sum -c SHA256SUMS` checks every document in its folder.
public enum SHA256Sums {
    public static let fileName = "SHA256SUMS"

    /// One "<64 hex>  <name>" line per file, in the order given; `name` is relative to the folder.
    ///
    /// - Important: Every line is a checksum line. GNU sha256sum 9.1 and perl's shasum happen to skip `#` lines, but
    ///   the format defines no comments; notes go into files listed (and so checked) like the others.
    public static func text(_ files: [(name: String, data: Data)]) -> String {
        text(digests: files.map { ($0.name, SHA256Hasher.hex($0.data)) })
    }

    /// The same lines from digests computed as each file was written (a documents folder need not be held in memory).
    public static func text(digests: [(name: String, sha256: String)]) -> String {
        digests.map { file in
            precondition(!file.name.contains(where: { $0.isNewline || $0 == "\\" }), "sha256sum would escape \(file.name)")
            return file.sha256 + "  " + file.name + "\n"
        }.joined()
    }
}
