import Foundation
import XCTest

/// Types a long question into the real `rapat run` at 80×24 in tmux: the text wraps and stays readable, the
/// cursor stays inside the screen, Home (as tmux sends it) edits at the start, and the journal gets it whole.
final class TextEntryEndToEndTests: XCTestCase {
    private let roster = """
        nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk
        0001;Siti Aminah;P;Unit Simpan Pinjam;biasa;2019-01-01
        0002;Budi Santoso;L;Unit Toko;biasa;2019-01-01
        0003;Yohanes Lake;L;Unit Toko;biasa;2019-01-01
        0004;Made Ayu;P;Kelompok Tani;biasa;2019-01-01
        0005;Ni Luh Putu Sari;P;Kelompok Tani;biasa;2019-01-01

        """
    private let question = "Kenapa sisa hasil usaha tahun 2025 menurun dibandingkan tahun lalu, padahal volume pinjaman "
        + "naik dan jumlah anggota bertambah; apakah ada piutang macet yang belum dihapus dan apa rencana penagihannya?"

    func testTypingALongQuestionAt80x24() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        let tmux = try TmuxSession(command: "cd '\(rapat.directory)' && env TERM=xterm-256color LANG=C.UTF-8 "
            + "NCURSES_NO_UTF8_ACS=1 '\(rapat.path)' run", width: 80, height: 24)
        try tmux.waitFor(text: "BELUM KUORUM")
        for number in ["0001", "0002", "0003"] {
            try tmux.type(number)
            try tmux.send("Enter")
            try tmux.waitFor(text: "(\(number))")
        }
        try tmux.send("F6")
        try tmux.send("F7")
        try tmux.waitFor(text: "Dibuka oleh:")
        try tmux.type("Ketua Pengurus")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Enter Ya, catat")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Langkah:")
        try tmux.type("t")
        try tmux.waitFor(text: "Penanya:")
        try tmux.type("0003")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Kategori:")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Pertanyaan/tanggapan:")
        try tmux.type(question)
        let typed = try tmux.waitFor("the end of the question") { $0.contains("rencana penagihannya?") }
        // The whole question is on screen, wrapped at words inside the agenda frame.
        let rows = typed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try XCTUnwrap(rows.firstIndex { $0.contains("Pertanyaan/tanggapan: Kenapa") }, typed)
        let last = try XCTUnwrap(rows.firstIndex { $0.contains("rencana penagihannya?") }, typed)
        let text = rows[first...last].map { row -> String in
            let inside = row.dropFirst(2).prefix(42)  // "│ " then the 42 cells of the agenda's text
            return inside.trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
        XCTAssertEqual(text, "Pertanyaan/tanggapan: " + question, typed)
        var cursor = try tmux.cursor()
        XCTAssertEqual(cursor.y, last, "the cursor is on the question's last line")
        XCTAssertTrue((2..<44).contains(cursor.x), "the cursor is inside the agenda frame: \(cursor)")

        // Home as tmux sends it (ESC [ 1 ~), then text at the start.
        try tmux.send("Home")
        try tmux.waitFor("the cursor at the start") { _ in (try? self.cursorRow(tmux)) == first }
        cursor = try tmux.cursor()
        XCTAssertEqual(cursor.x, 2 + 22, "after the label")
        try tmux.type("Pak Ketua, ")
        try tmux.waitFor(text: "Pertanyaan/tanggapan: Pak Ketua, Kenapa")
        try tmux.send("C-e")
        try tmux.send("C-w")
        try tmux.waitFor("the last word gone") { !$0.contains("penagihannya?") }
        try tmux.type("penagihannya?")
        try tmux.waitFor(text: "penagihannya?")
        for _ in 0..<4 { try tmux.send("Enter") }
        try tmux.waitFor(text: "Pertanyaan 1 (termin 1) tercatat")
        try tmux.send("F10")
        let after = try tmux.waitFor("exit status") { $0.contains("EXIT=") }
        XCTAssertTrue(after.contains("EXIT=0"), after)

        let notulen = try rapat.run(["notulen", "--format", "md"])
        XCTAssertTrue(notulen.stdout.replacingOccurrences(of: "\n", with: " ").contains("Pak Ketua, Kenapa sisa hasil usaha"),
                      notulen.stdout)
    }

    private func cursorRow(_ tmux: TmuxSession) throws -> Int { try tmux.cursor().y }
}
