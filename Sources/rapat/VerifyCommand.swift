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
                throw ValidationError("--sidik \(sidik): tulis paling sedikit 16 (paling banyak 64) karakter heksadesimal "
                    + "(0-9, a-f) dari sidik akhir yang tercetak di berita acara.")
            }
        }
        if let peristiwa, peristiwa < 1 {
            throw ValidationError("--peristiwa \(peristiwa): jumlah peristiwa paling sedikit 1.")
        }
        if peristiwa != nil, sidik == nil {
            throw ValidationError("--peristiwa hanya berarti bersama --sidik: salin keduanya dari berita acara.")
        }
    }

    func run() throws {
        let file: MeetingFile
        let outcome: JournalVerification
        var zone = IndonesianTimeZone.wib
        do {
            file = try MeetingFile.open(at: options.file, writable: false, purpose: "rapat verify")
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
            print("\(anchor.map(\.matches) ?? true ? "OK" : "Rantai utuh"): \(IndonesianFormat.integer(Int(events))) "
                + "peristiwa, semua daftar anggota dan buku simpanan SHU cocok.")
            print("Sidik akhir (SHA-256): \(digest)")
        case let .hashMismatch(sequence, kind, at, stored, computed):
            intact = false
            print("RUSAK: peristiwa #\(sequence) (\(kind), \(IndonesianFormat.date(at, zone: zone)) "
                + "\(IndonesianFormat.time(at, zone: zone))) tidak cocok.")
            print("  tersimpan : \(stored)")
            print("  dihitung  : \(computed)")
            print("Peristiwa ini, atau sesuatu sebelumnya, telah diubah di luar aplikasi Rapat.")
        case let .sequenceGap(expected, found):
            intact = false
            print("RUSAK: setelah peristiwa #\(expected - 1) muncul #\(found): ada peristiwa yang dihapus atau disisipkan.")
        case let .rosterMismatch(sequence, version, recorded, computed):
            intact = false
            print("RUSAK: daftar anggota versi \(version) (peristiwa #\(sequence)) telah diubah.")
            print("  tercatat : \(recorded)")
            print("  dihitung : \(computed)")
        case let .ledgerMismatch(sequence, version, recorded, computed):
            intact = false
            print("RUSAK: buku simpanan/transaksi SHU versi \(version) (peristiwa #\(sequence)) telah diubah.")
            print("  tercatat : \(recorded)")
            print("  dihitung : \(computed)")
        }
        var anchored = true
        if let anchor, !intact {
            anchored = false
            print("TIDAK COCOK: rantai hash rusak (lihat di atas), jadi ujung jurnal tidak dapat dicocokkan dengan sidik "
                + "\(sidik?.prefix(16) ?? "")… dari berita acara.")
        } else if let anchor {
            anchored = report(anchor)
        } else if intact {
            print("Untuk memastikan jurnal tidak dipotong atau diganti, cocokkan dengan sidik di berita acara: "
                + "rapat verify --file \(options.file) --sidik <sidik> --peristiwa <jumlah>.")
        }
        if !intact || !anchored { throw ExitCode(2) }
    }

    /// Prints how the journal's end compares with the printed digest; true when it matches.
    private func report(_ anchor: ChainAnchor) -> Bool {
        let given = sidik ?? ""
        switch anchor {
        case let .endsAtDigest(events):
            if let peristiwa, peristiwa != events {
                print("TIDAK COCOK: sidik \(given.prefix(16))… cocok dengan peristiwa terakhir #\(events), tetapi berita acara "
                    + "mencatat \(peristiwa) peristiwa: periksa angka --peristiwa.")
                return false
            }
            print("COCOK: jurnal berakhir tepat pada sidik \(given.prefix(16))… (peristiwa #\(events)).")
            return true
        case let .longer(matchedAt, following):
            let count = peristiwa.map { $0 == matchedAt ? "" : " (berita acara mencatat \($0) peristiwa: periksa angka --peristiwa)" }
            print("TIDAK COCOK: jurnal LEBIH PANJANG. Sidik \(given.prefix(16))… adalah peristiwa #\(matchedAt)\(count ?? ""); "
                + "sesudahnya ada \(IndonesianFormat.integer(Int(following))) peristiwa yang tidak tercatat di berita acara.")
            return false
        case let .shorter(events, missing, lastDigest):
            print("TIDAK COCOK: jurnal LEBIH PENDEK. Berkas berakhir pada peristiwa #\(events) (sidik \(lastDigest.prefix(16))…), "
                + "berita acara mencatat \(events + missing): sedikitnya \(IndonesianFormat.integer(Int(missing))) peristiwa "
                + "terakhir HILANG (berkas dipotong atau salinan tidak lengkap), dan sidik \(given.prefix(16))… tidak ada di "
                + "berkas ini; peristiwa yang tersisa pun tidak dapat dipastikan asli.")
            return false
        case let .differs(events, lastDigest, digestAtExpected, expectedEvents):
            if let expectedEvents, let digestAtExpected {
                let extra = events > expectedEvents ? "; sesudahnya ada \(events - expectedEvents) peristiwa lagi" : ""
                print("TIDAK COCOK: isi jurnal BERBEDA. Peristiwa #\(expectedEvents) di berkas ini bersidik "
                    + "\(digestAtExpected.prefix(16))…, bukan \(given.prefix(16))…\(extra). Jurnal diubah lalu rantainya "
                    + "dihitung ulang, atau ini berkas rapat lain.")
            } else {
                print("TIDAK COCOK: tidak ada peristiwa bersidik \(given.prefix(16))… di jurnal ini (berakhir pada #\(events), "
                    + "sidik \(lastDigest.prefix(16))…). Jurnal dipotong, atau diubah lalu dihitung ulang, atau ini berkas "
                    + "rapat lain; sertakan --peristiwa dari berita acara untuk membedakannya.")
            }
            return false
        }
    }

    private func settingsZone() -> IndonesianTimeZone? {
        (try? CooperativeSettings.load(from: options.settings))?.profile.timeZone
    }
}
