import Foundation
import RapatCore
import RapatTesting
import XCTest

/// Votes on motions (DOMAIN §8): eligibility frozen at opening, one member one vote, counts that reconcile,
/// majorities in integers, special quorums (§7.6), recusal, arrears and proxies.
final class VotingTests: XCTestCase {
    private let t = Fixtures.time
    private let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .boardReport),
                                        AgendaItem(kind: .reportApproval), AgendaItem(kind: .closing)])

    /// Six anggota biasa (0001 is Ketua Pengurus, 0006 in arrears) and a luar biasa; 0001–0005 present.
    private func meeting(_ voting: VotingRules = .defaults, present: [String] = ["0001", "0002", "0003", "0004", "0005"])
        throws -> MeetingState {
        var members = Fixtures.members(6)
        members[0].office = Office(body: .pengurus, title: "Ketua")
        members[5].inArrears = true
        members.append(Fixtures.member("LB-1", "Yohanes Lake", status: .associate))
        var s = try Fixtures.openedMeeting(members, rules: MeetingRules(voting: voting))
        for n in present { try s.apply(.checkIn(MemberNumber(n), at: t("2026-03-21 08:30"))) }
        try s.apply(.checkIn(MemberNumber("LB-1"), at: t("2026-03-21 08:31")))
        try s.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        return s
    }

    private func at(_ minute: Int) -> Date { t("2026-03-21 10:00").addingTimeInterval(Double(minute) * 60) }
    private func n(_ text: String) -> MemberNumber { MemberNumber(text) }

    /// Proposes motion 1 of `kind` and opens a vote on it.
    private func vote(_ s: inout MeetingState, _ method: VoteMethod, kind: MotionKind = .ordinary) throws {
        try s.apply(.proposeMotion(text: "Usul", kind: kind, concerns: nil, at: at(0)))
        try s.apply(.openVote(subject: .motion(s.motions.count), method: method, at: at(1)))
    }

    private func lastResult(_ s: MeetingState) throws -> VoteResult { try XCTUnwrap(s.closedVotes.last?.result) }

    // MARK: DOMAIN §8.3–§8.4, one row each

    func testMajorityTable() throws {
        // (base, setuju, tidak setuju, abstain, passes, tie): every row through a show-of-hands vote of 5 eligible.
        let rows: [(MajorityBase, Int, Int, Int, Bool, Bool, String)] = [
            (.validVotes, 3, 2, 0, true, false, "simple majority of valid votes"),
            (.validVotes, 2, 2, 1, false, true, "tie on a motion: rejected (E7)"),
            (.validVotes, 2, 1, 2, true, false, "abstain excluded from the base (E9)"),
            (.votesCast, 2, 1, 2, false, false, "votes_cast counts abstain in the base: 4 > 5 fails"),
            (.presentEligible, 3, 0, 0, true, false, "3 × 2 = 6 > 5 present eligible"),
            (.presentEligible, 2, 0, 0, false, false, "2 of 5 present eligible is not a majority"),
            (.validVotes, 0, 0, 0, false, true, "no valid votes: nothing passes"),
        ]
        for (base, yes, no, abstain, passes, tie, label) in rows {
            var s = try meeting(VotingRules(majorityBase: base))
            try vote(&s, .show)
            try s.apply(.countHands(HandCount(yes: yes, no: no, abstain: abstain), at: at(2)))
            try s.apply(.closeVote(castingVote: nil, at: at(3)))
            let r = try lastResult(s)
            XCTAssertEqual(r.passed, passes, label)
            XCTAssertEqual(r.tie, tie, label)
            XCTAssertEqual(r.eligible, 5, "the luar biasa member and the absent one are not eligible")
            XCTAssertEqual(r.notVoting, 5 - yes - no - abstain, "hands not raised: tidak memberikan suara (E11)")
            XCTAssertEqual(s.decisions.last?.outcome, passes ? .accepted : .rejected, label)
            XCTAssertEqual(s.decisions.last?.method, .vote)
        }
    }

    func testChairCastingVoteOnlyWhereTheADGivesIt() throws {
        var s = try meeting(VotingRules(tieMotion: .chairCastingVote))
        try vote(&s, .show)
        try s.apply(.countHands(HandCount(yes: 2, no: 2, abstain: 0), at: at(2)))
        XCTAssertThrowsError(try s.apply(.closeVote(castingVote: nil, at: at(3)))) {
            XCTAssertEqual($0 as? RapatError, .tieNeedsCastingVote)
        }
        try s.apply(.closeVote(castingVote: .yes, at: at(3)))
        XCTAssertTrue(try lastResult(s).passed)
        XCTAssertEqual(try lastResult(s).castingVote, .yes)
    }

    func testCountsThatExceedThePresentEligibleAreRefused() throws {
        var s = try meeting()
        try vote(&s, .show)
        assertSteps(&s, [
            ("six hands of five eligible", .countHands(HandCount(yes: 4, no: 2, abstain: 0), at: at(2)),
             .refused(.countsExceedEligible(counted: 6, eligible: 5))),
            ("roll-call entry on a show-of-hands vote", .castVote(member: n("0001"), choice: .yes, at: at(2)),
             .refused(.wrongVoteMethod(.show))),
            ("closing before counting", .closeVote(castingVote: nil, at: at(2)), .refused(.nothingCounted(.show))),
            ("a recount replaces the first count", .countHands(HandCount(yes: 3, no: 1, abstain: 0), at: at(2)), .accepted),
            ("second motion while the vote is open", .openVote(subject: .motion(1), method: .show, at: at(3)),
             .refused(.voteInProgress(round: 1))),
            ("close", .closeVote(castingVote: nil, at: at(4)), .accepted),
            ("decided once", .openVote(subject: .motion(1), method: .show, at: at(5)),
             .refused(.motionAlreadyDecided(motion: 1, decision: 1))),
        ])
    }

    // MARK: Roll-call refusals (issue 4 item 3)

    func testRollCallRefusesSecondVotesAbsenteesNonVotersAndLateArrivals() throws {
        var s = try meeting()
        try vote(&s, .rollCall)
        try s.apply(.checkIn(n("0006"), at: at(2)))  // arrives after the vote opened (E3)
        let members = s.roster.members
        func member(_ number: String) -> Member { members.first { $0.number == n(number) }! }
        assertSteps(&s, [
            ("first vote", .castVote(member: n("0002"), choice: .yes, at: at(3)), .accepted),
            ("second vote by the same member (E5)", .castVote(member: n("0002"), choice: .no, at: at(3)),
             .refused(.alreadyVoted(member("0002"), .yes))),
            ("non-member", .castVote(member: n("9999"), choice: .yes, at: at(3)), .refused(.notAMember(n("9999")))),
            ("luar biasa", .castVote(member: n("LB-1"), choice: .yes, at: at(3)),
             .refused(.cannotVote(member("LB-1"), reason: "anggota luar biasa tidak punya hak suara"))),
            ("arrived after opening", .castVote(member: n("0006"), choice: .yes, at: at(3)),
             .refused(.cannotVote(member("0006"), reason:
                "tidak tercatat hadir saat pemungutan suara dibuka pukul 10.01 WIB; ikut pada pemungutan berikutnya"))),
            ("left the room", .markLeft(n("0003"), at: at(4)), .accepted),
            ("absent now", .castVote(member: n("0003"), choice: .no, at: at(5)),
             .refused(.cannotVote(member("0003"), reason: "sedang tidak di ruangan"))),
            ("others", .castVote(member: n("0004"), choice: .no, at: at(5)), .accepted),
            ("abstain", .castVote(member: n("0005"), choice: .abstain, at: at(5)), .accepted),
            ("close", .closeVote(castingVote: nil, at: at(6)), .accepted),
        ])
        let r = try lastResult(s)
        XCTAssertEqual([r.yes, r.no, r.abstain, r.notVoting], [1, 1, 1, 2])
        XCTAssertFalse(r.passed, "1 : 1 is a tie, rejected")
    }

    // MARK: Secret ballot

    func testSecretBallotCountsReconcileAndExtraBallotsVoidTheRound() throws {
        var s = try meeting()
        try vote(&s, .secret)
        assertSteps(&s, [
            ("more issued than eligible", .countBallots(BallotCount(issued: 6, returned: 5, perOption: [3, 2], blank: 0,
                                                                    invalid: []), at: at(2)),
             .refused(.ballotsExceedEligible(issued: 6, eligible: 5))),
            ("does not add up", .countBallots(BallotCount(issued: 5, returned: 5, perOption: [3, 1], blank: 0, invalid: []),
                                              at: at(2)), .refused(.ballotsDoNotAddUp(returned: 5, counted: 4))),
            ("invalid without a reason", .countBallots(BallotCount(issued: 5, returned: 5, perOption: [3, 1], blank: 0,
                                                                   invalid: [InvalidBallots(reason: " ", count: 1)]),
                                                       at: at(2)), .refused(.missingField("Alasan surat suara tidak sah"))),
            ("returned > issued is recorded", .countBallots(BallotCount(issued: 4, returned: 5, perOption: [3, 2], blank: 0,
                                                                        invalid: []), at: at(2)), .accepted),
            ("and voids the round", .closeVote(castingVote: nil, at: at(3)), .accepted),
        ])
        XCTAssertNotNil(try lastResult(s).voidReason)
        XCTAssertTrue(s.decisions.isEmpty, "a void round decides nothing")
        try s.apply(.openVote(subject: .motion(1), method: .secret, at: at(4)))
        try s.apply(.countBallots(BallotCount(issued: 5, returned: 5, perOption: [2, 1], blank: 1,
                                              invalid: [InvalidBallots(reason: "mencoret dua pilihan", count: 1)]), at: at(5)))
        try s.apply(.closeVote(castingVote: nil, at: at(6)))
        let r = try lastResult(s)
        XCTAssertEqual([r.yes, r.no, r.abstain, r.invalid, r.base], [2, 1, 1, 1, 3])
        XCTAssertTrue(r.passed)
        XCTAssertEqual(r.arithmetic, "setuju 2 × 2 = 4 > 3")
        XCTAssertEqual(r.ruleText, "lebih dari 1/2 suara sah")
    }

    // MARK: Special quorum and majority (DOMAIN §7.6, E33)

    func testDissolutionNeedsThreeQuartersPresentAndTwoThirdsOfValidVotes() throws {
        // N = 6 (0006 in arrears still counts under the default policy); ⌈6×3/4⌉ = 5; five present.
        var s = try meeting(present: ["0001", "0002", "0003", "0004"])
        try s.apply(.proposeMotion(text: "Membubarkan koperasi", kind: .dissolution, concerns: nil, at: at(0)))
        assertSteps(&s, [
            ("4 of 6 present", .openVote(subject: .motion(1), method: .show, at: at(1)),
             .refused(.specialQuorumNotMet(.dissolution, present: 4, required: 5,
                                           formula: "sekurang-kurangnya 3/4: ⌈6×3/4⌉ = 5"))),
            ("not by mufakat either", .decideMotion(motion: 1, method: .consensus, outcome: .accepted, notes: [], at: at(1)),
             .refused(.specialQuorumNotMet(.dissolution, present: 4, required: 5,
                                           formula: "sekurang-kurangnya 3/4: ⌈6×3/4⌉ = 5"))),
            ("fifth arrives", .checkIn(n("0005"), at: at(2)), .accepted),
            ("opens", .openVote(subject: .motion(1), method: .show, at: at(3)), .accepted),
            ("3 : 2 is 60%", .countHands(HandCount(yes: 3, no: 2, abstain: 0), at: at(4)), .accepted),
            ("close", .closeVote(castingVote: nil, at: at(5)), .accepted),
        ])
        let r = try lastResult(s)
        XCTAssertFalse(r.passed, "3 × 3 = 9 < 2 × 5 = 10")
        XCTAssertEqual(r.arithmetic, "setuju 3 × 3 = 9 < 2 × 5 = 10")
        XCTAssertEqual(r.ruleText, "sekurang-kurangnya 2/3 suara sah")
        XCTAssertEqual(s.closedVotes.last?.round.opening.specialQuorum?.required, 5)
        XCTAssertTrue(VoteTally.carries(yes: 4, base: 6, approval: Fraction(2, 3)), "4 × 3 = 12 ≥ 2 × 6 = 12")
    }

    // MARK: Eligibility settings (issue 4 item 5)

    func testRecusalRecordTalliesBoardVotesApartAndExcludeLeavesThemOut() throws {
        var s = try meeting()
        try s.apply(.proposeMotion(text: "Mengesahkan LPJ Pengurus", kind: .reportApproval, concerns: nil, at: at(0)))
        XCTAssertEqual(s.motions.last?.concerns, .pengurus)
        try s.apply(.openVote(subject: .motion(1), method: .rollCall, at: at(1)))
        for (member, choice) in [("0001", VoteChoice.yes), ("0002", .yes), ("0003", .no)] {
            try s.apply(.castVote(member: n(member), choice: choice, at: at(2)))
        }
        try s.apply(.closeVote(castingVote: nil, at: at(3)))
        var r = try lastResult(s)
        XCTAssertEqual([r.yes, r.recordedYes, r.eligible], [2, 1, 5], "the Ketua Pengurus votes, tallied apart")

        s = try meeting(VotingRules(recusalPolicy: .exclude))
        try s.apply(.proposeMotion(text: "Mengesahkan LPJ Pengurus", kind: .reportApproval, concerns: nil, at: at(0)))
        try s.apply(.openVote(subject: .motion(1), method: .rollCall, at: at(1)))
        XCTAssertThrowsError(try s.apply(.castVote(member: n("0001"), choice: .yes, at: at(2)))) {
            XCTAssertTrue(($0 as? RapatError)?.message.contains("laporannya sendiri") == true, "\($0)")
        }
        try s.apply(.castVote(member: n("0002"), choice: .yes, at: at(2)))
        try s.apply(.closeVote(castingVote: nil, at: at(3)))
        r = try lastResult(s)
        XCTAssertEqual(r.eligible, 4, "left out of the base too")
    }

    func testArrearsSuspendVoteWhenTheADSaysSo() throws {
        let present = ["0002", "0003", "0004", "0005", "0006"]
        var s = try meeting(present: present)
        try vote(&s, .rollCall)
        try s.apply(.castVote(member: n("0006"), choice: .yes, at: at(2)))  // default: votes (a warning only)

        s = try meeting(VotingRules(arrearsPolicy: .suspendVoteKeepQuorum), present: present)
        XCTAssertEqual(s.quorum.present, 5, "still counted to quorum")
        try vote(&s, .rollCall)
        XCTAssertEqual(s.openVote?.opening.excluded, [n("0006")])
        XCTAssertThrowsError(try s.apply(.castVote(member: n("0006"), choice: .yes, at: at(2)))) {
            XCTAssertTrue(($0 as? RapatError)?.message.contains("tunggakan") == true, "\($0)")
        }
        s = try meeting(VotingRules(arrearsPolicy: .suspendVoteAndQuorum), present: present)
        XCTAssertEqual(s.quorum.present, 4, "not counted to quorum")
        XCTAssertEqual(s.quorum.registered, 5, "nor in N")
    }

    func testProxiesOffByDefaultAndLimitedWhenAllowed() throws {
        var s = try meeting(present: ["0001", "0002", "0003", "0004"])
        XCTAssertThrowsError(try s.apply(.grantProxy(principal: n("0005"), holder: n("0002"), letter: "SK-1", at: at(0))))
        s = try meeting(VotingRules(proxiesAllowed: true), present: ["0001", "0002", "0003", "0004"])
        try s.apply(.grantProxy(principal: n("0005"), holder: n("0002"), letter: "SK-1/2026", at: at(0)))
        XCTAssertThrowsError(try s.apply(.grantProxy(principal: n("0006"), holder: n("0002"), letter: "SK-2", at: at(0))),
                             "one proxy per holder by default")
        try vote(&s, .rollCall)
        XCTAssertEqual(s.openVote?.opening.eligible.count, 5, "four present and one principal")
        try s.apply(.castVote(member: n("0005"), choice: .yes, at: at(2)))
        XCTAssertThrowsError(try s.apply(.castVote(member: n("0005"), choice: .yes, at: at(2))))
    }

    // MARK: Property: no sequence of commands lets one member's vote count twice

    func testNoSequenceOfCommandsCountsAMembersVoteTwice() throws {
        let numbers = (1...6).map { String(format: "%04d", $0) } + ["LB-1", "9999"]
        var roundsChecked = 0, votesChecked = 0
        for seed in UInt64(1)...UInt64(60) {
            var rng = SplitMix64(seed: seed)
            var s = try meeting(VotingRules(proxiesAllowed: seed % 2 == 0))
            var minute = 0
            for _ in 0..<120 {
                minute += 1
                let member = n(numbers[Int(rng.next() % UInt64(numbers.count))])
                let choice = VoteChoice.allCases[Int(rng.next() % 3)]
                let command: Command = switch rng.next() % 9 {
                case 0: .proposeMotion(text: "Usul \(minute)", kind: .ordinary, concerns: nil, at: at(minute))
                case 1: .openVote(subject: .motion(max(1, s.motions.count)), method: .rollCall, at: at(minute))
                case 2: .closeVote(castingVote: nil, at: at(minute))
                case 3: .markLeft(member, at: at(minute))
                case 4: .checkIn(member, at: at(minute))
                case 5: .grantProxy(principal: member, holder: n(numbers[Int(rng.next() % 6)]), letter: "SK", at: at(minute))
                default: .castVote(member: member, choice: choice, at: at(minute))
                }
                _ = try? s.apply(command)
            }
            for (round, result) in s.closedVotes {
                roundsChecked += 1
                votesChecked += round.ballots.count
                let voters = Set(round.ballots.keys)
                XCTAssertEqual(voters.count, round.ballots.count)
                XCTAssertEqual(result.yes + result.no + result.abstain, voters.count, "seed \(seed)")
                XCTAssertTrue(voters.isSubset(of: Set(round.opening.eligible)), "seed \(seed): only eligible voters")
                XCTAssertLessThanOrEqual(voters.count, round.opening.eligible.count)
            }
        }
        XCTAssertGreaterThan(roundsChecked, 100, "the random sequences do close votes")
        XCTAssertGreaterThan(votesChecked, 200, "and cast votes in them")
    }
}
