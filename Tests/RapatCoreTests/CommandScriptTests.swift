import RapatCore
import RapatTesting
import XCTest

final class CommandScriptTests: XCTestCase {
    private let context = CommandScript.Context(rules: .defaults, profile: Fixtures.profile,
                                                now: Fixtures.time("2026-03-21 10:00"))

    func testEachCommandParses() throws {
        let at = Fixtures.time("2026-03-21 09:05")
        guard case let .checkIn(n, time)? = try CommandScript.parse(
            #"{"cmd":"check_in","member":"0012","at":"2026-03-21T09:05:00+07:00"}"#, context: context)
        else { return XCTFail() }
        XCTAssertEqual(n, MemberNumber("0012"))
        XCTAssertEqual(time, at)
        guard case let .markLeft(n2, t2)? = try CommandScript.parse(#"{"v":1,"cmd":"leave","member":12}"#, context: context)
        else { return XCTFail() }
        XCTAssertEqual(n2, MemberNumber("12"))
        XCTAssertEqual(t2, context.now, "time defaults to now")
        guard case .openRegistration? = try CommandScript.parse(#"{"cmd":"open_registration"}"#, context: context),
              case .markReturned? = try CommandScript.parse(#"{"cmd":"return","member":"1"}"#, context: context),
              case let .voidCheckIn(_, reason, _)? = try CommandScript.parse(
                  #"{"cmd":"void_check_in","member":"1","reason":"salah"}"#, context: context),
              case let .openMeeting(by, _, _)? = try CommandScript.parse(#"{"cmd":"open_meeting","by":"Ketua"}"#, context: context),
              case .nextAgendaItem? = try CommandScript.parse(#"{"cmd":"next_item"}"#, context: context),
              case .declareQuorum? = try CommandScript.parse(#"{"cmd":"check_quorum"}"#, context: context)
        else { return XCTFail() }
        XCTAssertEqual(reason, "salah")
        guard case let .appointPresidium(chair, _, members, selection, _, _)? = try CommandScript.parse(
                  #"{"cmd":"presidium","chair":"Siti","secretary":"Budi","members":["Made"],"selection":"aklamasi"}"#,
                  context: context),
              case let .recordDecision(text, method, outcome, notes, _)? = try CommandScript.parse(
                  #"{"cmd":"decide","text":"Menerima LPJ","method":"mufakat","outcome":"diterima_dengan_catatan","notes":["a"]}"#,
                  context: context),
              case let .amendNote(number, _, _, _)? = try CommandScript.parse(
                  #"{"cmd":"amend_note","number":2,"text":"t","reason":"r"}"#, context: context),
              case .closeMeeting? = try CommandScript.parse(#"{"cmd":"close_meeting"}"#, context: context)
        else { return XCTFail() }
        XCTAssertEqual([chair, text] + members + notes, ["Siti", "Menerima LPJ", "Made", "a"])
        XCTAssertEqual(selection, .acclamation)
        XCTAssertEqual(method, .consensus)
        XCTAssertEqual(outcome, .acceptedWithNotes)
        XCTAssertEqual(number, 2)
        XCTAssertEqual(by, "Ketua")
        XCTAssertNil(try CommandScript.parse("   ", context: context))
    }

    func testBadLinesSayWhatIsWrong() {
        let cases: [(String, String)] = [
            ("{oops", "bukan JSON"),
            ("[1,2]", "satu objek JSON"),
            (#"{"cmd":"dance"}"#, "tidak dikenal"),
            (#"{"cmd":"check_in"}"#, "\"member\" wajib diisi"),
            (#"{"cmd":"check_in","member":"1","memebr":"2"}"#, "kolom \"memebr\" tidak dikenal untuk check_in"),
            (#"{"cmd":"check_in","member":"1","at":"kemarin"}"#, "waktu \"kemarin\" tidak dikenal"),
            (#"{"v":2,"cmd":"check_in","member":"1"}"#, "versi format"),
            (#"{"cmd":"void_check_in","member":"1"}"#, "\"reason\" wajib diisi"),
            (#"{"cmd":"decide","text":"x","method":"voting","outcome":"diterima"}"#, "method \"voting\" tidak dikenal"),
            (#"{"cmd":"report","kind":"pengurus","presenter":"A","summary":"s","figures":{"total_aset":"1,250,000"}}"#,
             "total_aset: \"1,250,000\" memakai koma"),
            (#"{"cmd":"report","kind":"pengurus","presenter":"A","summary":"s","figures":{"laba":1}}"#, "angka \"laba\" tidak dikenal"),
            (#"{"cmd":"amend_note","number":"2","text":"t","reason":"r"}"#, "bilangan bulat"),
            (#"{"cmd":"presidium","chair":"A","secretary":"B","selection":"x"}"#, "selection \"x\""),
            (#"{"cmd":"decide","text":"x","method":"mufakat","outcome":"diterima","notes":"a"}"#, "daftar teks"),
        ]
        for (line, expected) in cases {
            XCTAssertThrowsError(try CommandScript.parse(line, context: context), line) { error in
                let message = (error as? CommandScript.LineError)?.message ?? ""
                XCTAssertTrue(message.contains(expected), "\(line) → \(message)")
            }
        }
    }
}
