import Foundation
import RapatCore
import RapatStore
import RapatTesting
import RapatText
import XCTest

/// The store's errors in the UI language: English with `UIText.language = .english`, Indonesian by default.
final class EnglishStoreErrorTests: XCTestCase {
    func testStoreErrorsInEnglish() {
        let error = StoreError.meetingFileNotFound(path: "rat.rapat")
        XCTAssertEqual(UIText.withLanguage(.english) { error.message },
                       "rat.rapat: meeting file not found: create it first with `rapat init`, or point to the file with --file.")
        XCTAssertEqual(error.message,
                       "rat.rapat: berkas rapat tidak ditemukan: buat dulu dengan `rapat init`, atau tunjuk berkasnya dengan --file.")
        let reused = StoreError.commandIDReused(path: "rat.rapat", id: "meja1-7", sequence: 12)
        XCTAssertTrue(UIText.withLanguage(.english) { reused.message }.hasPrefix("id \"meja1-7\" is already used"))
    }

    func testRosterImportProblemsInEnglish() {
        let text = "nomor_anggota,nama,jenis_kelamin,unit,status,tanggal_masuk\n0001,Siti Aminah,X,Unit Toko,biasa,2019-03-21\n"
        func report() -> String {
            do { _ = try RosterCSV.parse(Data(text.utf8), source: "anggota.csv"); return "" } catch {
                return (error as? RosterCSV.Failure)?.report() ?? "\(error)"
            }
        }
        XCTAssertEqual(UIText.withLanguage(.english) { report() },
                       "anggota.csv:2: unknown gender \"X\": fill in L (male) or P (female)\n"
                           + "No members were imported: fix the error above and try again.")
        XCTAssertEqual(report(), "anggota.csv:2: jenis kelamin \"X\" tidak dikenal: isi L (laki-laki) atau P (perempuan)\n"
                           + "Tidak ada anggota yang diimpor: perbaiki kesalahan di atas lalu ulangi.")
    }

    func testSettingsErrorsInEnglish() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("koperasi.toml")
        try CooperativeSettings.writeDefault(to: path, name: "KSP Maju", abbreviation: "KSP-M", fiscalYear: 2025,
                                             meetingDate: "2026-03-21")
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "quorum_rule = \"more_than_half\"", with: "quorum_rule = \"setengah\"")
        func message() -> String {
            do { _ = try CooperativeSettings.parse(text, path: "k.toml"); return "" } catch {
                return (error as? StoreError)?.message ?? "\(error)"
            }
        }
        let english = UIText.withLanguage(.english) { message() }
        XCTAssertTrue(english.contains(": unknown quorum rule \"setengah\": fill in \"more_than_half\""), english)
        XCTAssertTrue(message().contains(": aturan kuorum \"setengah\" tidak dikenal: isi \"more_than_half\""))
    }
}
