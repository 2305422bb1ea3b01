import RapatCore
import RapatTesting
import XCTest

final class IndonesianFormatTests: XCTestCase {
    func testTerbilangFollowsKBBI() {
        let cases: [(Int, String)] = [
            (0, "nol"), (1, "satu"), (10, "sepuluh"), (11, "sebelas"), (12, "dua belas"), (19, "sembilan belas"),
            (20, "dua puluh"), (67, "enam puluh tujuh"), (91, "sembilan puluh satu"), (100, "seratus"),
            (133, "seratus tiga puluh tiga"), (250, "dua ratus lima puluh"), (1_000, "seribu"), (1_001, "seribu satu"),
            (2_026, "dua ribu dua puluh enam"), (682_500, "enam ratus delapan puluh dua ribu lima ratus"),
            (1_000_000, "satu juta"), (1_100_000, "satu juta seratus ribu"), (150_000_000, "seratus lima puluh juta"),
            (1_000_000_000, "satu miliar"), (111_000, "seratus sebelas ribu"),
            (999_999_999_999, "sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta "
                + "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"),
            (-5, "minus lima"),
        ]
        for (n, words) in cases { XCTAssertEqual(Terbilang.words(n), words, "\(n)") }
        XCTAssertEqual(Terbilang.titleCase(250_000), "Dua Ratus Lima Puluh Ribu")
    }

    func testTimesDatesAndPercentages() {
        let date = Fixtures.time("2026-03-21 09:15")
        XCTAssertEqual(IndonesianFormat.time(date, zone: .wib), "pukul 09.15 WIB")
        XCTAssertEqual(IndonesianFormat.time(date, zone: .wita), "pukul 10.15 WITA")
        XCTAssertEqual(IndonesianFormat.longDate(date, zone: .wib), "Sabtu, 21 Maret 2026")
        XCTAssertEqual(IndonesianFormat.iso8601(date, zone: .wib), "2026-03-21T09:15:00+07:00")
        XCTAssertEqual(IndonesianFormat.percent(91, of: 133), "68,42%")
        XCTAssertEqual(IndonesianFormat.percent(1, of: 3), "33,33%")
        XCTAssertEqual(IndonesianFormat.percent(2, of: 3), "66,67%")
        XCTAssertEqual(IndonesianFormat.percent(0, of: 0), "0,00%")
        XCTAssertEqual(IndonesianFormat.integer(100_000), "100.000")
        XCTAssertEqual(IndonesianFormat.countInWords(91), "91 (sembilan puluh satu) orang")
    }

    func testScriptTimesAcceptOffsetsAndLocalTimes() {
        let local = ScriptTime.parse("2026-03-21 09:05", zone: .wib)
        XCTAssertEqual(local, ScriptTime.parse("2026-03-21T09:05:00+07:00", zone: .wit))
        XCTAssertEqual(local, ScriptTime.parse("2026-03-21T02:05:00Z", zone: .wib))
        XCTAssertEqual(local, ScriptTime.parse("2026-03-21T09.05", zone: .wib))
        for bad in ["", "2026-02-30 09:00", "2026-13-01 09:00", "21-03-2026 09:00", "2026-03-21 25:00", "2026-03-21T09:05+7"] {
            XCTAssertNil(ScriptTime.parse(bad, zone: .wib), bad)
        }
    }
}
