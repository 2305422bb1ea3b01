import Foundation
import RapatCore
import RapatTesting
import RapatText
import XCTest

/// The core's refusals in the UI language: English with `UIText.language = .english`, Indonesian by default.
final class EnglishRefusalTests: XCTestCase {
    private let t = Fixtures.time
    private let siti = Member(number: MemberNumber("0012"), name: "Siti Aminah", gender: .female, unit: "Pasar")

    /// One value of every case; `caseIndex` is an exhaustive switch, so a new case fails to compile until added.
    private var everyCase: [RapatError] {
        let at = t("2026-03-21 10:00"), earlier = t("2026-03-21 09:00"), zone = IndonesianTimeZone.wib
        let n = MemberNumber("0012")
        let quorum = QuorumDeclaration(registered: 40, present: 15, required: 21, formula: "lebih dari 1/2", at: at)
        return [
            .emptyRoster, .duplicateMemberNumber(n), .rosterFrozen(openedAt: at, zone: zone), .registrationNotOpen,
            .registrationAlreadyOpen(since: at, zone: zone), .notAMember(n), .alreadyPresent(siti, since: at, zone: zone),
            .notPresent(siti), .neverCheckedIn(siti), .notAway(siti),
            .timeBeforeLastEvent(n, at: earlier, last: at, zone: zone), .timeInFuture(at: at, now: earlier, zone: zone),
            .meetingAlreadyOpened(since: at, zone: zone), .missingField("Isi usul"), .meetingAlreadyCreated,
            .meetingNotOpened, .lastAgendaItem("Penutupan"), .quorumNotDeclaredMet(quorum),
            .meetingPostponed(at: at, zone: zone), .quorumIsMet(present: 30, required: 21),
            .quorumWaitNotOver(until: at, zone: zone), .invalidDate("besok"), .meetingClosed(at: at, zone: zone),
            .quorumLostForDecision(present: 15, required: 21), .noSuchNote(3), .notAtClosingItem("Pandangan umum"),
            .inRecess(since: at, zone: zone), .notInRecess, .speakerNotPresent(siti),
            .negativeAmount("Total aset", Rupiah(rupiah: -5)), .quorumNotLost(present: 30, required: 21),
            .noSuchMotion(2), .motionAlreadyDecided(motion: 1, decision: 2), .voteInProgress(round: 1), .noVoteOpen,
            .wrongVoteMethod(.secret), .cannotVote(siti, reason: "sedang tidak di ruangan"), .alreadyVoted(siti, .yes),
            .countsExceedEligible(counted: 50, eligible: 40),
            .countsExceedPresent(counted: 30, eligibleAtOpen: 35, presentNow: 25),
            .matterStillOpen(.vote(round: 1, about: "usul 1")), .ballotsDoNotAddUp(returned: 30, counted: 29),
            .ballotsExceedEligible(issued: 50, eligible: 40),
            .specialQuorumNotMet(.dissolution, present: 20, required: 30, formula: "3/4"), .nothingCounted(.show),
            .tieNeedsCastingVote, .noSuchElection(1), .electionDecided(1), .candidateRefused(siti, reason: "x"),
            .acclamationNeedsFewerCandidates(candidates: 4, seats: 3), .chairMustHandOver("Siti Aminah"),
            .lotNotDue("x"), .proxyRefused("x"), .invalidValue("Jumlah kursi sekurang-kurangnya 1."),
            .shuInvalid("x"), .shuNotProposed, .shuAlreadyApproved(decision: 4), .noSuchEvent(7),
            .eventAlreadyWithdrawn(7, at: at, zone: zone), .attendanceNotWithdrawable(7), .notWithdrawable(7, "catatan"),
            .eventReliedUpon(7, later: 9, laterKind: "keputusan"),
        ]
    }

    private func caseIndex(_ error: RapatError) -> Int {
        switch error {
        case .emptyRoster: 0
        case .duplicateMemberNumber: 1
        case .rosterFrozen: 2
        case .registrationNotOpen: 3
        case .registrationAlreadyOpen: 4
        case .notAMember: 5
        case .alreadyPresent: 6
        case .notPresent: 7
        case .neverCheckedIn: 8
        case .notAway: 9
        case .timeBeforeLastEvent: 10
        case .timeInFuture: 11
        case .meetingAlreadyOpened: 12
        case .missingField: 13
        case .meetingAlreadyCreated: 14
        case .meetingNotOpened: 15
        case .lastAgendaItem: 16
        case .quorumNotDeclaredMet: 17
        case .meetingPostponed: 18
        case .quorumIsMet: 19
        case .quorumWaitNotOver: 20
        case .invalidDate: 21
        case .meetingClosed: 22
        case .quorumLostForDecision: 23
        case .noSuchNote: 24
        case .notAtClosingItem: 25
        case .inRecess: 26
        case .notInRecess: 27
        case .speakerNotPresent: 28
        case .negativeAmount: 29
        case .quorumNotLost: 30
        case .noSuchMotion: 31
        case .motionAlreadyDecided: 32
        case .voteInProgress: 33
        case .noVoteOpen: 34
        case .wrongVoteMethod: 35
        case .cannotVote: 36
        case .alreadyVoted: 37
        case .countsExceedEligible: 38
        case .countsExceedPresent: 39
        case .matterStillOpen: 40
        case .ballotsDoNotAddUp: 41
        case .ballotsExceedEligible: 42
        case .specialQuorumNotMet: 43
        case .nothingCounted: 44
        case .tieNeedsCastingVote: 45
        case .noSuchElection: 46
        case .electionDecided: 47
        case .candidateRefused: 48
        case .acclamationNeedsFewerCandidates: 49
        case .chairMustHandOver: 50
        case .lotNotDue: 51
        case .proxyRefused: 52
        case .invalidValue: 53
        case .shuInvalid: 54
        case .shuNotProposed: 55
        case .shuAlreadyApproved: 56
        case .noSuchEvent: 57
        case .eventAlreadyWithdrawn: 58
        case .attendanceNotWithdrawable: 59
        case .notWithdrawable: 60
        case .eventReliedUpon: 61
        }
    }

    func testEveryCaseHasItsOwnEnglishMessage() {
        let errors = everyCase
        XCTAssertEqual(Set(errors.map(caseIndex)).count, 62, "one value of every case")
        for error in errors {
            let indonesian = error.message
            let english = UIText.withLanguage(.english) { error.message }
            XCTAssertFalse(english.isEmpty, "\(error)")
            // invalidValue carries a sentence its thrower already wrote in the UI language.
            if case .invalidValue = error { continue }
            XCTAssertNotEqual(english, indonesian, "\(error) is not translated")
        }
    }

    func testRefusalsReadAsEnglish() {
        let at = t("2026-03-21 10:00")
        let sample: [RapatError] = [
            .registrationNotOpen, .meetingNotOpened, .notPresent(siti), .neverCheckedIn(siti),
            .quorumNotDeclaredMet(nil), .voteInProgress(round: 2), .noVoteOpen, .wrongVoteMethod(.show),
            .alreadyVoted(siti, .no), .meetingClosed(at: at, zone: .wita), .shuNotProposed, .tieNeedsCastingVote,
            .matterStillOpen(.election(number: 1, body: .pengurus)), .eventAlreadyWithdrawn(3, at: at, zone: .wib),
        ]
        let indonesianWords = ["tidak", "belum", "sudah", "dulu", "perintah", "dengan", "anggota"]
        UIText.withLanguage(.english) {
            for error in sample {
                let words = Set(error.message.lowercased().split { !$0.isLetter }.map(String.init))
                for word in indonesianWords { XCTAssertFalse(words.contains(word), "\(word) in: \(error.message)") }
            }
            // The desk rewrites "command X" / "with X" / "(X)" into its keys.
            XCTAssertTrue(RapatError.voteInProgress(round: 2).message.contains("(command close_vote)"))
            XCTAssertTrue(RapatError.matterStillOpen(.vote(round: 1, about: "x")).message.contains("with close_vote"))
            XCTAssertEqual(RapatError.alreadyVoted(siti, .no).message,
                           "Siti Aminah (0012) has already voted (no): one member, one vote.")
        }
        XCTAssertEqual(RapatError.noVoteOpen.message,
                       "Tidak ada pemungutan suara yang sedang dibuka: buka dulu (perintah open_vote).")
    }

    /// Reasons the core puts into a refusal follow the language too, and a script's parse errors.
    func testReasonsAndScriptErrorsFollowTheLanguage() throws {
        var members = Fixtures.members(3)
        members.append(Fixtures.member("LB-1", "Yohanes Lake", status: .associate))
        var s = try Fixtures.openedMeeting(members)
        let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .election), AgendaItem(kind: .closing)])
        try s.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try s.apply(.nextAgendaItem(at: t("2026-03-21 10:00")))
        try s.apply(.openElection(body: .pengawas, seats: 1, term: "2026–2029", at: t("2026-03-21 10:01")))
        let nominate = Command.nominate(election: 1, member: MemberNumber("LB-1"), at: t("2026-03-21 10:02"))
        func refusal() -> String {
            do { _ = try s.decide(nominate); return "" } catch { return error.message }
        }
        XCTAssertEqual(UIText.withLanguage(.english) { refusal() },
                       "Yohanes Lake (LB-1) cannot be nominated: a candidate must be a regular member (associate member).")
        XCTAssertEqual(refusal(), "Yohanes Lake (LB-1) tidak dapat dicalonkan: calon harus anggota biasa (anggota luar biasa).")

        let context = CommandScript.Context(rules: .defaults, profile: Fixtures.profile, now: t("2026-03-21 10:00"))
        func parseError(_ line: String) -> String {
            do { _ = try CommandScript.parse(line, context: context); return "" } catch { return error.message }
        }
        XCTAssertEqual(UIText.withLanguage(.english) { parseError(#"{"cmd":"chek_in","member":"0012"}"#) },
                       #"unknown command "chek_in": did you mean "check_in"?"#)
        XCTAssertEqual(UIText.withLanguage(.english) { parseError(#"{"cmd":"check_in","member":"0012""#) },
                       "not valid JSON: closing brace \"}\" missing (character 34): check the quotes, commas and braces")
        XCTAssertTrue(parseError(#"{"cmd":"chek_in"}"#).hasPrefix("perintah \"chek_in\" tidak dikenal"))
    }
}
