import Foundation
import XCTest

/// Drives the real `rapat run` in tmux: check in by number and by name search, and watch the quorum
/// go from BELUM KUORUM to SAH.
final class AttendanceDeskEndToEndTests: XCTestCase {
    private let roster = """
        nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk
        0001;Siti Aminah;P;Unit Simpan Pinjam;biasa;2019-01-01
        0002;Budi Santoso;L;Unit Toko;biasa;2019-01-01
        0003;Yohanes Lake;L;Unit Toko;biasa;2019-01-01
        0004;Made Ayu;P;Kelompok Tani;biasa;2019-01-01
        0005;Ni Luh Putu Sari;P;Kelompok Tani;biasa;2019-01-01

        """

    func testCheckInByNumberAndNameTurnsQuorumSah() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        let tmux = try rapat.runInTmux()

        try tmux.waitFor(text: "BELUM KUORUM")
        try tmux.waitFor(text: "lebih dari 1/2")
        // Idle at the desk: the process wakes once a second for the clock and otherwise sleeps.
        let pid = try XCTUnwrap(ProcessProbe.pid(ofCommand: "rapat", inDirectory: rapat.directory))
        let before = try ProcessProbe.cpuTicks(pid)
        sleep(3)
        let used = try ProcessProbe.cpuTicks(pid) - before
        XCTAssertLessThanOrEqual(used, 15, "idle desk used \(used) CPU ticks (1/100 s) in 3 s")
        // A barcode scanner types digits then Enter.
        try tmux.type("0001")
        try tmux.send("Enter")
        try tmux.waitFor(text: "HADIR Siti Aminah (0001)")
        // Name search: type part of a name, move down the live list, Enter.
        try tmux.type("lake")
        try tmux.waitFor(text: "1 cocok")
        try tmux.send("Enter")
        try tmux.waitFor(text: "HADIR Yohanes Lake (0003)")
        try tmux.type("sari")
        try tmux.waitFor(text: "Ni Luh Putu Sari — Kelompok Tani")
        try tmux.send("Down")
        try tmux.send("Enter")
        let sah = try tmux.waitFor("quorum SAH") { $0.contains("SAH") && !$0.contains("BELUM KUORUM") }
        XCTAssertTrue(sah.contains("Hadir kini (H)               3"), sah)
        // Resizing down to a tiny window and back never kills the desk.
        try tmux.resize(width: 20, height: 5)
        try tmux.waitFor(text: "Layar terlalu kecil")
        try tmux.resize(width: 60, height: 16)
        try tmux.waitFor(text: "N 5 · H 3 · Q 3")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor(text: "Per unit (hadir/terdaftar)")
        // A duplicate is refused with the time of the first check-in.
        try tmux.type("0001")
        try tmux.send("Enter")
        try tmux.waitFor(text: "sudah hadir sejak pukul")
        // Quit: the terminal is restored and the exit status is 0.
        try tmux.send("F10")
        let after = try tmux.waitFor("exit status") { $0.contains("EXIT=") }
        XCTAssertTrue(after.contains("EXIT=0"), after)
        XCTAssertTrue(after.contains("Hadir 3 dari 5"), after)

        let stats = try rapat.run(["stats", "--json"])
        XCTAssertTrue(stats.stdout.contains("\"hadir_akhir\": 3"), stats.stdout)
    }

    func testRefusesASecondWriterAndADumbTerminal() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        let tmux = try rapat.runInTmux(lineDrawingAsUTF8: false)
        try tmux.waitFor(text: "Meja registrasi")
        let second = try rapat.run(["apply", "-"], stdin: #"{"cmd":"check_in","member":"0001"}"# + "\n")
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("sedang dibuka untuk menulis oleh proses"), second.stderr)
        XCTAssertTrue(second.stderr.contains("rapat run"), second.stderr)
        try tmux.send("C-c")
        try tmux.waitFor(text: "EXIT=0")

        let dumb = TmuxSessionCommand.run(in: rapat, env: "TERM=dumb")
        let tmux2 = try TmuxSession(command: dumb)
        try tmux2.waitFor(text: "EXIT=1")
        XCTAssertTrue(try tmux2.screen().contains("tidak bisa memindahkan kursor"))
        let piped = try rapat.run(["run"])
        XCTAssertEqual(piped.status, 1)
        XCTAssertTrue(piped.stderr.contains("bukan tty"), piped.stderr)
    }
}

enum TmuxSessionCommand {
    static func run(in rapat: RapatBinary, env: String) -> String {
        "cd '\(rapat.directory)' && env \(env) LANG=C.UTF-8 '\(rapat.path)' run"
    }
}

/// Finds a process and reads its CPU time from /proc.
enum ProcessProbe {
    static func pid(ofCommand name: String, inDirectory directory: String) -> Int32? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        let target = (directory as NSString).resolvingSymlinksInPath
        for entry in entries {
            guard let pid = Int32(entry),
                  let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8),
                  comm.trimmingCharacters(in: .whitespacesAndNewlines) == name,
                  let cwd = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd"),
                  (cwd as NSString).resolvingSymlinksInPath == target
            else { continue }
            return pid
        }
        return nil
    }

    /// utime + stime in clock ticks (1/100 s on Linux).
    static func cpuTicks(_ pid: Int32) throws -> Int {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        // Fields after the command name in parentheses; utime and stime are fields 14 and 15.
        guard let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
    }
}
