import Foundation
import RapatApp
import RapatCore
import RapatStore
import RapatTesting
import TerminalUI

/// Drives the real run loop's effects (`DeskRunner.send`) against a real meeting file in a temporary folder:
/// every command a key leads to is executed by the session and durable, exactly as at the desk.
struct DeskHarness {
    /// The folder and the open session, closed and removed when the harness goes.
    private final class Storage {
        let directory = TemporaryDirectory()
        var session: MeetingSession?
        var now: Date
        init(now: Date) { self.now = now }
        deinit { session?.close() }
    }

    private let storage: Storage
    let runner: DeskRunner
    /// Answers every confirmation prompt with Enter, as the secretary does, so flow tests read as the flow; tests
    /// of the prompts themselves (`AgendaFlowTests`, `ConfirmationTests`) turn it off.
    var autoConfirm = true

    /// The app's state as the runner holds it; set only for what a command line configures (agenda, ledger, …).
    var app: AppState {
        get { runner.state }
        nonmutating set { runner.modify { $0 = newValue } }
    }

    /// The time the next keys are pressed at.
    var clock: Date {
        get { storage.now }
        nonmutating set { storage.now = newValue }
    }

    /// The session writing the meeting file.
    var session: MeetingSession { storage.session! }

    /// A meeting of `members`, registration open unless told otherwise, then `prepared` commands (stamped by the
    /// caller, e.g. thousands of check-ins) written in one transaction before the desk starts.
    init(members: [Member], rules: MeetingRules = .defaults, openRegistration: Bool = true, desk: DeskAssignment? = nil,
         prepared: (_ at: Date) -> [Command] = { _ in [] }) throws {
        let storage = Storage(now: Fixtures.time("2026-03-21 08:30"))
        let file = try MeetingFile.create(at: storage.directory.file("rat.rapat"), purpose: "test")
        var state = MeetingState()
        var events: [Event] = []
        let setup = [Command.importRoster(members: members, digest: Roster.digest(of: members), source: "anggota.csv",
                                          at: Fixtures.opening)]
            + (openRegistration ? [.openRegistration(rules: rules, profile: Fixtures.profile, at: Fixtures.opening)] : [])
        for command in setup + prepared(storage.now) {
            let produced = try state.decide(command)
            for event in produced { state.evolve(event) }
            events += produced
        }
        try file.append(events)
        let session = try MeetingSession(journal: file, desk: desk)
        storage.session = session
        let settings = CooperativeSettings(profile: Fixtures.profile, rules: rules, city: "")
        runner = DeskRunner(session: session, settings: settings, agenda: DeskFixtures.agenda, clock: { storage.now })
        self.storage = storage
    }

    /// Advances the clock by `minutes` and delivers `keys` through the runner, as the run loop does.
    func press(_ keys: [Key], after minutes: Double = 1) {
        clock = clock.addingTimeInterval(minutes * 60)
        runner.send(.tick(clock))
        for key in keys {
            runner.send(.key(key))
            if autoConfirm, case .confirm = runner.state.mode { runner.send(.key(.enter)) }
        }
    }

    func type(_ text: String, then final: Key? = .enter) {
        press(text.map { Key.character($0) } + (final.map { [$0] } ?? []))
    }

    /// On the agenda screen: proposes `motion` (an ordinary one) and opens a roll-call vote on it (U, then V).
    func openRollCallVote(on motion: String = "Menaikkan simpanan wajib") {
        press([.character("u")])
        type(motion)
        type("")   // kind: usul biasa
        press([.character("v")])
        type("")   // the motion
        type("2")  // per nama
    }

    /// The events the journal holds, oldest first.
    func journal() throws -> [Event] { try session.file.entries().map(\.event) }

    func screen(_ width: Int = 80, _ height: Int = 24) -> ScreenBuffer {
        DeskScreen.render(app, width: width, height: height)
    }
}

enum DeskFixtures {
    static let agenda = Agenda(items: [
        AgendaItem(kind: .opening), AgendaItem(kind: .quorumCheck),
        AgendaItem(kind: .boardReport, title: "Laporan pertanggungjawaban pengurus"), AgendaItem(kind: .closing),
    ])

    /// Five counted members (Q = 3) and one luar biasa.
    static var members: [Member] {
        [
            Fixtures.member("0001", "Siti Aminah", .female, unit: "Unit Simpan Pinjam"),
            Fixtures.member("0002", "Budi Santoso", unit: "Unit Toko", office: Office(body: .pengurus, title: "Ketua")),
            Fixtures.member("0003", "Yohanes Lake", unit: "Unit Toko"),
            Fixtures.member("0004", "Made Ayu", .female, unit: "Kelompok Tani"),
            Fixtures.member("0005", "Siti Rahmawati", .female, unit: "Kelompok Tani"),
            Fixtures.member("LB-01", "Theresia Wenda", .female, unit: "Unit Toko", status: .associate),
        ]
    }
}
