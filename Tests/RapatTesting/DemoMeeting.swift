import Foundation
import RapatCore
import RapatStore

/// The bundled demo cooperative's scripted RAT (demo/rat-singkat.jsonl on demo/anggota.csv), replayed in memory
/// through the same parser as `rapat apply`: the fixture of every golden document.
public enum DemoMeeting {
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    public static var profile: CooperativeProfile {
        var profile = CooperativeProfile(name: "Koperasi Simpan Pinjam \"Maju Bersama\"", abbreviation: "KSP-MB",
                                         legalEntityNumber: "518/389/BH/KPTS/DISKOPERINDAG/I/2015", ratNumber: 12,
                                         fiscalYear: 2025, timeZone: .wib, scheduledStart: Fixtures.time("2026-03-21 09:00"),
                                         place: "Balai Pertemuan Desa Sukamaju")
        profile.details = DocumentDetails(legalEntityDate: "12 Januari 2015", nik: "3201012345678", address: "Jl. Raya Sukamaju No. 12",
                                          city: "Bogor")
        // The berita acara's Dasar, witnesses and guests (koperasi.toml [dasar], [rapat] saksi and tamu_undangan).
        profile.details.basis = MeetingBasis(adArticle: "Pasal 22", artArticle: "Pasal 10", decreeNumber: "05/SK/KSP-MB/II/2026",
                                             decreeDate: "2026-02-16", invitationNumber: "07/UND/KSP-MB/III/2026",
                                             invitationDate: "2026-03-07", materialsDate: "2026-03-12")
        profile.details.witnesses = ["0022", "Zainal Anggraini"]
        profile.details.guests = ["Dinas Koperasi dan UKM Kabupaten Bogor", "Camat Sukamaju"]
        return profile
    }

    /// The journal of the scripted meeting, and the ledger of demo/simpanan.csv (its digest genuine, so `verify` passes).
    public static func scripted() throws -> (entries: [JournalEntry], ledger: ShuLedger) {
        let members = try RosterCSV.read(path: repository.appendingPathComponent("demo/anggota.csv").path).members
        let agenda = try AgendaFile.load(from: repository.appendingPathComponent("templates/susunan-acara.toml").path)
        var state = MeetingState()
        var events = try state.apply(.importRoster(members: members, digest: Roster.digest(of: members), source: "anggota.csv",
                                                   at: Fixtures.time("2026-03-20 10:00")))
        let ledger = try ShuLedgerCSV.read(path: repository.appendingPathComponent("demo/simpanan.csv").path, roster: state.roster)
            .ledger
        let ledgerImport = ShuLedgerImport(version: 1, digest: SHA256Hasher.hex(ledger.canonicalText), source: "simpanan.csv",
                                           members: ledger.members.count, at: Fixtures.time("2026-03-20 10:01"))
        events += try state.apply(.importShuLedger(ledgerImport))
        let script = try String(contentsOf: repository.appendingPathComponent("demo/rat-singkat.jsonl"), encoding: .utf8)
        let context = CommandScript.Context(rules: .defaults, profile: profile, agenda: agenda, now: Fixtures.opening)
        for line in script.split(separator: "\n") {
            guard let command = try CommandScript.parse(String(line), context: context) else { continue }
            events += try state.apply(command)
        }
        return (events.enumerated().map { JournalEntry(sequence: Int64($0.offset + 1), event: $0.element) }, ledger)
    }
}
