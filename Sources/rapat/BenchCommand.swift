import ArgumentParser
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Tolok ukur: check-in tahan-crash vs fsync, pencarian nama, mulai dingin, replay, memori.",
        discussion: "Jalankan build rilis: swift run -c release rapat bench --output BENCHMARKS.md")

    @Option(help: "Tulis tabel hasil (Markdown) ke berkas ini.") var output: String?
    @Option(help: "Jumlah check-in yang diukur.") var checkIns: Int = 400
    @Flag(help: "Hanya tolok ukur dokumen (untuk memperbaiki kecepatan dokumen).") var dokumen = false
    @Flag(help: "Hanya tolok ukur ketukan: tombol sampai layar baru di setiap layar, 12.022 anggota.") var tombol = false
    @Flag(help: "Hanya tolok ukur jurnal: mulai dingin, buka dengan verifikasi, verify, salin.") var jurnal = false
    @Option(name: .customLong("meja-server"), help: "Tolok ukur banyak meja pada server PostgreSQL ini (URL basis data mana pun; rapat uji dibuat di basis data baru).")
    var deskServer: String?
    @Option(name: .customLong("meja"), help: "Jumlah meja tiruan untuk --meja-server.") var desks: Int = 10
    @Option(name: .customLong("per-meja"), help: "Check-in per meja untuk --meja-server.") var perDesk: Int = 1200
    @Option(name: .customLong("jeda-ms"), help: "Jeda antar-pindai per meja untuk --meja-server (0 = tanpa jeda; meja sungguhan ±2000).")
    var pacingMilliseconds: Int = 0
    @Flag(help: "Hanya tolok ukur rapat siar: klien SSE serentak di loopback, latensi terbit sampai diterima.") var siar = false
    @Option(help: "Jumlah klien SSE untuk --siar.") var klien: Int = 200
    @Option(help: "Jumlah pembaruan (200 ms berselang) untuk --siar.") var pembaruan: Int = 50

    func run() throws {
        if dokumen {
            let times = try Benchmarks(checkIns: 0).documents12k()
            print("txt \(times.text.median) ms, md \(times.markdown.median) ms, html \(times.html.median) ms, "
                + "pdf \(times.pdf.median) ms; tanda tangan \(times.seal.median) ms (\(times.sealedFiles) dokumen, "
                + "\(times.sealedBytes) bita)")
            let whole = try Benchmarks(checkIns: 0).wholeDocs()
            print("rapat docs semua format (termasuk SHU per anggota), 12.022 anggota: median \(whole.time.median) ms, "
                + "memori puncak \(whole.time.maxRSSKiB / 1024) MB, \(whole.files) berkas, \(whole.bytes / 1_048_576) MB")
            return
        }
        if tombol {
            let bench = Benchmarks(checkIns: 0)
            // Measured on a thread of its own: after `keystrokes()` returns, the next exclusivity-checked access on the
            // thread that ran it loops forever in the runtime's AccessSet::insert (first seen in the table's
            // `String(format:)`, then on assigning the result to a captured variable; cause not found). The result
            // goes back through a raw pointer (no access check) and the table is made on this thread; the process
            // ends with `run` whatever that thread does after signalling.
            nonisolated(unsafe) let slot = UnsafeMutablePointer<Result<[Benchmarks.KeystrokeRow], any Error>?>.allocate(capacity: 1)
            slot.initialize(to: nil)
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                slot.pointee = Result { try bench.keystrokes() }
                done.signal()
            }
            thread.stackSize = 16 << 20
            thread.start()
            done.wait()
            let rows = slot.pointee
            print(bench.keystrokeTable(try rows!.get()))
            return
        }
        if let deskServer {
            let report = try DeskBenchmark(server: deskServer, desks: desks, perDesk: perDesk,
                                           pacing: Double(pacingMilliseconds) / 1000).run()
            print(DeskBenchmark.table(report))
            return
        }
        if siar {
            let result = try Benchmarks(checkIns: 0).siar(clients: klien, updates: pembaruan)
            print(Benchmarks(checkIns: 0).siarTable(result))
            return
        }
        if jurnal {
            print(try Benchmarks(checkIns: 0).journalOnly())
            return
        }
        let report = try Benchmarks(checkIns: checkIns).run()
        print(report)
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(report.utf8)) else {
                throw fail("\(output): tidak bisa ditulis.")
            }
        }
    }
}
