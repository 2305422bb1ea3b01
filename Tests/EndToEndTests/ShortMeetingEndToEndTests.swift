import Foundation
import XCTest

/// A short RAT through the real binary in tmux: open, check quorum, walk every agenda item, close.
final class ShortMeetingEndToEndTests: XCTestCase {
    private let roster = """
        nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk
        0001;Siti Aminah;P;Unit Simpan Pinjam;biasa;2019-01-01
        0002;Budi Santoso;L;Unit Toko;biasa;2019-01-01
        0003;Yohanes Lake;L;Unit Toko;biasa;2019-01-01

        """

    func testOpeningToClosingOnTheAgendaScreen() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        let agenda = """
            [[acara]]
            jenis = "pembukaan"
            [[acara]]
            jenis = "pemeriksaan_kuorum"
            [[acara]]
            jenis = "laporan_pengurus"
            [[acara]]
            jenis = "penutupan"

            """
        try agenda.write(toFile: rapat.file("susunan-acara.toml"), atomically: true, encoding: .utf8)
        let arrivals = ["0001", "0002"].map { #"{"cmd":"check_in","member":"\#($0)"}"# }.joined(separator: "\n") + "\n"
        XCTAssertEqual(try rapat.run(["apply", "-"], stdin: arrivals).status, 0)

        let tmux = try rapat.runInTmux()
        try tmux.waitFor(text: "Meja registrasi")
        try tmux.send("F6")
        try tmux.waitFor(text: "Rapat belum dibuka: F7 untuk membuka.")
        try tmux.send("F7")
        try tmux.type("Ketua Pengurus")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Enter Ya, catat · Tombol lain Batal")  // the opening is asked about, in a dialog
        try tmux.send("Enter")
        try tmux.waitFor(text: "oleh Ketua Pengurus")
        // The pimpinan rapat through its form: one field per Enter.
        try tmux.type("p")
        try tmux.waitFor(text: "Pimpinan rapat")
        for answer in ["Siti Aminah", "Budi Santoso", "", "1", ""] { try enter(answer, in: tmux) }
        try tmux.waitFor(text: "Pimpinan rapat tercatat")
        try tmux.send("F9")
        try tmux.waitFor(text: "Pindah ke acara 2")
        try tmux.send("Enter")
        try tmux.waitFor(text: "▶ 2. Pemeriksaan kuorum")
        try tmux.send("F8")
        try tmux.waitFor(text: "Umumkan kuorum sekarang")
        try tmux.send("Enter")
        try tmux.waitFor(text: "N 3 · H 2 · Q 2 — SAH")
        for item in ["▶ 3. Laporan pertanggungjawaban pengurus", "▶ 4. Penutupan"] {
            try tmux.send("F9")
            try tmux.waitFor(text: "Enter Ya, catat")
            try tmux.send("Enter")
            try tmux.waitFor(text: item)
            guard item.contains("Laporan") else { continue }
            try tmux.type("l")
            try tmux.waitFor(text: "Penyaji")
            for answer in ["", "Bendahara", "Aset tumbuh"] { try enter(answer, in: tmux) }
            try enter("1.250.000.000", in: tmux)
            try tmux.waitFor(text: "Total aset: Rp1.250.000.000,00")
            // The remaining report figures (ten in all after total aset) are left empty.
            for _ in 0..<10 { try enter("", in: tmux) }
            try tmux.waitFor(text: "oleh Bendahara tercatat")
            try tmux.type("t")
            try tmux.waitFor(text: "Penanya")
            for answer in ["0001", "", "Kapan SHU dibagikan?", "Ketua", "Bulan April", ""] { try enter(answer, in: tmux) }
            try tmux.waitFor(text: "Pertanyaan 1 (termin 1) tercatat")
        }
        try tmux.send("F9")
        try tmux.waitFor(text: "Tutup rapat sekarang")
        try tmux.send("Enter")
        // A closing with gaps is asked from the "Siap berita acara?" checklist, which then shows the closing.
        try tmux.waitFor(text: "✓ Pukul ditutup")
        try tmux.send("Escape")
        try tmux.waitFor(text: "RAPAT DITUTUP")
        try tmux.send("F10")
        try tmux.waitFor(text: "EXIT=0")
        XCTAssertFalse(try tmux.screen().contains("F10 Selesa\n"), "the quit key is never cut off")

        let minutes = try rapat.run(["notulen", "--format", "txt"])
        XCTAssertEqual(minutes.status, 0)
        XCTAssertTrue(minutes.stdout.contains("rapat dibuka oleh Ketua Pengurus"), minutes.stdout)
        XCTAssertTrue(minutes.stdout.contains("rapat memenuhi kuorum dan SAH"), minutes.stdout)
        XCTAssertTrue(minutes.stdout.contains("4. Penutupan (mulai pukul"), minutes.stdout)
        XCTAssertTrue(minutes.stdout.contains("Ketua Siti Aminah,"), minutes.stdout)
        XCTAssertTrue(minutes.stdout.contains("Total aset Rp1.250.000.000,00"), minutes.stdout)
        XCTAssertTrue(minutes.stdout.contains("0001 Siti Aminah"), minutes.stdout)
        XCTAssertTrue(minutes.stdout.contains("rapat ditutup."), minutes.stdout)
        XCTAssertEqual(try rapat.run(["verify"]).status, 0)

        // Members review the meeting afterwards: read-only, nothing written, the journal checked on opening.
        let before = try rapat.run(["verify"]).stdout
        let review = try TmuxSession(command: "cd '\(rapat.directory)' && env TERM=xterm-256color LANG=C.UTF-8 "
            + "NCURSES_NO_UTF8_ACS=1 '\(rapat.path)' lihat rat.rapat")
        try review.waitFor(text: "LIHAT (baca saja)")
        try review.waitFor(text: "Jurnal utuh")
        try review.send("F8")
        try review.waitFor(text: "F8 tidak tersedia")
        try review.type("o")
        try review.waitFor(text: "Notulen dan rekap suara")
        try review.type("/")
        try review.type("Bendahara")
        try review.send("Enter")
        try review.waitFor(text: "Ditemukan di baris")
        try review.send("F10")
        try review.waitFor(text: "EXIT=0")
        XCTAssertEqual(try rapat.run(["verify"]).stdout, before, "the review wrote nothing")
    }

    /// Types `answer` into the form's current field and presses Enter.
    private func enter(_ answer: String, in tmux: TmuxSession) throws {
        if !answer.isEmpty { try tmux.type(answer) }
        try tmux.send("Enter")
    }
}
