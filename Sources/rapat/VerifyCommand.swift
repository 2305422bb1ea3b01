import RapatText
import ArgumentParser
import Foundation
import RapatCore
import RapatStore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Menghitung ulang rantai hash SHA-256 jurnal dan sidik daftar anggota; dengan --sidik, mencocokkan ujungnya.",
        discussion: """
            Rantai yang utuh belum berarti lengkap: berkas yang dipotong, atau diubah lalu dihitung ulang, tetap
            berantai. Cocokkan ujungnya dengan sidik akhir yang tercetak di berita acara:
              rapat verify --file rat.rapat --sidik 3f2a9c… --peristiwa 1234
            (--sidik paling sedikit 16 karakter heksadesimal pertama; --peristiwa jumlah peristiwa yang tercetak
            bersamanya, agar jurnal yang dipotong dibedakan dari yang diubah). Berkas baca-saja juga bisa diperiksa.
            Keluar 0 bila cocok, 2 bila tidak.
            """)

    @OptionGroup var options: MeetingOptions
    @Option(help: "Sidik akhir jurnal dari berita acara (paling sedikit 16 karakter heksadesimal pertama).")
    var sidik: String?
    @Option(help: "Jumlah peristiwa yang tercetak bersama sidik akhir di berita acara.")
    var peristiwa: Int64?

    func validate() throws {
        if let sidik {
            let hex = sidik.lowercased()
            guard hex.count >= 16, hex.count <= 64, hex.allSatisfy({ $0.isHexDigit }) else {
                throw ValidationError(tr("cli.verify.sidik", ["value": sidik]))
            }
        }
        if let peristiwa, peristiwa < 1 {
            throw ValidationError(tr("cli.verify.peristiwa", ["n": peristiwa]))
        }
        if peristiwa != nil, sidik == nil {
            throw ValidationError(tr("cli.verify.peristiwaAlone"))
        }
    }

    func run() throws {
        let file: any MeetingJournal
        let outcome: JournalVerification
        var zone = IndonesianTimeZone.wib
        do {
            file = try MeetingStore.open(options.file, writable: false, purpose: "rapat verify")
            // The chain alone, without decoding events: a row that no longer decodes is still named.
            outcome = try file.verify()
            zone = file.registeredTimeZone ?? settingsZone() ?? .wib
        } catch {
            throw failing(error)
        }
        for note in file.openingNotes { printNote(note) }
        var anchor: ChainAnchor?
        if let sidik {
            do { anchor = try file.anchor(sidik, expectedEvents: peristiwa) } catch { throw failing(error) }
        }
        var intact = true
        switch outcome {
        case let .intact(events, digest):
            print(tr("cli.verify.intact", ["status": anchor.map(\.matches) ?? true ? "OK" : tr("cli.verify.chainIntact"),
                                           "events": IndonesianFormat.integer(Int(events))]))
            print(tr("cli.verify.digest", ["digest": digest]))
        case let .hashMismatch(sequence, kind, at, stored, computed):
            intact = false
            print(tr("cli.verify.hashMismatch", ["seq": sequence, "kind": kind,
                                                 "when": RefusalFormat.date(at, zone: zone) + " " + RefusalFormat.time(at, zone: zone)]))
            print(tr("cli.verify.stored", ["value": stored]))
            print(tr("cli.verify.computedWide", ["value": computed]))
            print(tr("cli.verify.changedOutside"))
        case let .sequenceGap(expected, found):
            intact = false
            print(tr("cli.verify.broken", ["problem": tr("store.journal.sequenceGap", ["previous": expected - 1, "found": found])]))
        case let .rosterMismatch(sequence, version, recorded, computed):
            intact = false
            print(tr("cli.verify.broken", ["problem": tr("store.journal.rosterChanged", ["version": version, "seq": sequence])]))
            print(tr("cli.verify.recorded", ["value": recorded]))
            print(tr("cli.verify.computed", ["value": computed]))
        case let .ledgerMismatch(sequence, version, recorded, computed):
            intact = false
            print(tr("cli.verify.broken", ["problem": tr("store.journal.ledgerChanged", ["version": version, "seq": sequence])]))
            print(tr("cli.verify.recorded", ["value": recorded]))
            print(tr("cli.verify.computed", ["value": computed]))
        }
        var anchored = true
        if let anchor, !intact {
            anchored = false
            print(tr("cli.verify.brokenChain", ["sidik": String(sidik?.prefix(16) ?? "")]))
        } else if let anchor {
            anchored = report(anchor)
        } else if intact {
            print(tr("cli.verify.hint", ["path": options.file]))
        }
        if !intact || !anchored { throw ExitCode(2) }
    }

    /// Prints how the journal's end compares with the printed digest; true when it matches.
    private func report(_ anchor: ChainAnchor) -> Bool {
        let given = sidik ?? ""
        switch anchor {
        case let .endsAtDigest(events):
            if let peristiwa, peristiwa != events {
                print(tr("cli.verify.countDiffers", ["sidik": String(given.prefix(16)), "events": events, "n": peristiwa]))
                return false
            }
            print(tr("cli.verify.matches", ["sidik": String(given.prefix(16)), "events": events]))
            return true
        case let .longer(matchedAt, following):
            let count = peristiwa.map { $0 == matchedAt ? "" : tr("cli.verify.recordsCount", ["n": $0]) }
            print(tr("cli.verify.longer", ["sidik": String(given.prefix(16)), "seq": matchedAt, "count": count ?? "",
                                           "following": IndonesianFormat.integer(Int(following))]))
            return false
        case let .shorter(events, missing, lastDigest):
            print(tr("cli.verify.shorter", ["events": events, "last": String(lastDigest.prefix(16)), "expected": events + missing,
                                            "missing": IndonesianFormat.integer(Int(missing)), "sidik": String(given.prefix(16))]))
            return false
        case let .differs(events, lastDigest, digestAtExpected, expectedEvents):
            if let expectedEvents, let digestAtExpected {
                let extra = events > expectedEvents ? tr("cli.verify.moreAfter", ["n": events - expectedEvents]) : ""
                print(tr("cli.verify.differs", ["seq": expectedEvents, "found": String(digestAtExpected.prefix(16)),
                                                "sidik": String(given.prefix(16)), "extra": extra]))
            } else {
                print(tr("cli.verify.notFound", ["sidik": String(given.prefix(16)), "events": events,
                                                  "last": String(lastDigest.prefix(16))]))
            }
            return false
        }
    }

    private func settingsZone() -> IndonesianTimeZone? {
        (try? CooperativeSettings.load(from: options.settings))?.profile.timeZone
    }
}
