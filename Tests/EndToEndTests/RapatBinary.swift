import Foundation
import XCTest

/// The freshly built `rapat` executable and a scratch meeting folder to run it in.
struct RapatBinary {
    let path: String
    let directory: String

    init() throws {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [testBinary, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("rapat").path }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            // In CI a missing binary is a broken build, never a reason to skip the end-to-end tests.
            if ProcessInfo.processInfo.environment["CI"] != nil {
                XCTFail("rapat binary not found next to the test bundle: \(candidates)")
                throw CocoaError(.fileNoSuchFile)
            }
            throw XCTSkip("rapat binary not found next to the test bundle: \(candidates)")
        }
        path = found
        directory = NSTemporaryDirectory() + "rapat-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// This process's environment with the language fixed to Indonesian (whatever the CI machine's locale), plus
    /// `extra` (e.g. `["RAPAT_LANG": "en"]`).
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !["RAPAT_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"].contains($0.key) }
        environment["LANG"] = "C.UTF-8"
        environment.merge(extra) { $1 }
        return environment
    }

    func file(_ name: String) -> String { directory + "/" + name }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    /// Runs `rapat args…` in the scratch folder to completion.
    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil,
             environment extra: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = Self.environment(extra)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// A meeting with `count` synthetic members (or the given CSV) and, optionally, registration open.
    func prepareMeeting(csv: String, openRegistration: Bool) throws {
        XCTAssertTrue(FileManager.default.createFile(atPath: file("anggota.csv"), contents: Data(csv.utf8)))
        let steps: [[String]] = [
            ["init", "--nama", "KSP Uji", "--tanggal", "2026-03-21"],
            ["roster", "import", "anggota.csv"],
        ] + (openRegistration ? [["apply", "-"]] : [])
        for step in steps {
            let stdin = step == ["apply", "-"] ? #"{"cmd":"open_registration","at":"2026-03-21T08:00:00+07:00"}"# + "\n" : nil
            let result = try run(step, stdin: stdin)
            XCTAssertEqual(result.status, 0, "rapat \(step.joined(separator: " ")): \(result.stderr)")
        }
    }

    /// `rapat run` in this folder inside a fresh tmux session, with a UTF-8 locale and xterm-256color.
    func runInTmux(lineDrawingAsUTF8: Bool = true) throws -> TmuxSession {
        let acs = lineDrawingAsUTF8 ? "NCURSES_NO_UTF8_ACS=1 " : ""
        return try TmuxSession(command: "cd '\(directory)' && env TERM=xterm-256color LANG=C.UTF-8 \(acs)'\(path)' run")
    }
}
