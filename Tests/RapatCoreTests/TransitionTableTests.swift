import Foundation
import RapatCore
import RapatTesting
import XCTest

/// The meeting's state machine as one table: every command in every phase, accepted (✓) or refused with the
/// named reason. A change in any cell is a change in the rules and must be deliberate.
final class TransitionTableTests: XCTestCase {
    private static let t = Fixtures.time
    private static let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .quorumCheck),
                                               AgendaItem(kind: .boardReport), AgendaItem(kind: .closing)])

    /// Phases, each built from the previous by real commands. Five members, Q = 3.
    private static func phase(_ name: String) throws -> MeetingState {
        var s = MeetingState()
        let members = Fixtures.members(5)
        try s.apply(.importRoster(members: members, digest: "d", source: "a.csv", at: Fixtures.opening))
        if name == "persiapan" { return s }
        try s.apply(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: Fixtures.opening))
        for n in ["0001", "0002", "0003"] { try s.apply(.checkIn(MemberNumber(n), at: t("2026-03-21 08:30"))) }
        if name == "registrasi" { return s }
        try s.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try s.apply(.recordNote(text: "Pembukaan", at: t("2026-03-21 09:01")))
        if name == "dibuka" { return s }
        try s.apply(.nextAgendaItem(at: t("2026-03-21 09:02")))
        try s.apply(.declareQuorum(at: t("2026-03-21 09:03")))
        try s.apply(.nextAgendaItem(at: t("2026-03-21 09:04")))
        if name == "sah" { return s }
        if ["suara_terbuka", "suara_kuorum_hilang", "pemilihan_terbuka", "suara_penutupan"].contains(name) {
            return try openMatter(name, from: s)
        }
        if name == "diskors" {
            try s.apply(.suspendMeeting(reason: "ishoma", at: t("2026-03-21 09:05")))
            return s
        }
        try s.apply(.markLeft(MemberNumber("0003"), at: t("2026-03-21 09:05")))
        if name == "kuorum_hilang" { return s }
        if name == "ditunda" {
            try s.apply(.postponeMeeting(reason: "Kuorum hilang", newDate: nil, at: t("2026-03-21 09:06")))
            return s
        }
        try s.apply(.markReturned(MemberNumber("0003"), at: t("2026-03-21 09:06")))
        try s.apply(.nextAgendaItem(at: t("2026-03-21 09:07")))
        if name == "penutupan" { return s }
        try s.apply(.closeMeeting(at: t("2026-03-21 09:08")))
        precondition(name == "ditutup", "unknown phase \(name)")
        return s
    }

    /// A vote or an election left open (DECISIONS 33): on the board report with quorum, after 0003 left (H 2 < Q 3),
    /// an election without its vote, and a vote open on the closing item.
    private static func openMatter(_ name: String, from sah: MeetingState) throws -> MeetingState {
        var s = sah
        if name == "pemilihan_terbuka" {
            try s.apply(.openElection(body: .pengurus, seats: 1, term: "2026–2030", at: t("2026-03-21 09:05")))
            return s
        }
        if name == "suara_penutupan" { try s.apply(.nextAgendaItem(at: t("2026-03-21 09:05"))) }
        try s.apply(.proposeMotion(text: "Usul", kind: .ordinary, concerns: nil, at: t("2026-03-21 09:06")))
        try s.apply(.openVote(subject: .motion(1), method: .show, at: t("2026-03-21 09:07")))
        if name == "suara_kuorum_hilang" { try s.apply(.markLeft(MemberNumber("0003"), at: t("2026-03-21 09:08"))) }
        return s
    }

    /// One command of each kind, all at 10.00 (after every phase's last event).
    private static let commands: [(String, Command)] = {
        let at = t("2026-03-21 10:00")
        return [
            ("import", .importRoster(members: Fixtures.members(2), digest: "e", source: "b.csv", at: at)),
            ("open_registration", .openRegistration(rules: .defaults, profile: Fixtures.profile, at: at)),
            ("check_in", .checkIn(MemberNumber("0004"), at: at)),
            ("leave", .markLeft(MemberNumber("0001"), at: at)),
            ("open_meeting", .openMeeting(by: "Ketua", agenda: agenda, at: at)),
            ("next_item", .nextAgendaItem(at: at)),
            ("check_quorum", .declareQuorum(at: at)),
            ("postpone", .postponeMeeting(reason: "x", newDate: nil, at: at)),
            ("presidium", .appointPresidium(chair: "A", secretary: "B", members: [], selection: .acclamation,
                                            notetaker: "", at: at)),
            ("decide", .recordDecision(text: "x", method: .consensus, outcome: .accepted, notes: [], at: at)),
            ("note", .recordNote(text: "x", at: at)),
            ("amend_note", .amendNote(number: 1, text: "y", reason: "z", at: at)),
            ("suspend", .suspendMeeting(reason: "x", at: at)),
            ("resume", .resumeMeeting(at: at)),
            ("new_round", .startQuestionRound(at: at)),
            ("question", .recordQuestion(speaker: .member(MemberNumber("0001")), category: .reports, question: "x",
                                         answeredBy: "", answer: "", status: .answered, at: at)),
            ("report", .presentReport(kind: .board, presenter: "x", summary: "y", figures: ReportFigures(), at: at)),
            ("quorum_lost", .answerQuorumLoss(choice: .continueWithoutDecisions, reason: "", newDate: nil, at: at)),
            ("close_meeting", .closeMeeting(at: at)),
            ("vote_counts", .countHands(HandCount(yes: 2, no: 1, abstain: 0), at: at)),
            ("close_vote", .closeVote(castingVote: nil, at: at)),
        ]
    }()

    /// The case name of a refusal, without its values.
    private static func name(_ error: RapatError) -> String {
        Mirror(reflecting: error).children.first?.label ?? String(describing: error)
    }

    private static let phases = ["persiapan", "registrasi", "dibuka", "sah", "diskors", "kuorum_hilang", "ditunda",
                                 "penutupan", "ditutup", "suara_terbuka", "suara_kuorum_hilang", "pemilihan_terbuka",
                                 "suara_penutupan"]

    /// Rows follow `commands`, columns follow `phases`. Reviewed cell by cell against DOMAIN §6–§7: members keep
    /// arriving and leaving in every open phase; only the quorum-lost phase refuses decisions and accepts
    /// `postpone` without a wait (remaining items) and the chair's `quorum_lost` choice; a skorsing blocks
    /// decisions, moving on and closing; after DITUNDA or DITUTUP nothing is recorded. With a vote or an election
    /// open (DECISIONS 33) `next_item`, `postpone` and `close_meeting` are refused naming it (on the closing item
    /// `next_item` still says it is the last) and `decide` waits for the vote's close; counts above the eligible still present are refused; a vote closed
    /// after quorum was lost is accepted as a round recorded not valid. `RAPAT_TABLE=1` prints the table as found.
    private let expected: [(String, [String])] = [
        ("import", ["✓", "rosterFrozen", "rosterFrozen", "rosterFrozen", "rosterFrozen", "rosterFrozen", "meetingPostponed", "rosterFrozen", "meetingClosed", "rosterFrozen", "rosterFrozen", "rosterFrozen", "rosterFrozen"]),
        ("open_registration", ["✓", "registrationAlreadyOpen", "registrationAlreadyOpen", "registrationAlreadyOpen", "registrationAlreadyOpen", "registrationAlreadyOpen", "meetingPostponed", "registrationAlreadyOpen", "meetingClosed", "registrationAlreadyOpen", "registrationAlreadyOpen", "registrationAlreadyOpen", "registrationAlreadyOpen"]),
        ("check_in", ["registrationNotOpen", "✓", "✓", "✓", "✓", "✓", "meetingPostponed", "✓", "meetingClosed", "✓", "✓", "✓", "✓"]),
        ("leave", ["registrationNotOpen", "✓", "✓", "✓", "✓", "✓", "meetingPostponed", "✓", "meetingClosed", "✓", "✓", "✓", "✓"]),
        ("open_meeting", ["registrationNotOpen", "✓", "meetingAlreadyOpened", "meetingAlreadyOpened", "meetingAlreadyOpened", "meetingAlreadyOpened", "meetingPostponed", "meetingAlreadyOpened", "meetingClosed", "meetingAlreadyOpened", "meetingAlreadyOpened", "meetingAlreadyOpened", "meetingAlreadyOpened"]),
        ("next_item", ["meetingNotOpened", "meetingNotOpened", "✓", "✓", "inRecess", "✓", "meetingPostponed", "lastAgendaItem", "meetingClosed", "matterStillOpen", "matterStillOpen", "matterStillOpen", "lastAgendaItem"]),
        ("check_quorum", ["meetingNotOpened", "meetingNotOpened", "✓", "✓", "✓", "✓", "meetingPostponed", "✓", "meetingClosed", "✓", "✓", "✓", "✓"]),
        ("postpone", ["meetingNotOpened", "meetingNotOpened", "quorumIsMet", "quorumIsMet", "quorumIsMet", "✓", "meetingPostponed", "quorumIsMet", "meetingClosed", "matterStillOpen", "matterStillOpen", "matterStillOpen", "matterStillOpen"]),
        ("presidium", ["meetingNotOpened", "meetingNotOpened", "✓", "✓", "✓", "✓", "meetingPostponed", "✓", "meetingClosed", "✓", "✓", "✓", "✓"]),
        ("decide", ["meetingNotOpened", "meetingNotOpened", "✓", "✓", "inRecess", "quorumLostForDecision", "meetingPostponed", "✓", "meetingClosed", "voteInProgress", "voteInProgress", "✓", "voteInProgress"]),
        ("note", ["meetingNotOpened", "meetingNotOpened", "✓", "✓", "✓", "✓", "meetingPostponed", "✓", "meetingClosed", "✓", "✓", "✓", "✓"]),
        ("amend_note", ["meetingNotOpened", "meetingNotOpened", "✓", "✓", "✓", "✓", "meetingPostponed", "✓", "meetingClosed", "✓", "✓", "✓", "✓"]),
        ("suspend", ["meetingNotOpened", "meetingNotOpened", "✓", "✓", "inRecess", "✓", "meetingPostponed", "✓", "meetingClosed", "✓", "✓", "✓", "✓"]),
        ("resume", ["notInRecess", "notInRecess", "notInRecess", "notInRecess", "✓", "notInRecess", "meetingPostponed", "notInRecess", "meetingClosed", "notInRecess", "notInRecess", "notInRecess", "notInRecess"]),
        ("new_round", ["meetingNotOpened", "meetingNotOpened", "✓", "✓", "✓", "✓", "meetingPostponed", "✓", "meetingClosed", "✓", "✓", "✓", "✓"]),
        ("question", ["meetingNotOpened", "meetingNotOpened", "✓", "✓", "✓", "✓", "meetingPostponed", "✓", "meetingClosed", "✓", "✓", "✓", "✓"]),
        ("report", ["meetingNotOpened", "meetingNotOpened", "✓", "✓", "✓", "✓", "meetingPostponed", "✓", "meetingClosed", "✓", "✓", "✓", "✓"]),
        ("quorum_lost", ["meetingNotOpened", "meetingNotOpened", "quorumNotLost", "quorumNotLost", "quorumNotLost", "✓", "meetingPostponed", "quorumNotLost", "meetingClosed", "quorumNotLost", "✓", "quorumNotLost", "quorumNotLost"]),
        ("close_meeting", ["meetingNotOpened", "meetingNotOpened", "notAtClosingItem", "notAtClosingItem", "inRecess", "notAtClosingItem", "meetingPostponed", "✓", "meetingClosed", "notAtClosingItem", "notAtClosingItem", "notAtClosingItem", "matterStillOpen"]),
        ("vote_counts", ["noVoteOpen", "noVoteOpen", "noVoteOpen", "noVoteOpen", "noVoteOpen", "noVoteOpen", "meetingPostponed", "noVoteOpen", "meetingClosed", "✓", "countsExceedPresent", "noVoteOpen", "✓"]),
        ("close_vote", ["noVoteOpen", "noVoteOpen", "noVoteOpen", "noVoteOpen", "noVoteOpen", "noVoteOpen", "meetingPostponed", "noVoteOpen", "meetingClosed", "nothingCounted", "✓", "noVoteOpen", "nothingCounted"]),

    ]

    func testEveryCommandInEveryPhase() throws {
        var table: [String: [String]] = [:]
        for phase in Self.phases {
            let state = try Self.phase(phase)
            for (command, value) in Self.commands {
                let cell: String
                do { _ = try state.decide(value); cell = "✓" } catch { cell = Self.name(error) }
                table[command, default: []].append(cell)
            }
        }
        if ProcessInfo.processInfo.environment["RAPAT_TABLE"] != nil {
            for (command, _) in Self.commands {
                print("(\"\(command)\", [" + (table[command] ?? []).map { "\"\($0)\"" }.joined(separator: ", ") + "]),")
            }
        }
        XCTAssertEqual(expected.map(\.0), Self.commands.map(\.0), "one row per command")
        for (command, cells) in expected {
            for (phase, (want, got)) in zip(Self.phases, zip(cells, table[command] ?? [])) {
                XCTAssertEqual(got, want, "\(command) in phase \(phase)")
            }
            XCTAssertEqual(cells.count, Self.phases.count, command)
        }
    }
}
