import Foundation
import XCTest

/// One vote through the real binary in tmux: a motion, a roll-call with a refused second vote, the result on
/// screen, and the record afterwards from `rapat rekap-suara`.
final class VoteEndToEndTests: XCTestCase {
    private let roster = """
        nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk
        0001;Siti Aminah;P;Unit Simpan Pinjam;biasa;2019-01-01
        0002;Budi Santoso;L;Unit Toko;biasa;2019-01-01
        0003;Yohanes Lake;L;Unit Toko;biasa;2019-01-01
        0004;Made Ayu;P;Kelompok Tani;biasa;2019-01-01

        """

    func testRollCallVoteOnScreen() throws {
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
        try tmux.waitFor(text: "PEMUNGUTAN SUARA 1")
        for (member, choice) in [("0001", "1"), ("0002", "1"), ("0003", "2"), ("0001", "2")] {
            try tmux.type(member)
            try tmux.send("Enter")
            try tmux.type(choice)
            try tmux.send("Enter")
        }
        try tmux.waitFor(text: "sudah memberi suara")
        try tmux.send("Escape")
        try tmux.type("x")
        try tmux.waitFor(text: "Tutup pemungutan suara 1 sekarang")  // asked before it is recorded
        try tmux.send("Enter")
        try tmux.waitFor(text: "HASIL PEMUNGUTAN SUARA 1")
        try tmux.waitFor(text: "Hasil: usul DITERIMA.")
        try tmux.send("F10")
        try tmux.waitFor(text: "EXIT=0")

        let record = try rapat.run(["rekap-suara", "--format", "txt"])
        XCTAssertEqual(record.status, 0, record.stderr)
        XCTAssertTrue(record.stdout.contains("Setuju 2, tidak setuju 1, abstain 0, tidak sah 0; tidak memberikan"),
                      record.stdout)
        XCTAssertTrue(record.stdout.contains("Budi Santoso (0002): setuju"), record.stdout)
        XCTAssertEqual(try rapat.run(["verify"]).status, 0)
    }
}
