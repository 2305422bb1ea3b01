import Foundation
import XCTest

/// Issue 13 item 10: `rapat lihat` is a read-only second screen: it shows within about a second what another process
/// records, and refuses write keys with a message.
final class ReviewRefreshEndToEndTests: XCTestCase {
    private let roster = """
        nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk
        0001;Siti Aminah;P;Unit Simpan Pinjam;biasa;2019-01-01
        0002;Budi Santoso;L;Unit Toko;biasa;2019-01-01
        0003;Yohanes Lake;L;Unit Toko;biasa;2019-01-01

        """

    func testTheReviewFollowsAnotherProcessAndRefusesWriteKeys() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        let tmux = try TmuxSession(command: "cd '\(rapat.directory)' && env TERM=xterm-256color LANG=C.UTF-8 "
            + "NCURSES_NO_UTF8_ACS=1 '\(rapat.path)' lihat rat.rapat")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor(text: "Hadir kini (H)               0")

        try tmux.send("u")
        try tmux.waitFor(text: "Mode lihat (baca saja): U tidak tersedia")

        let script = #"{"cmd":"check_in","member":"0001","at":"2026-03-21T08:10:00+07:00"}"# + "\n"
            + #"{"cmd":"check_in","member":"0002","at":"2026-03-21T08:11:00+07:00"}"# + "\n"
        let started = Date()
        XCTAssertEqual(try rapat.run(["apply", "-"], stdin: script).status, 0)
        let screen = try tmux.waitFor("the two check-ins") { $0.contains("Hadir kini (H)               2") }
        print("lihat showed the other process's commit \(String(format: "%.2f", Date().timeIntervalSince(started))) s after apply started")
        XCTAssertTrue(screen.contains("Diperbarui: 2 peristiwa baru"), screen)
        try tmux.send("F10")
    }
}
