import Foundation
import RapatCore
import RapatStore
import RapatTesting
import XCTest

/// Issue 12 item 4: the berita acara's settings in koperasi.toml — `[dasar]`, witnesses, guests, attendance mode and
/// the RAT number — read with their defaults, refused with their line, and frozen into the opening without changing
/// the bytes of profiles that do not use them.
final class BeritaAcaraSettingsTests: XCTestCase {
    /// Kept alive for the test: a `TemporaryDirectory` removes its folder when released.
    private var folders: [TemporaryDirectory] = []

    private func defaultText(ratNumber: Int? = nil) throws -> (path: String, text: String, dir: TemporaryDirectory) {
        let dir = TemporaryDirectory()
        folders.append(dir)
        let path = dir.file("koperasi.toml") + (ratNumber.map { "-\($0)" } ?? "")
        try CooperativeSettings.writeDefault(to: path, name: "KSP Maju Bersama", abbreviation: "KSP-MB", fiscalYear: 2025,
                                             meetingDate: "2026-03-21", ratNumber: ratNumber)
        return (path, try String(contentsOfFile: path, encoding: .utf8), dir)
    }

    func testDefaultsLeaveTheNewFieldsEmptyAndTheRatNumberAssumed() throws {
        let (path, text, _) = try defaultText()
        XCTAssertTrue(text.contains("# rat_ke = 1                  # PERLU DIISI"), "init without --ke asks for it")
        let details = try CooperativeSettings.load(from: path).profile.details
        XCTAssertTrue(details.ratNumberAssumed)
        XCTAssertEqual(details.attendanceMode, .inPerson)
        XCTAssertEqual(details.witnesses, [])
        XCTAssertEqual(details.guests, [])
        XCTAssertEqual(details.basis, MeetingBasis())

        let (numbered, numberedText, _) = try defaultText(ratNumber: 12)
        XCTAssertTrue(numberedText.contains("rat_ke = 12"))
        let profile = try CooperativeSettings.load(from: numbered).profile
        XCTAssertEqual(profile.ratNumber, 12)
        XCTAssertFalse(profile.details.ratNumberAssumed)
    }

    func testTheDasarWitnessesGuestsAndModeAreRead() throws {
        let (path, text, _) = try defaultText(ratNumber: 12)
        let edited = text
            .replacingOccurrences(of: "cara_hadir = \"luring\"", with: "cara_hadir = \"campuran\"")
            .replacingOccurrences(of: "saksi = []", with: "saksi = [\"Siti Aminah\", \" 0042 \", \"\"]")
            .replacingOccurrences(of: "tamu_undangan = []", with: "tamu_undangan = [\"Dinas Koperasi dan UKM Kabupaten Bogor\"]")
            .replacingOccurrences(of: "pasal_ad = \"\"", with: "pasal_ad = \"Pasal 22\"")
            .replacingOccurrences(of: "sk_pengurus_tanggal = \"\"", with: "sk_pengurus_tanggal = \"2026-02-16\"")
            .replacingOccurrences(of: "undangan_tanggal = \"\"", with: "undangan_tanggal = \"2026-03-07\"")
        let details = try CooperativeSettings.parse(edited, path: path).profile.details
        XCTAssertEqual(details.attendanceMode, .hybrid)
        XCTAssertEqual(details.witnesses, ["Siti Aminah", "0042"])
        XCTAssertEqual(details.guests, ["Dinas Koperasi dan UKM Kabupaten Bogor"])
        XCTAssertEqual(details.basis, MeetingBasis(adArticle: "Pasal 22", decreeDate: "2026-02-16", invitationDate: "2026-03-07"))
    }

    func testWrongValuesAreRefusedWithTheirLine() throws {
        let (_, text, _) = try defaultText(ratNumber: 12)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func line(_ prefix: String) -> Int { (lines.firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1 }
        for (from, to, key, message) in [
            ("cara_hadir = \"luring\"", "cara_hadir = \"hibrida\"", "cara_hadir", "cara hadir \"hibrida\" tidak dikenal"),
            ("undangan_tanggal = \"\"", "undangan_tanggal = \"7 Maret 2026\"", "undangan_tanggal", "tanggal \"7 Maret 2026\" tidak dikenal"),
            ("saksi = []", "saksi = \"Siti\"", "saksi", "nilai \"rapat.saksi\" salah jenis"),
        ] {
            let edited = text.replacingOccurrences(of: from, with: to)
            XCTAssertThrowsError(try CooperativeSettings.parse(edited, path: "k.toml"), key) { error in
                let text = (error as? StoreError)?.message ?? "\(error)"
                XCTAssertTrue(text.hasPrefix("k.toml:\(line(key)): \(message)"), text)
            }
        }
        let typo = text.replacingOccurrences(of: "pasal_ad =", with: "pasal_add =")
        XCTAssertThrowsError(try CooperativeSettings.parse(typo, path: "k.toml")) { error in
            XCTAssertTrue((error as? StoreError)?.message.contains("kunci \"dasar.pasal_add\" tidak dikenal") == true, "\(error)")
        }
    }

    /// A profile without the new fields encodes as before (old journals keep their hashes); with them it round-trips.
    func testTheStoredProfileOnlyGrowsWhenTheFieldsAreSet() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let plain = DocumentDetails(legalEntityDate: "2001-02-03", nik: "3201", city: "Bogor")
        XCTAssertEqual(String(decoding: try encoder.encode(plain), as: UTF8.self),
                       #"{"address":"","ba_sequence":1,"city":"Bogor","legal_entity_date":"2001-02-03","member_witnesses":2,"nik":"3201"}"#)
        var full = plain
        full.ratNumberAssumed = true
        full.attendanceMode = .online
        full.witnesses = ["Siti Aminah"]
        full.guests = ["Dinas"]
        full.basis = MeetingBasis(adArticle: "Pasal 22", invitationNumber: "07/UND")
        let data = try encoder.encode(full)
        XCTAssertEqual(try JSONDecoder().decode(DocumentDetails.self, from: data), full)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains(#""basis":{"ad_article":"Pasal 22","invitation_number":"07\/UND"}"#),
                      String(decoding: data, as: UTF8.self))
        let old = Data(#"{"address":"","ba_sequence":1,"city":"","legal_entity_date":"","member_witnesses":2,"nik":""}"#.utf8)
        XCTAssertEqual(try JSONDecoder().decode(DocumentDetails.self, from: old), DocumentDetails())
    }
}
