import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// Every refusal the core can produce, readable whole at 80×24 on the desk and the agenda screen (issue 13, item 2).
final class RefusalTextTests: XCTestCase {
    func testEveryRefusalIsReadableWholeOnTheDeskAt80x24() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("0001")
        desk.type("siti", then: nil)  // the search list is on screen below the message
        var typing = desk
        typing.press([.escape])
        for error in RefusalSamples.all {
            for harness in [desk, typing] {
                var harness = harness
                harness.app.message = DeskMessage(.error, error.message)
                assertWholeMessage(error.message, on: harness.screen(80, 24), "desk: \(error)")
            }
        }
    }

    func testEveryRefusalIsReadableWholeOnTheAgendaAt80x24() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.function(9), .function(8), .function(9)])  // quorum declared SAH, on to the report
        XCTAssertEqual(desk.app.meeting.currentAgendaItem?.kind, .boardReport)
        var form = desk
        form.press([.character("t")])  // the question form, where "tidak tercatat hadir" is refused
        guard case .form = form.app.mode else { return XCTFail("question form not open") }
        for error in RefusalSamples.all {
            for harness in [desk, form] {
                var harness = harness
                harness.app.message = DeskMessage(.error, error.message)
                assertWholeMessage(error.message, on: harness.screen(80, 24), "agenda: \(error)")
            }
        }
    }

    func testEveryCaseHasASample() {
        let covered = Set(RefusalSamples.all.map(RefusalSamples.Case.init))
        XCTAssertEqual(covered, Set(RefusalSamples.Case.allCases))
    }

    /// The message's words, in order, in the left column of an 80×24 screen (the panel's words are not mixed in),
    /// and no "selengkapnya" note: nothing had to be left to the Pesan screen.
    private func assertWholeMessage(_ text: String, on screen: ScreenBuffer, _ what: String,
                                    file: StaticString = #filePath, line: UInt = #line) {
        var column: [String] = []
        for y in 2..<(screen.height - 2) {
            var row = ""
            for x in 2..<44 { row += screen[x, y].text }
            column.append(row)
        }
        let shown = column.joined(separator: " ").split(separator: " ").joined(separator: " ")
        let words = text.split(separator: " ").joined(separator: " ")
        XCTAssertTrue(shown.contains(words), "\(what)\n\(screen.text)", file: file, line: line)
        XCTAssertFalse(shown.contains("selengkapnya"), "\(what)\n\(screen.text)", file: file, line: line)
    }
}

/// One or more representative values of every `RapatError` case; the switch in `Case.init` makes a new case a
/// compile error here until it has a sample.
enum RefusalSamples {
    enum Case: CaseIterable {
        case emptyRoster, duplicateMemberNumber, rosterFrozen, registrationNotOpen, registrationAlreadyOpen, notAMember
        case alreadyPresent, notPresent, neverCheckedIn, notAway, timeBeforeLastEvent, timeInFuture, meetingAlreadyOpened
        case missingField, meetingAlreadyCreated, meetingNotOpened, lastAgendaItem, quorumNotDeclaredMet, meetingPostponed
        case quorumIsMet, quorumWaitNotOver, invalidDate, meetingClosed, quorumLostForDecision, noSuchNote
        case notAtClosingItem, inRecess, notInRecess, speakerNotPresent, negativeAmount, quorumNotLost, noSuchMotion
        case motionAlreadyDecided, voteInProgress, noVoteOpen, wrongVoteMethod, cannotVote, alreadyVoted
        case countsExceedEligible, countsExceedPresent, matterStillOpen, ballotsDoNotAddUp, ballotsExceedEligible
        case specialQuorumNotMet, nothingCounted, tieNeedsCastingVote, noSuchElection, electionDecided
        case candidateRefused, acclamationNeedsFewerCandidates, chairMustHandOver, lotNotDue, proxyRefused
        case invalidValue, shuInvalid, shuNotProposed, shuAlreadyApproved, noSuchEvent, eventAlreadyWithdrawn
        case attendanceNotWithdrawable, notWithdrawable, eventReliedUpon

        init(_ error: RapatError) {
            switch error {
            case .emptyRoster: self = .emptyRoster
            case .duplicateMemberNumber: self = .duplicateMemberNumber
            case .rosterFrozen: self = .rosterFrozen
            case .registrationNotOpen: self = .registrationNotOpen
            case .registrationAlreadyOpen: self = .registrationAlreadyOpen
            case .notAMember: self = .notAMember
            case .alreadyPresent: self = .alreadyPresent
            case .notPresent: self = .notPresent
            case .neverCheckedIn: self = .neverCheckedIn
            case .notAway: self = .notAway
            case .timeBeforeLastEvent: self = .timeBeforeLastEvent
            case .timeInFuture: self = .timeInFuture
            case .meetingAlreadyOpened: self = .meetingAlreadyOpened
            case .missingField: self = .missingField
            case .meetingAlreadyCreated: self = .meetingAlreadyCreated
            case .meetingNotOpened: self = .meetingNotOpened
            case .lastAgendaItem: self = .lastAgendaItem
            case .quorumNotDeclaredMet: self = .quorumNotDeclaredMet
            case .meetingPostponed: self = .meetingPostponed
            case .quorumIsMet: self = .quorumIsMet
            case .quorumWaitNotOver: self = .quorumWaitNotOver
            case .invalidDate: self = .invalidDate
            case .meetingClosed: self = .meetingClosed
            case .quorumLostForDecision: self = .quorumLostForDecision
            case .noSuchNote: self = .noSuchNote
            case .notAtClosingItem: self = .notAtClosingItem
            case .inRecess: self = .inRecess
            case .notInRecess: self = .notInRecess
            case .speakerNotPresent: self = .speakerNotPresent
            case .negativeAmount: self = .negativeAmount
            case .quorumNotLost: self = .quorumNotLost
            case .noSuchMotion: self = .noSuchMotion
            case .motionAlreadyDecided: self = .motionAlreadyDecided
            case .voteInProgress: self = .voteInProgress
            case .noVoteOpen: self = .noVoteOpen
            case .wrongVoteMethod: self = .wrongVoteMethod
            case .cannotVote: self = .cannotVote
            case .alreadyVoted: self = .alreadyVoted
            case .countsExceedEligible: self = .countsExceedEligible
            case .countsExceedPresent: self = .countsExceedPresent
            case .matterStillOpen: self = .matterStillOpen
            case .ballotsDoNotAddUp: self = .ballotsDoNotAddUp
            case .ballotsExceedEligible: self = .ballotsExceedEligible
            case .specialQuorumNotMet: self = .specialQuorumNotMet
            case .nothingCounted: self = .nothingCounted
            case .tieNeedsCastingVote: self = .tieNeedsCastingVote
            case .noSuchElection: self = .noSuchElection
            case .electionDecided: self = .electionDecided
            case .candidateRefused: self = .candidateRefused
            case .acclamationNeedsFewerCandidates: self = .acclamationNeedsFewerCandidates
            case .chairMustHandOver: self = .chairMustHandOver
            case .lotNotDue: self = .lotNotDue
            case .proxyRefused: self = .proxyRefused
            case .invalidValue: self = .invalidValue
            case .shuInvalid: self = .shuInvalid
            case .shuNotProposed: self = .shuNotProposed
            case .shuAlreadyApproved: self = .shuAlreadyApproved
            case .noSuchEvent: self = .noSuchEvent
            case .eventAlreadyWithdrawn: self = .eventAlreadyWithdrawn
            case .attendanceNotWithdrawable: self = .attendanceNotWithdrawable
            case .notWithdrawable: self = .notWithdrawable
            case .eventReliedUpon: self = .eventReliedUpon
            }
        }
    }

    /// Long real values: the longest names, reasons and texts the core puts into its messages.
    static var all: [RapatError] {
        let at = Fixtures.time("2026-03-21 09:15"), later = Fixtures.time("2026-03-22 10:40")
        let member = Fixtures.member("0012.345", "Theresia Margaretha Wenda Kogoya", .female, unit: "Kelompok Tani Sumber Rejeki")
        let wide = Fixtures.member("0007", "王小明", unit: "Unit Toko")
        let number = MemberNumber("KSP-MB-012345")
        var samples: [RapatError] = [
            .emptyRoster, .duplicateMemberNumber(number), .rosterFrozen(openedAt: at, zone: .wib), .registrationNotOpen,
            .registrationAlreadyOpen(since: at, zone: .wita), .notAMember(number),
            .alreadyPresent(member, since: at, zone: .wib), .alreadyPresent(wide, since: at, zone: .wit),
            .notPresent(member), .neverCheckedIn(member), .notAway(member),
            .timeBeforeLastEvent(number, at: at, last: later, zone: .wib), .timeBeforeLastEvent(nil, at: at, last: at, zone: .wib),
            .timeInFuture(at: later, now: at, zone: .wib), .meetingAlreadyOpened(since: at, zone: .wib),
            .missingField("Alasan surat suara tidak sah"), .meetingAlreadyCreated, .meetingNotOpened,
            .lastAgendaItem("Penutupan dan pembacaan keputusan-keputusan rapat anggota tahunan"),
            .quorumNotDeclaredMet(nil),
            .quorumNotDeclaredMet(QuorumDeclaration(registered: 12_022, present: 5_100, required: 6_012,
                                                    formula: "lebih dari 1/2: ⌊12022/2⌋+1 = 6012", at: at)),
            .meetingPostponed(at: at, zone: .wib), .quorumIsMet(present: 6_500, required: 6_012),
            .quorumWaitNotOver(until: later, zone: .wib), .invalidDate("21 Maret 2026 pukul sembilan"),
            .meetingClosed(at: at, zone: .wib), .quorumLostForDecision(present: 5_900, required: 6_012), .noSuchNote(1_234),
            .notAtClosingItem("Laporan pertanggungjawaban pengurus dan pengawas tahun buku 2025"),
            .inRecess(since: at, zone: .wib), .notInRecess, .speakerNotPresent(member), .speakerNotPresent(wide),
            .negativeAmount("Total aset", Rupiah(rupiah: -1_250_000_000)),
            .quorumNotLost(present: 6_500, required: 6_012), .noSuchMotion(12), .motionAlreadyDecided(motion: 12, decision: 9),
            .voteInProgress(round: 3), .noVoteOpen, .alreadyVoted(member, .abstain),
            .countsExceedEligible(counted: 6_600, eligible: 6_512),
            .countsExceedPresent(counted: 6_600, eligibleAtOpen: 6_512, presentNow: 6_480),
            .matterStillOpen(.vote(round: 3, about: "usul 12 \"Mengubah Anggaran Dasar pasal 14 tentang masa jabatan pengurus\"")),
            .matterStillOpen(.election(number: 2, body: .pengawas)),
            .ballotsDoNotAddUp(returned: 6_480, counted: 6_479), .ballotsExceedEligible(issued: 6_600, eligible: 6_512),
            .specialQuorumNotMet(.dissolution, present: 6_500, required: 9_017, formula: "3/4 dari N: ⌈12022×3/4⌉ = 9017"),
            .tieNeedsCastingVote, .noSuchElection(3), .electionDecided(2),
            .acclamationNeedsFewerCandidates(candidates: 7, seats: 5), .chairMustHandOver(member.name),
            .shuNotProposed, .shuAlreadyApproved(decision: 9), .noSuchEvent(123_456),
            .eventAlreadyWithdrawn(123_456, at: at, zone: .wib), .attendanceNotWithdrawable(123_456),
            .notWithdrawable(123_456, "pertanyaan pandangan umum"),
            .eventReliedUpon(123_456, later: 123_460, laterKind: "hasil pemungutan suara"),
        ]
        samples += VoteMethod.allCases.map { RapatError.wrongVoteMethod($0) }
        samples += VoteMethod.allCases.map { RapatError.nothingCounted($0) }
        // The reasons the core gives (MeetingState+Voting.ineligibility and the vote/candidate/lot/proxy checks).
        samples += [
            "luar biasa tidak punya hak suara", "hak suaranya ditangguhkan menurut buku daftar anggota",
            "peninjau: masuk 22 Maret 2026, sesudah batas buku daftar anggota 20 Maret 2026; tidak punya hak suara",
            "hak suara ditangguhkan karena tunggakan (arrears_policy)",
            "tidak ikut memberi suara atas laporannya sendiri (recusal_policy = exclude)",
            "tidak tercatat hadir saat pemungutan suara dibuka pukul 10.15 WIB; ikut pada pemungutan berikutnya",
            "sedang tidak di ruangan",
        ].map { RapatError.cannotVote(member, reason: $0) }
        samples += [
            "pemungutan suara pemilihan ini sudah dimulai", "calon harus anggota biasa (luar biasa)",
            "sudah menjadi calon dalam pemilihan ini",
            "sudah menjadi calon pengurus; pengurus dan pengawas tidak boleh dirangkap",
        ].map { RapatError.candidateRefused(member, reason: $0) }
        samples += [
            "AD/ART menentukan undian untuk calon yang sama kuat (tie_election = revote_then_lot)",
            "belum ada calon yang tetap sama kuat setelah pemungutan ulang",
            "undian disaksikan sekurang-kurangnya dua orang; catat namanya",
        ].map { RapatError.lotNotDue($0) }
        samples += [
            "AD/ART tidak membolehkan kuasa (proxies_allowed = false); anggota hadir sendiri",
            "penerima kuasa \(member.name) harus anggota biasa yang hadir",
            "\(member.name) sudah memegang 1 kuasa (paling banyak 1 menurut AD/ART)",
        ].map { RapatError.proxyRefused($0) }
        samples += [
            "Pemilihan orang dilakukan dengan surat suara tertutup (secret_for_persons = true): gunakan method \"rahasia\".",
            "Pemungutan ulang sudah 2 kali (tie_revotes = 2): calon yang sama kuat ditentukan dengan undian "
                + "(perintah draw_lots).",
            "Calon 0007 ditulis dua kali (mis. 7 dan 0007 adalah anggota yang sama): tulis suaranya satu kali.",
            "Kolom \"badan\" tidak dikenal: gunakan \(DocumentAmendment.keys.joined(separator: ", ")).",
        ].map { RapatError.invalidValue($0) }
        samples += [
            "persentase komponen SHU berjumlah 97,5%, harus tepat 100%",
            "selisih pembulatan masuk dana cadangan, tetapi tidak ada komponen berperan \"cadangan\"",
        ].map { RapatError.shuInvalid($0) }
        return samples
    }
}
