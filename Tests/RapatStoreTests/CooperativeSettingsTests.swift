import Foundation
import RapatCore
import RapatStore
import RapatTesting
import XCTest

final class CooperativeSettingsTests: XCTestCase {
    private func writeDefault(_ dir: TemporaryDirectory) throws -> String {
        let path = dir.file("koperasi.toml")
        try CooperativeSettings.writeDefault(to: path, name: "KSP \"Maju Bersama\"", abbreviation: "KSP-MB",
                                             fiscalYear: 2025, meetingDate: "2026-03-21")
        return path
    }

    func testDefaultsFollowTheDomainTable() throws {
        let dir = TemporaryDirectory()
        let path = try writeDefault(dir)
        let settings = try CooperativeSettings.load(from: path)
        XCTAssertEqual(settings.profile.name, "KSP \"Maju Bersama\"")
        XCTAssertEqual(settings.profile.fiscalYear, 2025)
        XCTAssertEqual(settings.profile.timeZone, .wib)
        // The default register cut-off is the day before the meeting (DOMAIN P5, §18).
        XCTAssertEqual(settings.rules, MeetingRules(registerCutoff: "2026-03-20"))
        XCTAssertTrue(settings.agendaTatibFirst)
        XCTAssertEqual(settings.profile.scheduledStart, ScriptTime.parse("2026-03-21 09:00", zone: .wib))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for key in ["quorum_wait_minutes = 30", "majority_base = \"valid_votes\"", "proxies_allowed = false",
                    "ba_member_witnesses = 2", "residual", "rat_deadline_months = 6"] where key != "residual" {
            XCTAssertTrue(text.contains(key), key)
        }
        XCTAssertThrowsError(try writeDefault(dir)) { XCTAssertEqual($0 as? StoreError, .settingsFileExists(path: path)) }
    }

    func testEachQuorumRuleKindIsRead() throws {
        let dir = TemporaryDirectory()
        let path = try writeDefault(dir)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for (value, rule) in [("half_plus_one_literal", QuorumRule.halfPlusOneLiteral),
                              ("at_least 1/5", .atLeast(numerator: 1, denominator: 5))] {
            let edited = text.replacingOccurrences(of: "quorum_rule = \"more_than_half\"", with: "quorum_rule = \"\(value)\"")
            XCTAssertEqual(try CooperativeSettings.parse(edited, path: path).rules.quorumRule, rule)
        }
    }

    func testErrorsNameTheLineAndTheFix() throws {
        let dir = TemporaryDirectory()
        let path = try writeDefault(dir)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let ruleLine = (lines.firstIndex { $0.hasPrefix("quorum_rule") } ?? 0) + 1

        let badRule = text.replacingOccurrences(of: "quorum_rule = \"more_than_half\"", with: "quorum_rule = \"setengah\"")
        XCTAssertThrowsError(try CooperativeSettings.parse(badRule, path: "k.toml")) { error in
            let message = (error as? StoreError)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("k.toml:\(ruleLine): aturan kuorum \"setengah\" tidak dikenal"), message)
        }
        let typo = text.replacingOccurrences(of: "quorum_rule =", with: "quorum_rul =")
        XCTAssertThrowsError(try CooperativeSettings.parse(typo, path: "k.toml")) { error in
            XCTAssertTrue((error as? StoreError)?.message.hasPrefix("k.toml:\(ruleLine): kunci \"aturan.quorum_rul\" tidak dikenal") == true)
        }
        let wrongType = text.replacingOccurrences(of: "tahun_buku = 2025", with: "tahun_buku = \"2025\"")
        XCTAssertThrowsError(try CooperativeSettings.parse(wrongType, path: "k.toml")) { error in
            XCTAssertTrue((error as? StoreError)?.message.contains("bilangan bulat") == true)
        }
        XCTAssertThrowsError(try CooperativeSettings.parse("[koperasi\nnama = 1", path: "k.toml")) { error in
            guard case let .settings(_, line, _, _) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 1)
        }
    }

    /// Issue 12 item 8: terbilang is always lower case in brackets; an old "title" setting is refused with the fix.
    func testTerbilangCaseOtherThanLowerIsRefused() throws {
        let dir = TemporaryDirectory()
        let text = try String(contentsOfFile: try writeDefault(dir), encoding: .utf8)
        XCTAssertFalse(text.contains("terbilang_case"), "the default file no longer offers it")
        let lower = text.replacingOccurrences(of: "[aturan]\n", with: "[aturan]\nterbilang_case = \"lower\"\n")
        XCTAssertNoThrow(try CooperativeSettings.parse(lower, path: "k.toml"))
        let title = text.replacingOccurrences(of: "[aturan]\n", with: "[aturan]\nterbilang_case = \"title\"\n")
        XCTAssertThrowsError(try CooperativeSettings.parse(title, path: "k.toml")) { error in
            let message = (error as? StoreError)?.message ?? ""
            XCTAssertTrue(message.contains("terbilang_case \"title\" tidak didukung") && message.contains("hapus baris"), message)
        }
    }

    func testVotingRulesAreReadAndArrearsNeedAnArticle() throws {
        let dir = TemporaryDirectory()
        let path = try writeDefault(dir)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        func edit(_ pairs: [(String, String)]) -> String {
            pairs.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        }
        let voting = try CooperativeSettings.parse(edit([
            ("majority_base = \"valid_votes\"", "majority_base = \"present_eligible\""),
            ("recusal_policy = \"record\"", "recusal_policy = \"exclude\""),
            ("tie_revotes = 1", "tie_revotes = 2"),
        ]), path: path).rules.voting
        XCTAssertEqual(voting.majorityBase, .presentEligible)
        XCTAssertEqual(voting.recusalPolicy, .exclude)
        XCTAssertEqual(voting.tieRevotes, 2)
        XCTAssertEqual(voting.special[.dissolution], SpecialMajority(quorum: .atLeast(numerator: 3, denominator: 4),
                                                                    approval: Fraction(2, 3)))

        let noArticle = edit([("arrears_policy = \"vote\"", "arrears_policy = \"suspend_vote_keep_quorum\"")])
        XCTAssertThrowsError(try CooperativeSettings.parse(noArticle, path: path)) {
            XCTAssertTrue("\($0)".contains("arrears_article"), "\($0)")
        }
        let withArticle = noArticle.replacingOccurrences(of: "arrears_article = \"\"", with: "arrears_article = \"Pasal 9\"")
        XCTAssertEqual(try CooperativeSettings.parse(withArticle, path: path).rules.voting.arrearsPolicy, .suspendVoteKeepQuorum)
        XCTAssertThrowsError(try CooperativeSettings.parse(edit([("approval = \"2/3\"", "approval = \"dua pertiga\"")]),
                                                           path: path))
        XCTAssertThrowsError(try CooperativeSettings.parse(edit([("majority_base = \"valid_votes\"", "majority_base = \"most\"")]),
                                                           path: path))
    }

    func testShuSettingsAreReadAndPercentagesMustSumToHundred() throws {
        let dir = TemporaryDirectory()
        let path = try writeDefault(dir)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let shu = try CooperativeSettings.parse(text, path: path).rules.shu
        XCTAssertEqual(shu, ShuPolicy.example, "the template carries DOMAIN §11.3's allocation")

        let over = text.replacingOccurrences(of: "persen = \"1,5\"", with: "persen = \"6,5\"")
        XCTAssertThrowsError(try CooperativeSettings.parse(over, path: path)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("berjumlah 105%, harus tepat 100%"), message)
            let firstBlock = text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.contains("[[shu.komponen]]") }.map { $0 + 1 }
            XCTAssertEqual((error as? StoreError).flatMap { if case let .settings(_, line, _, _) = $0 { line } else { nil } },
                           firstBlock, "points at the first [[shu.komponen]]")
        }
        let float = text.replacingOccurrences(of: "persen = \"2,5\"", with: "persen = 2.5")
        XCTAssertThrowsError(try CooperativeSettings.parse(float, path: path)) { XCTAssertTrue("\($0)".contains("salah jenis"), "\($0)") }
        let unit = text.replacingOccurrences(of: "pembulatan = 1 ", with: "pembulatan = 50 ")
        XCTAssertThrowsError(try CooperativeSettings.parse(unit, path: path)) { XCTAssertTrue("\($0)".contains("Rp50"), "\($0)") }
        let hundred = text.replacingOccurrences(of: "pembulatan = 1 ", with: "pembulatan = 100 ")
            .replacingOccurrences(of: "selisih_pembulatan = \"to_dana_cadangan\"", with: "selisih_pembulatan = \"largest_remainder\"")
        let policy = try CooperativeSettings.parse(hundred, path: path).rules.shu
        XCTAssertEqual(policy.roundingUnit, Rupiah(rupiah: 100))
        XCTAssertEqual(policy.residual, .largestRemainder)
    }

    private func lineNumber(of prefix: String, in text: String) -> Int {
        (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1
    }

    private func message(_ text: String) -> String {
        do {
            _ = try CooperativeSettings.parse(text, path: "k.toml")
            return ""
        } catch {
            return (error as? StoreError)?.message ?? "\(error)"
        }
    }

    func testRegisterCutoffIsADateOrAKeywordAndIsNeverAfterTheMeeting() throws {
        let dir = TemporaryDirectory()
        let text = try String(contentsOfFile: try writeDefault(dir), encoding: .utf8)
        let line = lineNumber(of: "register_cutoff", in: text)
        func with(_ value: String) -> String {
            text.replacingOccurrences(of: "register_cutoff = \"day_before_meeting\"", with: "register_cutoff = \"\(value)\"")
        }
        XCTAssertEqual(try CooperativeSettings.parse(with("2026-02-28"), path: "k.toml").rules.registerCutoff, "2026-02-28")
        XCTAssertEqual(try CooperativeSettings.parse(with("2026-03-21"), path: "k.toml").rules.registerCutoff, "2026-03-21")
        XCTAssertNil(try CooperativeSettings.parse(with("none"), path: "k.toml").rules.registerCutoff)
        // The day before the 1st of a month is the last day of the one before.
        let march1 = text.replacingOccurrences(of: "tanggal = \"2026-03-21\"", with: "tanggal = \"2026-03-01\"")
        XCTAssertEqual(try CooperativeSettings.parse(march1, path: "k.toml").rules.registerCutoff, "2026-02-28")
        // Without a meeting date there is no day before it: no cut-off.
        let undated = text.replacingOccurrences(of: "tanggal = \"2026-03-21\"", with: "tanggal = \"\"")
        XCTAssertNil(try CooperativeSettings.parse(undated, path: "k.toml").rules.registerCutoff)

        for value in ["kemarin", "2026-02-30", "20-03-2026", "2026-3-20", ""] {
            XCTAssertTrue(message(with(value)).hasPrefix("k.toml:\(line): batas buku daftar anggota \"\(value)\" tidak dikenal: "
                + "isi tanggal seperti \"2026-03-20\""), message(with(value)))
        }
        XCTAssertEqual(message(with("2030-01-01")), "k.toml:\(line): batas buku daftar anggota 2030-01-01 sesudah tanggal rapat "
            + "2026-03-21: isi tanggal pada atau sebelum tanggal rapat, mis. \"day_before_meeting\"")
    }

    func testFiscalYearAfterTheMeetingYearIsRefusedWithTheLine() throws {
        let dir = TemporaryDirectory()
        let text = try String(contentsOfFile: try writeDefault(dir), encoding: .utf8)
        let line = lineNumber(of: "tahun_buku", in: text)
        let later = text.replacingOccurrences(of: "tahun_buku = 2025", with: "tahun_buku = 2030")
        XCTAssertEqual(message(later), "k.toml:\(line): tahun buku 2030 sesudah tahun rapat 2026: RAT membahas tahun buku "
            + "yang sudah ditutup; isi 2025 atau periksa tanggal rapat")
        // The meeting year itself is odd but possible (a koperasi whose tahun buku ends mid-year).
        let same = text.replacingOccurrences(of: "tahun_buku = 2025", with: "tahun_buku = 2026")
        XCTAssertEqual(try CooperativeSettings.parse(same, path: "k.toml").profile.fiscalYear, 2026)
    }
}
