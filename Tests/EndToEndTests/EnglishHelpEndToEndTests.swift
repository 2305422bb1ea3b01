import Foundation
import XCTest

/// The real `rapat run` in English at 80×24 (issue 13 item 12): chosen by `run --lang en` or by `RAPAT_LANG=en`, the desk
/// and its help (F1) are in English.
final class EnglishHelpEndToEndTests: XCTestCase {
    private let roster = """
        nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk
        0001;Siti Aminah;P;Unit Simpan Pinjam;biasa;2019-01-01
        0002;Budi Santoso;L;Unit Toko;biasa;2019-01-01
        0003;Yohanes Lake;L;Unit Toko;biasa;2019-01-01

        """

    /// `--lang` is an option of the subcommands (`rapat run --lang en`), not of `rapat` itself.
    func testLangFlagShowsEnglishHelp() throws {
        try assertEnglishHelp(environment: "", arguments: "run --lang en")
    }

    func testRapatLangEnvironmentShowsEnglishHelp() throws {
        try assertEnglishHelp(environment: "RAPAT_LANG=en ", arguments: "run")
    }

    private func assertEnglishHelp(environment: String, arguments: String, file: StaticString = #filePath,
                                   line: UInt = #line) throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        // Only what the command line sets: the machine's RAPAT_LANG or locale must not choose for the test.
        let tmux = try TmuxSession(command: "cd '\(rapat.directory)' && env -u RAPAT_LANG -u LC_ALL -u LC_MESSAGES "
            + "-u LANGUAGE TERM=xterm-256color LANG=C.UTF-8 NCURSES_NO_UTF8_ACS=1 \(environment)'\(rapat.path)' \(arguments)")
        try tmux.resize(width: 80, height: 24)
        // The whole desk, drawn at 80 columns after the resize (a capture may come mid-redraw).
        try tmux.waitFor("the English desk", file: file, line: line) { screen in
            ["NO QUORUM YET", "Registration desk", "Registered (N)", "F1 Help", "F10 Quit"].allSatisfy(screen.contains)
                && screen.split(separator: "\n").allSatisfy { $0.count <= 80 }
        }
        try tmux.send("F1")
        let help = try tmux.waitFor("the English help", file: file, line: line) { screen in
            ["Help — keys: Registration desk", "Check in a member", "any other key closes help"].allSatisfy(screen.contains)
        }
        XCTAssertTrue(help.contains("Check in a member"), help, file: file, line: line)
        XCTAssertTrue(help.contains("Record a member leaving the room"), help, file: file, line: line)
        for indonesian in ["Bantuan", "Catat", "anggota"] {
            XCTAssertFalse(help.contains(indonesian), "no \(indonesian) in\n\(help)", file: file, line: line)
        }
        for row in help.split(separator: "\n") { XCTAssertLessThanOrEqual(row.count, 80, file: file, line: line) }
        try tmux.send("Escape")
        try tmux.send("F10")
        let after = try tmux.waitFor("exit status", file: file, line: line) { $0.contains("EXIT=") }
        XCTAssertTrue(after.contains("EXIT=0"), after, file: file, line: line)
    }
}
