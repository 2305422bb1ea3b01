import RapatCore
import RapatTesting
import XCTest

/// Lines are read strictly: what JSONSerialization would replace, merge or coerce is refused (issue 11 item 6).
final class CommandScriptStrictnessTests: XCTestCase {
    private let context = CommandScript.Context(rules: .defaults, profile: Fixtures.profile,
                                                now: Fixtures.time("2026-03-21 10:00"))

    private func refusal(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try CommandScript.parseLine(bytes: bytes, context: context)
            XCTFail("accepted: \(String(decoding: bytes, as: UTF8.self))", file: file, line: line)
            return ""
        } catch {
            return error.message
        }
    }

    private func refusal(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        refusal(Array(text.utf8), file: file, line: line)
    }

    func testInvalidUTF8IsRefusedNotReplaced() {
        let latin1 = Array(#"{"cmd":"note","text":"caf"#.utf8) + [0xE9] + Array(#""}"#.utf8)
        XCTAssertEqual(refusal(latin1), "baris berisi byte yang bukan UTF-8 (karakter ke-26): "
            + "simpan skrip sebagai UTF-8 (bukan Latin-1/Windows-1252)")
        let cut = Array(#"{"cmd":"note","text":""#.utf8) + [0xE2, 0x82]
        XCTAssertTrue(refusal(cut).hasPrefix("baris berisi byte yang bukan UTF-8"))
    }

    func testNulAndControlCharactersAreRefusedRawOrEscaped() {
        let raw = Array(#"{"cmd":"note","text":"a"#.utf8) + [0] + Array(#"b"}"#.utf8)
        XCTAssertTrue(refusal(raw).hasPrefix("baris berisi byte NUL (karakter ke-24)"), refusal(raw))
        XCTAssertTrue(refusal(#"{"cmd":"note","text":"a\u0000b"}"#).hasPrefix("kolom \"text\" berisi karakter kendali U+0000 (karakter ke-24)"))
        XCTAssertTrue(refusal(#"{"cmd":"note","text":"a\u001Bb"}"#).contains("U+001B"))
        XCTAssertTrue(refusal(#"{"cmd":"note","text":"a\nb"}"#).contains("U+000A"))
        XCTAssertTrue(refusal("{\"cmd\":\"note\",\"text\":\"a\tb\"}").contains("U+0009"))
        XCTAssertTrue(refusal(#"{"cmd":"note","text":"a\u0085b"}"#).contains("U+0085"))
        XCTAssertTrue(refusal(#"{"cmd":"note","text":"\uD800"}"#).contains("surrogate"))
        XCTAssertTrue(refusal(#"{"cmd":"presidium","chair":"A","secretary":"B","members":["C\u0007"],"selection":"aklamasi"}"#)
            .hasPrefix("kolom \"members\" berisi karakter kendali U+0007"))
        XCTAssertTrue(refusal(#"{"cmd":"note","te\u0000xt":"a"}"#).hasPrefix("nama kolom berisi karakter kendali U+0000"))
    }

    func testDuplicateKeysAreRefused() {
        XCTAssertEqual(refusal(#"{"cmd":"check_in","member":"1","member":"2"}"#),
                       "kolom \"member\" ditulis dua kali (karakter ke-32): hapus salah satunya; hanya satu nilai yang boleh berlaku")
        XCTAssertTrue(refusal(#"{"cmd":"report","kind":"pengurus","presenter":"A","summary":"s","figures":{"laba":1,"laba":2}}"#)
            .hasPrefix("kolom \"laba\" ditulis dua kali"))
    }

    func testMemberIsTextOrAWholeNumberAndNothingElse() throws {
        guard case let .checkIn(number, _)? = try CommandScript.parse(#"{"cmd":"check_in","member":7}"#, context: context)
        else { return XCTFail() }
        XCTAssertEqual(number, MemberNumber("7"), "the roster finds 0007 for it")
        for (value, words) in [("true", "true"), ("false", "false"), ("2.5", "pecahan 2.5"), ("null", "null"),
                               (#"["1"]"#, "daftar [...]"), (#"{"n":1}"#, "objek {...}"), ("1e2", "pecahan 100.0")] {
            XCTAssertEqual(refusal(#"{"cmd":"check_in","member":\#(value)}"#),
                           "kolom \"member\" harus berupa nomor anggota: teks (\"0012\") atau bilangan bulat (12), bukan \(words)")
        }
        XCTAssertTrue(refusal(#"{"cmd":"proxy","principal":true,"holder":"2","letter":"x"}"#).hasPrefix("kolom \"principal\" harus berupa nomor anggota"))
        XCTAssertTrue(refusal(#"{"cmd":"check_in","member":0012}"#).contains("angka tidak boleh diawali nol"))
    }

    func testWrongTypesSayWhatWasExpected() {
        XCTAssertEqual(refusal(#"{"cmd":"vote_counts","setuju":true,"tidak_setuju":1,"abstain":0}"#),
                       "kolom \"setuju\" harus berupa bilangan bulat (mis. 3), bukan true")
        XCTAssertEqual(refusal(#"{"cmd":"vote_counts","setuju":2.5,"tidak_setuju":1,"abstain":0}"#),
                       "kolom \"setuju\" harus berupa bilangan bulat (mis. 3), bukan pecahan 2.5")
        XCTAssertEqual(refusal(#"{"cmd":"note","text":5}"#), "kolom \"text\" harus berupa teks dalam tanda kutip, bukan angka 5")
        XCTAssertEqual(refusal(#"{"cmd":"vote_counts","tidak_setuju":1,"abstain":0}"#),
                       "kolom \"setuju\" wajib diisi dengan bilangan bulat (mis. 3)")
    }

    func testUnknownFieldsSuggestTheNearestField() {
        XCTAssertEqual(refusal(#"{"cmd":"vote_counts","setju":3,"tidak_setuju":1,"abstain":0}"#),
                       "kolom \"setju\" tidak dikenal untuk vote_counts: maksud Anda \"setuju\"?")
        XCTAssertEqual(refusal(#"{"cmd":"check_in","member":"1","memebr":"2"}"#),
                       "kolom \"memebr\" tidak dikenal untuk check_in: maksud Anda \"member\"?")
        XCTAssertEqual(refusal(#"{"cmd":"check_in","member":"1","warna":"merah"}"#),
                       "kolom \"warna\" tidak dikenal untuk check_in: kolomnya member (serta at, id); periksa ejaannya")
        XCTAssertEqual(refusal(#"{"cmd":"chek_in","member":"1"}"#), "perintah \"chek_in\" tidak dikenal: maksud Anda \"check_in\"?")
    }

    func testMalformedJSONNamesThePosition() {
        XCTAssertEqual(refusal(#"{"cmd":"next_item"} {"cmd":"next_item"}"#),
                       "bukan JSON yang sah: ada isi lagi sesudah objek selesai (karakter ke-21): satu baris berisi satu objek {…} saja")
        XCTAssertTrue(refusal(#"{"cmd":"next_item""#).contains("kurung kurawal penutup \"}\" kurang"))
        XCTAssertTrue(refusal(#"{cmd:"next_item"}"#).contains("nama kolom harus dalam tanda kutip (karakter ke-2)"))
        XCTAssertTrue(refusal(#"{"cmd":'next_item'}"#).contains("nilai tidak dikenal (karakter ke-8)"))
        XCTAssertTrue(refusal(#"{"cmd":"next_item",}"#).contains("nama kolom harus dalam tanda kutip"))
        XCTAssertTrue(refusal(String(repeating: "[", count: 40)).contains("satu objek JSON"))
        XCTAssertTrue(refusal(#"{"a":"#.utf8.map { $0 } + Array(String(repeating: "[", count: 40).utf8)).contains("terlalu dalam"))
    }

    func testValidLinesStillParse() throws {
        XCTAssertNil(try CommandScript.parseLine(bytes: Array(" \t\r".utf8), context: context))
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"cmd":"note","text":"Kopi \u00e9 \"baik\" 😀 \ud83d\ude00"}"#.utf8)
        guard case let .recordNote(text, _)? = try CommandScript.parseLine(bytes: bom, context: context)?.command
        else { return XCTFail() }
        XCTAssertEqual(text, "Kopi é \"baik\" 😀 😀")
        guard case let .countHands(count, _)? = try CommandScript.parse(
            #"{ "cmd" : "vote_counts", "setuju" : 10, "tidak_setuju" : 0, "abstain" : -0 }"#, context: context)
        else { return XCTFail() }
        XCTAssertEqual(count, HandCount(yes: 10, no: 0, abstain: 0))
    }
}
