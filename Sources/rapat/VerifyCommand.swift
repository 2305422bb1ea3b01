import ArgumentParser
import Foundation
import RapatCore
import RapatStore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Menghitung ulang rantai hash SHA-256 jurnal dan sidik daftar anggota.")

    @OptionGroup var options: MeetingOptions

    func run() throws {
        let file: MeetingFile
        let outcome: JournalVerification
        do {
            file = try MeetingFile.open(at: options.file, writable: false, purpose: "rapat verify")
            outcome = try file.verify()
        } catch {
            throw fail(describe(error))
        }
        switch outcome {
        case let .intact(events, digest):
            print("OK: \(IndonesianFormat.integer(Int(events))) peristiwa, semua daftar anggota dan buku simpanan SHU cocok.")
            print("Sidik akhir (SHA-256): \(digest)")
        case let .hashMismatch(sequence, kind, at, stored, computed):
            print("RUSAK: peristiwa #\(sequence) (\(kind), \(IndonesianFormat.time(at, zone: .wib))) tidak cocok.")
            print("  tersimpan : \(stored)")
            print("  dihitung  : \(computed)")
            print("Peristiwa ini, atau sesuatu sebelumnya, telah diubah di luar aplikasi Rapat.")
            throw ExitCode(2)
        case let .sequenceGap(expected, found):
            print("RUSAK: setelah peristiwa #\(expected - 1) muncul #\(found): ada peristiwa yang dihapus atau disisipkan.")
            throw ExitCode(2)
        case let .rosterMismatch(sequence, version, recorded, computed):
            print("RUSAK: daftar anggota versi \(version) (peristiwa #\(sequence)) telah diubah.")
            print("  tercatat : \(recorded)")
            print("  dihitung : \(computed)")
            throw ExitCode(2)
        case let .ledgerMismatch(sequence, version, recorded, computed):
            print("RUSAK: buku simpanan/transaksi SHU versi \(version) (peristiwa #\(sequence)) telah diubah.")
            print("  tercatat : \(recorded)")
            print("  dihitung : \(computed)")
            throw ExitCode(2)
        }
    }
}
