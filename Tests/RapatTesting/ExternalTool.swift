import Foundation
import XCTest

/// A system tool the tests check the app's files with (minisign, sha256sum), run to completion.
public struct ExternalTool {
    public let path: String

    /// The installed tool; skips the test where it is missing, but fails it under CI (`CI=true`), which installs it.
    public init(_ name: String, package: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let candidates = ["/usr/bin/\(name)", "/usr/local/bin/\(name)", "/bin/\(name)"]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            let message = "\(name) tidak terpasang (paket Debian \(package); scripts/setup memasangnya)"
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                XCTFail(message, file: file, line: line)
                throw Missing(message: message)
            }
            throw XCTSkip(message)
        }
        path = found
    }

    /// Runs the tool in `directory`; stdin is empty so a tool never waits for a password.
    @discardableResult
    public func run(_ arguments: [String], in directory: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    struct Missing: Error { let message: String }
}
