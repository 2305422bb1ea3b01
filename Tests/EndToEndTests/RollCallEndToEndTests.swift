import Foundation
import XCTest

/// A roll-call at speed through the real binary in tmux (issue 13 item 7): "0001 s", a number then one key,
/// an absent member refused before any choice, the running tally, and the record from `rapat rekap-suara`.
final class RollCallEndToEndTests: XCTestCase {
    private let roster = """
        nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk
        0001;Siti Aminah;P;Unit Simpan Pinjam;biasa;2019-01-01
        0002;Budi Santoso;L;Unit Toko;biasa;2019-01-01
        0003;Yohanes Lake;L;Unit Toko;biasa;2019-01-01
        0004;Made Ayu;P;Kelompok Tani;biasa;2019-01-01

        """

    func testRollCallWithATally() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        let script = ["0001", "0002", "0003"].map { #"{"cmd":"check_in","member":"\#($0)"}"# }
            + [#"{"cmd":"open_meeting","by":"Ketua Pengurus"}"#]
        XCTAssertEqual(try rapat.run(["apply", "-"], stdin: script.joined(separator: "\n") + "\n").status, 0)

        let tmux = try rapat.runInTmux()
        try tmux.waitFor(text: "Meja registrasi")
        try tmux.send("F6")
        try tmux.waitFor(text: "oleh Ketua Pengurus")
        try tmux.type("u")
        try tmux.waitFor(text: "Isi usul")
        try tmux.type("Menaikkan simpanan wajib")
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Usul 1 tercatat")
        try tmux.type("v")
        try tmux.waitFor(text: "Yang diputuskan")
        try tmux.send("Enter")
        try tmux.type("2")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Belum memberi suara 3 dari 3 berhak")

        try tmux.type("0001 s")
        try tmux.send("Enter")
        try tmux.waitFor(text: "✔ 0001 Siti Aminah: setuju")
        try tmux.type("0002t")  // the number, then one key
        try tmux.waitFor(text: "✔ 0002 Budi Santoso: tidak setuju")
        try tmux.waitFor(text: "Setuju 1 · Tidak setuju 1 · Abstain 0")
        try tmux.waitFor(text: "Belum memberi suara 1 dari 3 berhak")
        // Refused at the number, before any choice is typed.
        try tmux.type("0004")
        try tmux.waitFor(text: "✖ Made Ayu (0004) tidak dapat")
        try tmux.type("s")
        try tmux.waitFor(text: "Made Ayu (0004) tidak dapat memberi suara: tidak tercatat")
        try tmux.type("yohanes a")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Belum memberi suara 0 dari 3 berhak")
        try tmux.send("Escape")
        try tmux.type("x")
        try tmux.waitFor(text: "Tutup pemungutan suara 1 sekarang")
        try tmux.send("Enter")
        try tmux.waitFor(text: "HASIL PEMUNGUTAN SUARA 1")
        try tmux.send("F10")
        try tmux.waitFor(text: "EXIT=0")

        let record = try rapat.run(["rekap-suara", "--format", "txt"])
        XCTAssertEqual(record.status, 0, record.stderr)
        XCTAssertTrue(record.stdout.contains("Setuju 1, tidak setuju 1, abstain 1, tidak sah 0"), record.stdout)
        XCTAssertTrue(record.stdout.contains("Budi Santoso (0002): tidak setuju"), record.stdout)
        XCTAssertTrue(record.stdout.contains("Yohanes Lake (0003): abstain"), record.stdout)
        XCTAssertFalse(record.stdout.contains("Made Ayu (0004):"), record.stdout)
        XCTAssertEqual(try rapat.run(["verify"]).status, 0)
    }
}
