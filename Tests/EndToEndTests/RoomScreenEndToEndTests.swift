import Foundation
import XCTest

/// Issue 14 item 6: `rapat layar` beside the desk: the real binary in tmux shows another process's check-ins within
/// a second or two, in block letters, never writes to the meeting, ignores other keys and quits on q.
final class RoomScreenEndToEndTests: XCTestCase {
    private let roster = """
        nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk
        0001;Siti Aminah;P;Unit Simpan Pinjam;biasa;2019-01-01
        0002;Budi Santoso;L;Unit Toko;biasa;2019-01-01
        0003;Yohanes Lake;L;Unit Toko;biasa;2019-01-01

        """

    func testTheRoomScreenFollowsCheckInsFromAnotherProcessAndQuitsOnQ() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        // RAPAT_FILE, as every meeting command reads it.
        let tmux = try TmuxSession(command: "cd '\(rapat.directory)' && env TERM=xterm-256color LANG=C.UTF-8 "
            + "RAPAT_FILE=rat.rapat '\(rapat.path)' layar", width: 80, height: 24)
        try tmux.resize(width: 80, height: 24)
        let before = try tmux.waitFor("the room's screen") { $0.contains("Hadir 0 dari 3 anggota terdaftar; kuorum (Q) 2") }
        XCTAssertTrue(before.contains("█"), "block letters:\n\(before)")
        XCTAssertTrue(before.contains("hanya membaca"), before)
        XCTAssertTrue(before.contains("Pendaftaran"), before)
        for name in ["Siti Aminah", "Budi Santoso", "Yohanes Lake"] { XCTAssertFalse(before.contains(name), before) }

        let script = #"{"cmd":"check_in","member":"0001","at":"2026-03-21T08:10:00+07:00"}"# + "\n"
            + #"{"cmd":"check_in","member":"0002","at":"2026-03-21T08:11:00+07:00"}"# + "\n"
        let result = try rapat.run(["apply", "-"], stdin: script)
        XCTAssertEqual(result.status, 0, result.stderr)
        let committed = Date()
        let after = try tmux.waitFor("the two check-ins", timeout: 10) { $0.contains("Hadir 2 dari 3 anggota terdaftar") }
        let latency = Date().timeIntervalSince(committed)
        print("layar showed the other process's commit \(String(format: "%.2f", latency)) s after apply returned")
        XCTAssertLessThan(latency, 2.5, "the room sees a commit within about a second")
        for name in ["Siti Aminah", "Budi Santoso"] { XCTAssertFalse(after.contains(name), after) }
        let journal = try rapat.run(["verify"]).stdout

        // Keys that write at a desk do nothing here; q quits with status 0.
        try tmux.send("u")
        try tmux.send("Enter")
        try tmux.send("F2")
        usleep(400_000)
        XCTAssertTrue(try tmux.screen().contains("Hadir 2 dari 3 anggota terdaftar"))
        try tmux.send("q")
        try tmux.waitFor(text: "EXIT=0")
        XCTAssertEqual(try rapat.run(["verify"]).stdout, journal, "the room's screen wrote nothing")
        // The meeting is free for a writer at once: no lock was ever taken.
        XCTAssertEqual(try rapat.run(["apply", "-"], stdin: #"{"cmd":"check_in","member":"0003","at":"2026-03-21T08:12:00+07:00"}"# + "\n").status, 0)
    }

    func testRenderOnceAtAProjectorsSize() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        let result = try rapat.run(["layar", "--file", "rat.rapat", "--render-once", "160x45"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, 45)
        XCTAssertTrue(result.stdout.contains("KSP Uji"), result.stdout)
        XCTAssertTrue(result.stdout.contains("██"), "block letters twice as big:\n\(result.stdout)")
    }
}
