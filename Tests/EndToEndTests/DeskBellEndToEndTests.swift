import Foundation
import XCTest

/// The real `rapat run` rings the terminal bell (tmux raises the window's bell flag) on a refused scan only.
final class DeskBellEndToEndTests: XCTestCase {
    func testARefusedScanRingsAndASuccessfulOneDoesNot() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: """
            nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk
            0001;Siti Aminah;P;Unit Simpan Pinjam;biasa;2019-01-01
            0002;Budi Santoso;L;Unit Toko;biasa;2019-01-01

            """, openRegistration: true)
        let tmux = try rapat.runInTmux()
        try tmux.waitFor(text: "BELUM KUORUM")
        try tmux.type("0001")
        try tmux.send("Enter")
        try tmux.waitFor(text: "HADIR Siti Aminah (0001)")
        XCTAssertEqual(try tmux.format("#{window_bell_flag}"), "0", "no bell on success")
        try tmux.type("0001")
        try tmux.send("Enter")
        try tmux.waitFor(text: "sudah hadir sejak pukul")
        XCTAssertEqual(try tmux.format("#{window_bell_flag}"), "1", "the bell on the refused scan")
        try tmux.send("F10")
        let after = try tmux.waitFor("exit status") { $0.contains("EXIT=") }
        XCTAssertTrue(after.contains("EXIT=0"), after)
    }
}
