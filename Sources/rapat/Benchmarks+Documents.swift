import Foundation
import RapatApp
import RapatCore
import RapatDocuments
import RapatStore

/// Issue 6's measurement: every document of a 12,022-member meeting.
extension Benchmarks {
    struct DocumentTimes {
        var text: Sample
        var markdown: Sample
        var html: Sample
        var pdf: Sample
        var attended: Int
        /// SHA256SUMS, sidik-jurnal.txt and SHA256SUMS.minisig over every document of the last run.
        var seal: Sample
        var sealedFiles: Int
        var sealedBytes: Int
    }

    /// The 12,022-member RAT of the document benchmarks: four in five members come, one in fifty of them leaves,
    /// a report vote and an approved SHU over a ledger of every member.
    struct Meeting12k {
        var events: [Event]
        var ledger: ShuLedger
        var state: MeetingState
        /// Where the ledger's import event sits (the file stores the ledger with it).
        var ledgerEventIndex: Int
        var entries: [JournalEntry] { events.enumerated().map { JournalEntry(sequence: Int64($0.offset + 1), event: $0.element) } }
    }

    /// The same meeting left open on its SHU item (`closed: false`) serves the keystroke benchmark.
    func meeting12k(closed: Bool = true) throws -> Meeting12k {
        let members = SyntheticRoster.members(count: 12_022, seed: 19)
        var journal: [Event] = []
        var state = MeetingState()
        func add(_ command: Command) throws {
            let events = try state.decide(command)
            for event in events { state.evolve(event) }
            journal += events
        }
        var profile = self.profile
        profile.legalEntityNumber = "1/BH/2015"
        profile.place = "Gedung Koperasi"
        profile.details = DocumentDetails(legalEntityDate: "1 Mei 2015", city: "Bogor")
        try add(.importRoster(members: members, digest: Roster.digest(of: members), source: "bench", at: opening))
        // Savings and transactions of every member, as `rapat shu import` stores them.
        var rng = SplitMix64(seed: 23)
        let numbers = members.map(\.number)
        let ledger = ShuLedger(members: numbers, savingsColumns: ["pokok", "wajib"], transactionColumns: ["toko"],
                               savings: numbers.flatMap { _ in [Int64(rng.next() % 50_000_000), Int64(rng.next() % 200_000_000)] },
                               transactions: numbers.map { _ in Int64(rng.next() % 900_000_000) })
        let ledgerEventIndex = journal.count
        try add(.importShuLedger(ShuLedgerImport(version: 1, digest: SHA256Hasher.hex(ledger.canonicalText), source: "simpanan.csv",
                                                 members: numbers.count, at: opening)))
        try add(.openRegistration(rules: .defaults, profile: profile, at: opening))
        for (i, member) in members.enumerated() where i % 5 != 0 {
            try add(.checkIn(member.number, at: opening.addingTimeInterval(Double(i) * 0.2)))
        }
        var clock = opening.addingTimeInterval(3_000)
        func tick() -> Date { clock = clock.addingTimeInterval(60); return clock }
        let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .quorumCheck), AgendaItem(kind: .chairElection),
                                    AgendaItem(kind: .reportApproval), AgendaItem(kind: .surplusDistribution),
                                    AgendaItem(kind: .closing)])
        try add(.openMeeting(by: "Ketua Pengurus", agenda: agenda, at: tick()))
        try add(.nextAgendaItem(at: tick()))
        try add(.declareQuorum(at: tick()))
        try add(.nextAgendaItem(at: tick()))
        try add(.appointPresidium(chair: "Ketua", secretary: "Sekretaris", members: [], selection: .acclamation, notetaker: "",
                                  at: tick()))
        try add(.nextAgendaItem(at: tick()))
        for (i, member) in members.enumerated() where i % 5 != 0 && i % 50 == 1 {
            try add(.markLeft(member.number, at: tick()))
        }
        try add(.proposeMotion(text: "Mengesahkan laporan", kind: .reportApproval, concerns: nil, at: tick()))
        try add(.openVote(subject: .motion(1), method: .show, at: tick()))
        try add(.countHands(HandCount(yes: 6_000, no: 2_000, abstain: 500), at: tick()))
        try add(.closeVote(castingVote: nil, at: tick()))
        try add(.nextAgendaItem(at: tick()))
        try add(.proposeShu(surplus: Rupiah(rupiah: 2_345_678_901), at: tick()))
        try add(.proposeMotion(text: "Menetapkan pembagian SHU", kind: .surplus, concerns: nil, at: tick()))
        try add(.openVote(subject: .motion(2), method: .show, at: tick()))
        try add(.countHands(HandCount(yes: 7_000, no: 1_000, abstain: 500), at: tick()))
        try add(.closeVote(castingVote: nil, at: tick()))
        if closed {
            try add(.nextAgendaItem(at: tick()))
            try add(.closeMeeting(at: tick()))
        }
        return Meeting12k(events: journal, ledger: ledger, state: state, ledgerEventIndex: ledgerEventIndex)
    }

    func documents12k() throws -> DocumentTimes {
        let meeting = try meeting12k()
        let state = meeting.state, entries = meeting.entries
        var times: [String: [Double]] = [:]
        var written: [(name: String, data: Data)] = []
        for _ in 0..<5 {
            written = []
            for format in ["txt", "md", "html", "pdf"] {
                let start = now()
                // With the fold of the journal, as `rapat docs` hands over the state of its scan.
                let output = try DocumentSet.render(entries: entries, ledger: nil, templates: .builtIn, formats: [format],
                                                    digest: "bench", meetingFile: "bench.rapat", state: state)
                precondition(output.missing.isEmpty, "bench meeting lacks \(output.missing)")
                times[format, default: []].append(elapsed(since: start))
                written += output.files.map { ($0.name, Data($0.text.utf8)) } + output.binaries
            }
        }
        let key = try MinisignSecretKey.generate()
        for _ in 0..<21 {
            let start = now()
            _ = try DocumentSeal.files(for: written, digest: "bench", meetingFile: "bench.rapat", key: key)
            times["seal", default: []].append(elapsed(since: start))
        }
        return DocumentTimes(text: Sample(times["txt"] ?? []), markdown: Sample(times["md"] ?? []), html: Sample(times["html"] ?? []),
                             pdf: Sample(times["pdf"] ?? []), attended: state.attendanceStatistics().attended,
                             seal: Sample(times["seal"] ?? []), sealedFiles: written.count, sealedBytes: written.reduce(0) { $0 + $1.data.count })
    }
}
