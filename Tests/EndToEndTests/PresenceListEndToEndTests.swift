import Foundation
import XCTest

/// The present / absent list in the real `rapat run` at 80×24 (issue 13 item 5): Ctrl-K, search, Enter checks in,
/// the status filter.
final class PresenceListEndToEndTests: XCTestCase {
    private let roster = """
        nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk
        0001;Siti Aminah;P;Unit Simpan Pinjam;biasa;2019-01-01
        0002;Budi Santoso;L;Unit Toko;biasa;2019-01-01
        0003;Yohanes Lake;L;Unit Toko;biasa;2019-01-01
        0004;Made Ayu;P;Kelompok Tani;biasa;2019-01-01
        0005;Ni Luh Putu Sari;P;Kelompok Tani;biasa;2019-01-01

        """

    func testTheListChecksInAndFilters() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        let tmux = try rapat.runInTmux()
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor(text: "BELUM KUORUM")
        try tmux.type("0001")
        try tmux.send("Enter")
        try tmux.waitFor(text: "HADIR Siti Aminah (0001)")

        try tmux.send("C-k")
        let list = try tmux.waitFor("the counts") { $0.contains("Hadir 1 · Keluar ruangan 0 · Belum hadir 4 · Tidak dihitung 0 · Semua 5") }
        XCTAssertTrue(list.contains("Daftar hadir dan belum hadir"), list)
        XCTAssertTrue(list.contains("0004  Made Ayu"), list)
        try tmux.type("made")
        try tmux.waitFor(text: "tampil 1")
        try tmux.send("Enter")
        try tmux.waitFor(text: "HADIR Made Ayu (0004)")
        try tmux.waitFor(text: "Hadir 2 · Keluar ruangan 0 · Belum hadir 3")
        try tmux.send("F2")
        try tmux.send("F2")
        try tmux.send("F2")
        let absent = try tmux.waitFor("the absent filter") { $0.contains("Status: belum hadir (F2) · Unit: semua (F3) · tampil 3") }
        XCTAssertFalse(absent.contains("Siti Aminah"), absent)
        XCTAssertTrue(absent.contains("Ni Luh Putu Sari"), absent)
        for line in absent.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 80) }

        try tmux.send("F10")
        let after = try tmux.waitFor("exit status") { $0.contains("EXIT=") }
        XCTAssertTrue(after.contains("EXIT=0"), after)
        let stats = try rapat.run(["stats", "--json"])
        XCTAssertTrue(stats.stdout.contains("\"hadir_akhir\": 2"), stats.stdout)
    }
}
