import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI

/// Drives `AppState` like the runner does, executing commands against an in-memory meeting (no files).
struct DeskHarness {
    var app: AppState
    var clock: Date
    /// Answers every confirmation prompt with Enter, as the secretary does, so flow tests read as the flow; tests
    /// of the prompts themselves (`AgendaFlowTests`, `ConfirmationTests`) turn it off.
    var autoConfirm = true
    /// Every command the harness executed, accepted or refused, in order.
    var executed: [Command] = []

    init(members: [Member], rules: MeetingRules = .defaults, openRegistration: Bool = true) throws {
        clock = Fixtures.time("2026-03-21 08:30")
        var meeting = MeetingState()
        try meeting.apply(.importRoster(members: members, digest: "test", source: "anggota.csv", at: Fixtures.opening))
        if openRegistration {
            try meeting.apply(.openRegistration(rules: rules, profile: Fixtures.profile, at: Fixtures.opening))
        }
        app = AppState(meeting: meeting, settingsRules: rules, settingsProfile: Fixtures.profile,
                       draftAgenda: DeskFixtures.agenda, now: clock)
    }

    /// Advances the clock by `minutes` and delivers `keys`, running effects as the runner does.
    mutating func press(_ keys: [Key], after minutes: Double = 1) {
        clock = clock.addingTimeInterval(minutes * 60)
        _ = app.reduce(.tick(clock))
        for key in keys {
            var effects = app.reduce(.key(key))
            if autoConfirm, case .confirm = app.mode { effects += app.reduce(.key(.enter)) }
            for effect in effects {
                guard case let .execute(command) = effect else { continue }
                executed.append(command)
                var meeting = app.meeting
                do {
                    let events = try meeting.decide(command)
                    for event in events { meeting.evolve(event) }
                    _ = app.reduce(.commandSucceeded(events, meeting))
                } catch {
                    _ = app.reduce(.commandRefused(error.message))
                }
            }
        }
    }

    mutating func type(_ text: String, then final: Key? = .enter) {
        press(text.map { Key.character($0) } + (final.map { [$0] } ?? []))
    }

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
