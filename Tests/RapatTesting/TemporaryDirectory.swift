import Foundation

/// A fresh directory under the system temp folder, removed on deinit.
public final class TemporaryDirectory {
    public let path: String

    public init() {
        path = NSTemporaryDirectory() + "rapat-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func file(_ name: String) -> String { path + "/" + name }

    public func write(_ name: String, _ text: String) -> String {
        let target = file(name)
        precondition(FileManager.default.createFile(atPath: target, contents: Data(text.utf8)), "cannot write \(target)")
        return target
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
