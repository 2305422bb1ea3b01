import Foundation
import XCTest

/// A private tmux server running one command in a detached pane, read with `capture-pane`.
final class TmuxSession {
    private let socket = "rapat-test-\(UUID().uuidString.prefix(8))"
    private let tmux: String

    init(command: String, width: Int = 100, height: Int = 30) throws {
        guard let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first(where: {
            FileManager.default.isExecutableFile(atPath: $0)
        }) else {
            throw TmuxError("tmux tidak terpasang: jalankan ./scripts/test (memasang tmux) atau apt-get install tmux")
        }
        self.tmux = tmux
        // Keep the pane after the app exits so its exit status can be read.
        try run(captureOutput: false, ["-f", "/dev/null", "new-session", "-d", "-s", "rapat", "-x", "\(width)", "-y", "\(height)",
                 "\(command); echo EXIT=$?; exec sleep 600"])
    }

    deinit { try? run(captureOutput: false, ["kill-server"]) }

    func send(_ keys: String...) throws { try run(captureOutput: false, ["send-keys", "-t", "rapat"] + keys) }
    func type(_ text: String) throws { try run(captureOutput: false, ["send-keys", "-t", "rapat", "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try run(captureOutput: false, ["resize-window", "-t", "rapat", "-x", "\(width)", "-y", "\(height)"])
    }

    func screen() throws -> String { try run(captureOutput: true, ["capture-pane", "-p", "-t", "rapat"]) }

    /// A tmux format expanded for the pane, e.g. "#{window_bell_flag}".
    func format(_ format: String) throws -> String {
        try run(captureOutput: true, ["display-message", "-p", "-t", "rapat", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Where the pane's cursor is (column, row from 0).
    func cursor() throws -> (x: Int, y: Int) {
        let parts = try run(captureOutput: true, ["display-message", "-p", "-t", "rapat", "#{cursor_x},#{cursor_y}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
        guard parts.count == 2 else { throw TmuxError("no cursor position") }
        return (parts[0], parts[1])
    }

    /// Polls the pane until `predicate` holds, failing after `timeout` seconds with the last screen.
    @discardableResult
    func waitFor(_ description: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line,
                 _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            usleep(50_000)
        }
        XCTFail("Menunggu \(description) gagal; layar terakhir:\n\(last)", file: file, line: line)
        throw TmuxError("timeout waiting for \(description)")
    }

    func waitFor(text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws {
        try waitFor("\"\(text)\"", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    /// Runs a tmux client with posix_spawn, closing every inherited descriptor above stderr: the server
    /// that `new-session` forks would otherwise keep this test process's pipes and sockets open forever.
    @discardableResult
    private func run(captureOutput: Bool, _ arguments: [String]) throws -> String {
        var pipeFDs: [Int32] = [-1, -1]
        if captureOutput, pipe(&pipeFDs) != 0 { throw TmuxError("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for fd in Self.openDescriptors() where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }

        let argv = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = RapatBinary.environment().filter { $0.key != "TMUX" }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, tmux, &actions, nil, argv, environment) == 0 else { throw TmuxError("cannot start tmux") }
        var output = Data()
        if captureOutput {
            close(pipeFDs[1])
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(pipeFDs[0], &chunk, chunk.count)
                if count <= 0 { break }
                output.append(contentsOf: chunk[0..<count])
            }
            close(pipeFDs[0])
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return String(decoding: output, as: UTF8.self)
    }

    private static func openDescriptors() -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
    }
}

struct TmuxError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
