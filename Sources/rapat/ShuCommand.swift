import RapatText
import ArgumentParser
import Foundation
import RapatDocuments
import RapatApp
import RapatCore
import RapatStore

struct ShuCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shu", abstract: "Sisa Hasil Usaha: buku simpanan/transaksi, tabel pembagian, SHU per anggota.",
        subcommands: [Import.self, Allocation.self, Members.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mengimpor simpanan dan transaksi per anggota dari CSV.",
            discussion: """
                Kolom: nomor_anggota, lalu simpanan_<jenis> (mis. simpanan_pokok, simpanan_wajib, simpanan_sukarela) dan
                transaksi_<unit> (mis. transaksi_toko, transaksi_simpan_pinjam), jumlah dalam Rupiah (Rp1.250.000,00
                atau 1250000). Aturan sama dengan impor daftar anggota: nomor yang tidak ada di buku daftar anggota
                adalah kesalahan; bila ada satu baris salah, tidak ada yang diimpor.
                """)

        @OptionGroup var options: MeetingOptions
        @Argument(help: "Berkas CSV simpanan dan transaksi.") var csv: String

        func run() throws {
            do {
                let session = try MeetingSession.open(path: options.file, purpose: "rapat shu import")
                defer { session.close() }
                let result: ShuLedgerCSV.Result
                do {
                    result = try ShuLedgerCSV.read(path: csv, roster: session.state.roster)
                } catch {
                    printNote(error.report(nothing: tr("cli.shu.nothingImported")))
                    throw ExitCode(1)
                }
                for note in result.notes { printNote(note) }
                let imported = try session.importLedger(result.ledger, source: (csv as NSString).lastPathComponent, at: Date())
                let ledger = result.ledger
                printNote(tr("cli.shu.imported", ["n": IndonesianFormat.integer(imported.members), "version": imported.version,
                                                  "savings": ledger.savingsColumns.joined(separator: ", "),
                                                  "transactions": ledger.transactionColumns.joined(separator: ", ")]))
                printNote(tr("cli.shu.digest", ["digest": imported.digest]))
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw failing(error)
            }
        }
    }

    struct Allocation: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "alokasi",
            abstract: "Tabel pembagian SHU (lampiran berita acara), dengan terbilang dan selisih pembulatan: sama dengan "
                + "shu-alokasi.<format> dari `rapat docs`.")

        @OptionGroup var options: MeetingOptions
        @Option(help: "md, txt, atau html.") var format: PrintedFormat = .md
        @Option(help: "Folder templat yang disunting (yang tidak ada memakai bawaan).") var templates: String?

        func run() throws {
            try SingleDocument.print(.shuAlokasi, format: format, allowed: [.md, .txt, .html], options: options,
                                     templates: templates, purpose: "rapat shu alokasi") { _ in
                tr("cli.shu.notProposedHere")
            }
        }
    }

    struct Members: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "anggota",
            abstract: "SHU per anggota (nomor, nama, unit, simpanan, transaksi, JM, JU, jumlah): sama dengan "
                + "shu-anggota.<format> dari `rapat docs`.")

        @OptionGroup var options: MeetingOptions
        @Option(help: "csv, json, md, txt, atau html.") var format: PrintedFormat = .csv
        @Flag(help: "Hitung dari usulan yang belum disahkan (ditandai USULAN).") var usulan = false
        @Option(help: "Folder templat yang disunting (yang tidak ada memakai bawaan).") var templates: String?

        func run() throws {
            let (state, ledger) = try load(options.file)
            guard ledger != nil else {
                throw fail(tr("cli.shu.noLedger"))
            }
            guard state.shuApproval != nil || usulan else {
                throw fail(state.shuProposal == nil
                    ? tr("cli.shu.notProposed") : tr("cli.shu.notApproved"))
            }
            try SingleDocument.print(.shuAnggota, format: format, allowed: PrintedFormat.allCases, options: options,
                                     templates: templates, purpose: "rapat shu anggota") { _ in
                tr("cli.shu.notProposed")
            }
        }
    }

    /// The meeting state and the latest imported ledger, read-only.
    static func load(_ path: String) throws -> (MeetingState, ShuLedger?) {
        let (file, scan) = try readMeeting(at: path, purpose: "rapat shu")
        do {
            return (scan.state, try file.currentLedger(of: scan.state))
        } catch {
            throw failing(error)
        }
    }
}

private func load(_ path: String) throws -> (MeetingState, ShuLedger?) { try ShuCommand.load(path) }
