import Foundation
import RapatCore
import RapatTesting
import XCTest

/// SHU allocation and per-member shares, exact to the sen (DOMAIN §11, §17).
final class ShuTests: XCTestCase {
    private func rp(_ text: String) -> Rupiah { try! Rupiah.parse(text) }

    /// DOMAIN §11.3: the allocation table of KSP Maju Bersama, tahun buku 2025.
    func testWorkedExampleAllocation() {
        let allocation = ShuAllocation.compute(surplus: rp("Rp150.000.000,00"), components: ShuPolicy.example.components)
        let expected = [("Dana cadangan", "40", "Rp60.000.000,00"), ("Jasa modal anggota", "20", "Rp30.000.000,00"),
                        ("Jasa usaha anggota", "25", "Rp37.500.000,00"), ("Dana pengurus", "4", "Rp6.000.000,00"),
                        ("Dana pengawas", "1", "Rp1.500.000,00"), ("Dana karyawan", "4", "Rp6.000.000,00"),
                        ("Dana pendidikan", "2,5", "Rp3.750.000,00"), ("Dana sosial", "2", "Rp3.000.000,00"),
                        ("Dana pembangunan daerah kerja", "1,5", "Rp2.250.000,00")]
        XCTAssertEqual(allocation.lines.map { [$0.component.name, $0.component.percentage.description, $0.amount.formatted] },
                       expected.map { [$0.0, $0.1, $0.2] })
        XCTAssertEqual(allocation.total.formatted, "Rp150.000.000,00")
        XCTAssertEqual(allocation.total.inWords, "seratus lima puluh juta rupiah")
        XCTAssertEqual(ShuPolicy.example.total, .hundred)
    }

    /// DOMAIN §11.3: members A–D, floored to Rp1.
    func testWorkedExampleMembers() {
        let allocation = ShuAllocation.compute(surplus: rp("Rp150.000.000,00"), components: ShuPolicy.example.components)
        // S = Rp1.200.000.000 and T = Rp900.000.000 over the whole cooperative: the rest of the members in one row.
        let a = (rp("4.800.000").sen, rp("13.500.000").sen), b = (rp("3.333.333").sen, rp("7.777.777").sen)
        let c = (Int64(0), rp("2.000.000").sen), d = (rp("12.000.000").sen, Int64(0))
        let rest = (rp("1.200.000.000").sen - a.0 - b.0 - c.0 - d.0, rp("900.000.000").sen - a.1 - b.1 - c.1 - d.1)
        let rows = [a, b, c, d, rest]
        let ledger = ShuLedger(members: ["A", "B", "C", "D", "LAIN"].map(MemberNumber.init), savingsColumns: ["pokok"],
                               transactionColumns: ["simpan_pinjam"], savings: rows.map(\.0), transactions: rows.map(\.1))
        let policy = ShuPolicy(components: ShuPolicy.example.components, savingsTypes: ["pokok"])
        let result = ShuDistribution.compute(allocation: allocation, policy: policy, ledger: ledger)
        XCTAssertEqual(result.totalSavings.formatted, "Rp1.200.000.000,00")
        XCTAssertEqual(result.totalTransactions.formatted, "Rp900.000.000,00")
        let table = result.shares.prefix(4).map { [$0.capital.formatted, $0.business.formatted, $0.total.formatted] }
        XCTAssertEqual(table, [
            ["Rp120.000,00", "Rp562.500,00", "Rp682.500,00"],
            ["Rp83.333,00", "Rp324.074,00", "Rp407.407,00"],
            ["Rp0,00", "Rp83.333,00", "Rp83.333,00"],
            ["Rp300.000,00", "Rp0,00", "Rp300.000,00"],
        ])
        XCTAssertEqual(result.shares[0].total.formattedWithWords,
                       "Rp682.500,00 (enam ratus delapan puluh dua ribu lima ratus rupiah)")
        let shares = result.shares.reduce(Int64(0)) { $0 + $1.total.sen }
        XCTAssertEqual(shares + result.residual.sen, allocation.pool(.capitalServices).sen + allocation.pool(.businessServices).sen)
    }

    /// DOMAIN §11.3 residual demo: JMA Rp1.000.000 over simpanan 1 / 2 / 3 juta.
    func testResidualDemoBothPolicies() {
        let components = [ShuComponent(name: "Dana cadangan", percentage: Percentage(basisPoints: 9_000), role: .reserve),
                          ShuComponent(name: "Jasa modal anggota", percentage: Percentage(basisPoints: 1_000), role: .capitalServices)]
        let allocation = ShuAllocation.compute(surplus: rp("Rp10.000.000"), components: components)
        XCTAssertEqual(allocation.pool(.capitalServices), rp("Rp1.000.000"))
        let ledger = ShuLedger(members: ["1", "2", "3"].map(MemberNumber.init), savingsColumns: ["wajib"], transactionColumns: [],
                               savings: [rp("1.000.000").sen, rp("2.000.000").sen, rp("3.000.000").sen], transactions: [])
        let floor = ShuDistribution.compute(allocation: allocation, policy: ShuPolicy(components: components), ledger: ledger)
        XCTAssertEqual(floor.shares.map(\.capital.formatted), ["Rp166.666,00", "Rp333.333,00", "Rp500.000,00"])
        XCTAssertEqual(floor.capitalResidual.formatted, "Rp1,00", "selisih pembulatan Rp1 to dana cadangan")
        XCTAssertEqual(floor.reserveWithResidual.formatted, "Rp9.000.001,00")
        let largest = ShuDistribution.compute(allocation: allocation, policy: ShuPolicy(components: components, residual: .largestRemainder),
                                              ledger: ledger)
        XCTAssertEqual(largest.shares.map(\.capital.formatted), ["Rp166.667,00", "Rp333.333,00", "Rp500.000,00"])
        XCTAssertEqual(largest.capitalResidual.sen, 0)
    }

    func testRoundingUnitsZeroBasesAndLosses() {
        let components = ShuPolicy.example.components
        let allocation = ShuAllocation.compute(surplus: rp("Rp150.000.000"), components: components)
        let ledger = ShuLedger(members: ["1", "2"].map(MemberNumber.init), savingsColumns: ["pokok"], transactionColumns: ["toko"],
                               savings: [rp("1.000.000").sen, rp("2.000.000").sen], transactions: [0, 0])
        let hundreds = ShuDistribution.compute(allocation: allocation,
                                               policy: ShuPolicy(components: components, savingsTypes: ["pokok"],
                                                                 roundingUnit: Rupiah(rupiah: 1_000)), ledger: ledger)
        XCTAssertEqual(hundreds.shares.map(\.capital.formatted), ["Rp10.000.000,00", "Rp20.000.000,00"])
        XCTAssertEqual(hundreds.shares.map(\.business.sen), [0, 0], "T = 0: jasa usaha 0 for everyone")
        XCTAssertEqual(hundreds.businessResidual, allocation.pool(.businessServices), "the whole pool goes to the residual")
        XCTAssertEqual(hundreds.warnings.count, 1)

        let loss = ShuAllocation.compute(surplus: rp("-12.500.000"), components: components)
        XCTAssertFalse(loss.hasDistribution)
        XCTAssertEqual(loss.total.sen, 0)
        let none = ShuDistribution.compute(allocation: loss, policy: ShuPolicy(components: components), ledger: ledger)
        XCTAssertEqual(none.shares.map(\.total.sen), [0, 0])
        XCTAssertTrue(none.warnings.isEmpty)
    }

    func testPercentagesMustSumToExactlyHundred() {
        // DOMAIN SHU-6: a quoted AD adds up to 105%.
        var components = ShuPolicy.example.components
        components.append(ShuComponent(name: "Dana pembangunan lingkungan", percentage: Percentage(basisPoints: 500), role: .other))
        XCTAssertEqual(ShuPolicy(components: components).problem(), "persentase komponen SHU berjumlah 105%, harus tepat 100%")
        XCTAssertNil(ShuPolicy.example.problem())
        XCTAssertEqual(Percentage(text: "2,5"), Percentage(basisPoints: 250))
        XCTAssertEqual(Percentage(text: "12.25")?.description, "12,25")
        XCTAssertNil(Percentage(text: "2,555"))
        XCTAssertNil(Percentage(text: "-1"))
    }

    /// Property: for random ledgers, pools, units and both policies, Σ shares + residual = pool, every share is a
    /// multiple of the unit, and no share exceeds its exact value by a unit or more.
    func testSharesPlusResidualAlwaysEqualThePool() {
        var rng = SplitMix64(seed: 2025)
        for round in 0..<300 {
            let count = Int(rng.next() % 60)
            let weights = (0..<count).map { _ in rng.next() % 4 == 0 ? Int64(0) : Int64(rng.next() % 5_000_000_000) }
            let pool = Int64(rng.next() % 100_000_000_000)
            let unit = [Int64(100), 10_000, 100_000][Int(rng.next() % 3)]
            for largest in [false, true] {
                let result = ShuDistribution.divide(pool, by: weights, unit: unit, largestRemainder: largest)
                XCTAssertEqual(result.shares.reduce(0, +) + result.residual, pool, "round \(round)")
                XCTAssertTrue(result.shares.allSatisfy { $0 % unit == 0 && $0 >= 0 }, "round \(round)")
                XCTAssertGreaterThanOrEqual(result.residual, 0)
                let total = weights.reduce(0, +)
                if total > 0 {
                    for (w, share) in zip(weights, result.shares) {
                        let exact = Int128(pool) * Int128(w)
                        XCTAssertLessThan(Int128(share) * Int128(total) - exact, Int128(unit) * Int128(total), "round \(round)")
                    }
                    if !largest { XCTAssertLessThan(result.residual, unit * Int64(max(1, weights.filter { $0 > 0 }.count))) }
                    if largest { XCTAssertLessThan(result.residual, unit) }
                }
            }
        }
    }

    /// DOMAIN §17 examples and edges.
    func testTerbilangEdges() {
        let cases: [(Int, String)] = [
            (0, "nol"), (10, "sepuluh"), (11, "sebelas"), (100, "seratus"), (1_000, "seribu"), (1_000_000, "satu juta"),
            (1_000_000_000, "satu miliar"), (250, "dua ratus lima puluh"), (1_001, "seribu satu"),
            (1_100_000, "satu juta seratus ribu"), (682_500, "enam ratus delapan puluh dua ribu lima ratus"),
            (2_026, "dua ribu dua puluh enam"), (150_000_000, "seratus lima puluh juta"),
            (999_999_999_999, "sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta "
                + "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"),
        ]
        for (n, words) in cases { XCTAssertEqual(Terbilang.words(n), words, "\(n)") }
        XCTAssertEqual(rp("Rp150.000.000,00").formattedWithWords, "Rp150.000.000,00 (seratus lima puluh juta rupiah)")
        XCTAssertEqual(rp("Rp1.000,50").inWords, "seribu rupiah lima puluh sen")
    }

    /// Issue 5 items 2–3 and 5 in the meeting: proposal, amendment, approval by a decision; a loss distributes nothing.
    func testProposalAmendmentAndApprovalInTheMeeting() throws {
        let t = Fixtures.time
        var s = try Fixtures.openedMeeting(Fixtures.members(3))
        for n in ["0001", "0002"] { try s.apply(.checkIn(MemberNumber(n), at: t("2026-03-21 08:30"))) }
        try s.apply(.openMeeting(by: "Ketua", agenda: Agenda(items: [AgendaItem(kind: .surplusDistribution),
                                                                     AgendaItem(kind: .closing)]), at: t("2026-03-21 09:00")))
        var over = ShuPolicy.example.components
        over[0].percentage = Percentage(basisPoints: 4_500)
        var amended = ShuPolicy.example.components
        amended[0].percentage = Percentage(basisPoints: 3_500)
        amended[1].percentage = Percentage(basisPoints: 2_500)
        assertSteps(&s, [
            ("amend before a proposal", .amendShu(components: amended, reason: "x", at: t("2026-03-21 09:01")),
             .refused(.shuNotProposed)),
            ("motion without a proposal", .proposeMotion(text: "SHU", kind: .surplus, concerns: nil, at: t("2026-03-21 09:01")),
             .accepted),
            ("cannot decide it yet", .decideMotion(motion: 1, method: .consensus, outcome: .accepted, notes: [],
                                                   at: t("2026-03-21 09:01")), .refused(.shuNotProposed)),
            ("proposal", .proposeShu(surplus: rp("Rp150.000.000"), at: t("2026-03-21 09:02")), .accepted),
            ("105% refused with the sum", .amendShu(components: over, reason: "x", at: t("2026-03-21 09:03")),
             .refused(.shuInvalid("persentase komponen SHU berjumlah 105%, harus tepat 100%"))),
            ("reason required", .amendShu(components: amended, reason: " ", at: t("2026-03-21 09:03")),
             .refused(.missingField("Alasan perubahan pembagian SHU"))),
            ("amendment", .amendShu(components: amended, reason: "jasa modal dinaikkan", at: t("2026-03-21 09:03")), .accepted),
            ("approved by mufakat", .decideMotion(motion: 1, method: .consensus, outcome: .accepted, notes: [],
                                                  at: t("2026-03-21 09:04")), .accepted),
            ("no change afterwards", .amendShu(components: ShuPolicy.example.components, reason: "x", at: t("2026-03-21 09:05")),
             .refused(.shuAlreadyApproved(decision: 1))),
        ])
        XCTAssertEqual(s.shuApproval?.allocation.pool(.capitalServices), rp("Rp37.500.000"))
        XCTAssertEqual(s.shuApproval?.components, amended)

        var loss = try Fixtures.openedMeeting(Fixtures.members(3))
        for n in ["0001", "0002"] { try loss.apply(.checkIn(MemberNumber(n), at: t("2026-03-21 08:30"))) }
        try loss.apply(.openMeeting(by: "Ketua", agenda: Agenda(items: [AgendaItem(kind: .surplusDistribution),
                                                                        AgendaItem(kind: .closing)]), at: t("2026-03-21 09:00")))
        try loss.apply(.proposeShu(surplus: rp("-12.500.000"), at: t("2026-03-21 09:01")))
        try loss.apply(.proposeMotion(text: "Kerugian Rp12.500.000 ditutup dari dana cadangan", kind: .surplus, concerns: nil,
                                      at: t("2026-03-21 09:02")))
        try loss.apply(.decideMotion(motion: 1, method: .consensus, outcome: .accepted, notes: [], at: t("2026-03-21 09:03")))
        XCTAssertEqual(loss.shuApproval?.allocation.hasDistribution, false)
        XCTAssertEqual(loss.decisions.last?.text, "Kerugian Rp12.500.000 ditutup dari dana cadangan")
    }
}
