import RapatCore
import XCTest

final class RupiahTests: XCTestCase {
    func testFormattingAndWordsFollowDomainSection17() {
        XCTAssertEqual(Rupiah(rupiah: 150_000_000).formattedWithWords, "Rp150.000.000,00 (seratus lima puluh juta rupiah)")
        XCTAssertEqual(Rupiah(rupiah: 682_500).formatted, "Rp682.500,00")
        XCTAssertEqual(Rupiah(rupiah: 682_500).inWords, "enam ratus delapan puluh dua ribu lima ratus rupiah")
        XCTAssertEqual(Rupiah(sen: 123_456_750).formatted, "Rp1.234.567,50")
        XCTAssertEqual(Rupiah(sen: 150).inWords, "satu rupiah lima puluh sen")
        XCTAssertEqual(Rupiah(rupiah: -1_000).formatted, "-Rp1.000,00")
        XCTAssertEqual(Rupiah(sen: 0).formatted, "Rp0,00")
    }

    func testParsingIndonesianNotationOnly() throws {
        let cases: [(String, Int64)] = [
            ("Rp1.250.000,00", 125_000_000), ("1.250.000", 125_000_000), ("1250000", 125_000_000), ("Rp 1.250.000", 125_000_000),
            ("Rp.1.000", 100_000), ("1.234,5", 123_450), ("-Rp2.500.000,00", -250_000_000), ("rp999", 99_900), ("0", 0), ("Rp1.000,-", 100_000),
        ]
        for (text, sen) in cases { XCTAssertEqual(try Rupiah.parse(text).sen, sen, text) }
        for bad in ["", "Rp", "1,250,000", "1.25.000", "12.3456", "1.000,123", "satu juta", "1.000.", "Rp1.000,5-"] {
            XCTAssertThrowsError(try Rupiah.parse(bad), bad)
        }
        XCTAssertThrowsError(try Rupiah.parse("1,250,000")) { error in
            XCTAssertTrue((error as? Rupiah.ParseError)?.message.contains("ribuan dipisah titik") == true)
        }
    }

    func testRealizationAgainstTheBudgetInIntegers() {
        let figures = ReportFigures([.budgetedIncome: Rupiah(rupiah: 500_000_000), .actualIncome: Rupiah(rupiah: 476_000_000)])
        XCTAssertEqual(figures.realization(actual: .actualIncome, budgeted: .budgetedIncome), "95,20%")
        XCTAssertNil(figures.realization(actual: .actualCosts, budgeted: .budgetedCosts))
    }
}
