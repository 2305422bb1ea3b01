import Foundation
import XCTest

/// Issue 13: the terminal is restored on every way out, including keys typed during start-up. Ctrl-\, Ctrl-C and
/// Ctrl-Z typed while `rapat run` opens the meeting (before raw mode) must not kill or stop it, and after it ends
/// — by F10 or by SIGTERM — the tty has echo again.
final class StartupSignalsEndToEndTests: XCTestCase {
    /// Enough members that opening the meeting takes a while: the keys land before raw mode.
    private func roster(count: Int) -> String {
        var csv = "nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk\n"
        for n in 1...count { csv += String(format: "%05d", n) + ";Anggota \(n);P;Unit \(n % 7);biasa;2019-01-01\n" }
        return csv
    }

    /// The shell of the pane ignores the keyboard's signals (so it survives them and reports the exit status); `env
    /// --default-signal` gives `rapat` the default dispositions back, as a login shell would.
    private func start(_ rapat: RapatBinary) throws -> TmuxSession {
        try TmuxSession(command: "trap '' INT QUIT TSTP; cd '\(rapat.directory)' && env --default-signal=INT,QUIT,TSTP "
            + "TERM=xterm-256color LANG=C.UTF-8 NCURSES_NO_UTF8_ACS=1 '\(rapat.path)' run; S=$?; "
            + "stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo | sed 's/^/TTY:/'; (exit $S)", width: 80, height: 24)
    }

    /// Whether `pid` ignores `signal` (the SigIgn mask in /proc).
    private static func ignores(_ pid: Int32, _ signal: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigIgn:") }),
              let mask = UInt64(line.dropFirst("SigIgn:".count).trimmingCharacters(in: .whitespaces), radix: 16)
        else { return false }
        return mask & (1 << (UInt64(signal) - 1)) != 0
    }

    /// The tty's line discipline still turns Ctrl-\ into SIGQUIT (cooked mode: raw mode not yet set).
    private static func ttyMakesSignals(_ pid: Int32) -> Bool {
        guard let tty = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/0") else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/stty")
        process.arguments = ["-F", tty, "-a"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).contains("isig")
    }

    private func waitForStartup(_ rapat: RapatBinary) throws -> Int32 {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let pid = ProcessProbe.pid(ofCommand: "rapat", inDirectory: rapat.directory), Self.ignores(pid, SIGQUIT) { return pid }
            usleep(500)
        }
        throw TmuxError("rapat run never reached main")
    }

    func testKeysTypedDuringStartupNeitherKillNorStopItAndEchoIsBackAfterF10() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster(count: 12_000), openRegistration: true)
        let tmux = try start(rapat)
        let pid = try waitForStartup(rapat)
        // Ctrl-C is ignored too until raw mode (not sent here: once raw mode is set it is the quit key).
        XCTAssertTrue(Self.ignores(pid, SIGINT) && Self.ignores(pid, SIGTSTP), "SIGINT and SIGTSTP ignored at start-up")
        var sentBeforeRawMode = 0
        for _ in 0..<20 where Self.ttyMakesSignals(pid) {
            try tmux.send("C-\\", "C-z")
            if Self.ttyMakesSignals(pid) { sentBeforeRawMode += 1 }
        }
        XCTAssertGreaterThan(sentBeforeRawMode, 0, "no key reached the start-up window; the test proved nothing")
        try tmux.waitFor(text: "BELUM KUORUM", timeout: 60)
        XCTAssertEqual(kill(pid, 0), 0, "still running after the keys")
        let state = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8).split(separator: ")").last?
            .split(separator: " ").first
        XCTAssertNotEqual(state, "T", "not stopped by Ctrl-Z")
        // In raw mode Ctrl-\ is a key without meaning: nothing lands in the search field.
        try tmux.send("C-\\", "0", "C-\\")
        try tmux.type("0001")
        try tmux.send("Enter")
        try tmux.waitFor(text: "HADIR Anggota 1 (00001)")
        try tmux.send("F10")
        let after = try tmux.waitFor("exit status") { $0.contains("EXIT=") }
        XCTAssertTrue(after.contains("EXIT=0"), "not killed by SIGQUIT (131), SIGINT (130) or stopped:\n\(after)")
        XCTAssertTrue(after.contains("TTY:echo"), "echo is restored:\n\(after)")
        XCTAssertFalse(after.contains("TTY:-echo"), after)
        print("startup keys sent while the tty was still cooked: \(sentBeforeRawMode) rounds")
    }

    func testSigtermAtTheDeskRestoresTheTerminal() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster(count: 5), openRegistration: true)
        let tmux = try start(rapat)
        try tmux.waitFor(text: "BELUM KUORUM")
        let pid = try XCTUnwrap(ProcessProbe.pid(ofCommand: "rapat", inDirectory: rapat.directory))
        XCTAssertFalse(Self.ttyMakesSignals(pid), "raw mode: Ctrl-C and Ctrl-\\ are keys now")
        kill(pid, SIGTERM)
        let after = try tmux.waitFor("exit status") { $0.contains("EXIT=") }
        XCTAssertTrue(after.contains("EXIT=143"), "SIGTERM's default after restoring:\n\(after)")
        XCTAssertTrue(after.contains("TTY:echo"), after)
        XCTAssertFalse(after.contains("TTY:-echo"), after)
    }
}
