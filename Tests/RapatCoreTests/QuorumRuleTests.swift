import RapatCore
import XCTest

final class QuorumRuleTests: XCTestCase {
    /// DOMAIN §7.2–§7.3 worked example for N = 133, and boundary sizes.
    func testRequiredNumbersMatchTheDomainTable() {
        let cases: [(QuorumRule, Int, Int)] = [
            (.moreThanHalf, 133, 67), (.moreThanHalf, 134, 68), (.moreThanHalf, 0, 1), (.moreThanHalf, 1, 1),
            (.halfPlusOneLiteral, 133, 68), (.halfPlusOneLiteral, 134, 68), (.halfPlusOneLiteral, 1, 2),
            (.atLeast(numerator: 1, denominator: 5), 133, 27), (.atLeast(numerator: 2, denominator: 3), 133, 89),
            (.atLeast(numerator: 3, denominator: 4), 133, 100), (.atLeast(numerator: 1, denominator: 5), 10, 2),
            (.atLeast(numerator: 1, denominator: 1), 7, 7),
        ]
        for (rule, n, q) in cases {
            XCTAssertEqual(rule.required(registered: n), q, "\(rule.settingValue) N=\(n)")
        }
    }

    func testFormulaShowsTheIntegerArithmetic() {
        XCTAssertEqual(QuorumRule.moreThanHalf.formula(registered: 133), "⌊133/2⌋+1 = 67")
        XCTAssertEqual(QuorumRule.halfPlusOneLiteral.formula(registered: 133), "⌈133/2+1⌉ = 68")
        XCTAssertEqual(QuorumRule.atLeast(numerator: 1, denominator: 5).formula(registered: 133), "⌈133×1/5⌉ = 27")
        let status = QuorumStatus(registered: 133, present: 91, rule: .moreThanHalf)
        XCTAssertEqual(status.formula, "lebih dari 1/2: ⌊133/2⌋+1 = 67")
        XCTAssertEqual(status.margin, 24)
        XCTAssertEqual(status.verdict, "SAH")
        XCTAssertEqual(QuorumStatus(registered: 133, present: 66, rule: .moreThanHalf).verdict, "BELUM KUORUM")
    }

    func testSettingValuesRoundTripAndBadOnesAreRefused() {
        for rule in [QuorumRule.moreThanHalf, .halfPlusOneLiteral, .atLeast(numerator: 2, denominator: 3)] {
            XCTAssertEqual(QuorumRule(settingValue: rule.settingValue), rule)
        }
        XCTAssertEqual(QuorumRule(settingValue: "at_least 1 / 5"), .atLeast(numerator: 1, denominator: 5))
        for bad in ["", "half", "at_least", "at_least 3/2", "at_least 0/5", "at_least 1/0", "at_least a/b"] {
            XCTAssertNil(QuorumRule(settingValue: bad), bad)
        }
    }
}
