import Foundation
import RapatTesting
import XCTest
import ZIPFoundation

/// What the DOCX tests share: reading a package's parts, and converting with LibreOffice headless.
enum DocxSupport {
    /// Every part of a DOCX, by path.
    static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    static var soffice: String? {
        ["/usr/bin/soffice", "/usr/bin/libreoffice"].first(where: FileManager.default.isExecutableFile(atPath:))
    }

    struct Conversion {
        var status: Int32
        var seconds: Double
        var timedOut: Bool
    }

    /// `soffice --headless --convert-to pdf` of `paths` into `dir`, with a private profile in `dir` (parallel runs
    /// do not share one); stopped after `limit` seconds so a slow conversion fails instead of hanging CI.
    static func convertToPDF(_ paths: [String], in dir: TemporaryDirectory, limit: Double = 600) throws -> Conversion {
        guard let soffice else { throw XCTSkip("LibreOffice tidak terpasang (CI memasangnya dengan RAPAT_LIBREOFFICE=1)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=file://\(dir.path)/profile",
                             "--convert-to", "pdf", "--outdir", dir.path] + paths
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Date()
        try process.run()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(start) > limit {
                timedOut = true
                process.terminate()
                break
            }
            Thread.sleep(forTimeInterval: 0.2)
        }
        process.waitUntilExit()
        return Conversion(status: process.terminationStatus, seconds: Date().timeIntervalSince(start), timedOut: timedOut)
    }

    /// The page count `pdfinfo` (poppler-utils) reads, nil without it or without the file.
    static func pageCount(_ pdf: String) -> Int? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdfinfo")
        process.arguments = [pdf]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let line = output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return line.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
    }

    /// The text `pdftotext -layout` reads from `pdf`.
    static func text(_ pdf: String) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-layout", pdf, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return "" }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output
    }

    /// A daftar hadir of `count` members as the Markdown render gives it: the nine columns to sign, rows at least 7 mm
    /// high, the closing certification and the signatures kept together.
    static func daftarHadir(count: Int) -> String {
        let given = ["Siti", "Budi", "Rahmawati", "Agus", "Dewi", "Muhammad", "Sri", "Bambang", "Nur", "Yohanes",
                     "Kadek", "Fransiska", "I Gusti Ngurah", "Hendra", "Lestari", "Wahyu"]
        let family = ["Santoso", "Setiawan", "Hidayat", "Kusumaningrum", "Wibowo", "Saragih", "Nugroho", "Purnamasari",
                      "Simanjuntak", "Rahayu", "Pratama", "Wulandari Kartikasari"]
        let units = ["Pasar Baru", "Sukamaju", "Karang Anyar", "Tegal Rejo Timur", "Kantor Pusat"]
        var lines = ["# DAFTAR HADIR RAPAT ANGGOTA TAHUNAN KE-12", "",
                     "<!-- rapat: tengah -->", "Koperasi Simpan Pinjam Maju Bersama · Sabtu, 21 Maret 2026 · Aula Serbaguna", "",
                     "<!-- rapat: tinggi-baris 7 -->",
                     "| No. | Nomor | Nama | L/P | Unit | Datang | Keluar | Tanda tangan | Keterangan |",
                     "|-----:|------|--------------------|---|----------|-----|-----|----------|-------|"]
        lines.reserveCapacity(count + 30)
        for index in 1...count {
            let name = given[index % given.count] + " " + family[(index / given.count) % family.count]
            let arrival = String(format: "%02d.%02d", 7 + index % 3, index % 60)
            let leaving = index % 17 == 0 ? String(format: "%02d.%02d", 10 + index % 2, index % 60) : ""
            let note = index % 97 == 0 ? "diwakili kuasa" : ""
            lines.append("| \(index) | \(String(format: "%05d", index)) | \(name) | \(index % 2 == 0 ? "P" : "L") "
                         + "| \(units[index % units.count]) | \(arrival) | \(leaving) |  | \(note) |")
        }
        lines += ["", "Anggota yang hadir: \(count) orang.", "",
                  "<!-- rapat: satukan -->",
                  "Demikian daftar hadir ini dibuat dengan sebenarnya dan ditandatangani oleh sekretaris dan pimpinan rapat.", "",
                  "<!-- rapat: tanda-tangan -->",
                  "| Sekretaris | Pimpinan Rapat |",
                  "|:---:|:---:|",
                  "| <br><br><br>(Dewi Lestari) | <br><br><br>(Budi Santoso) |",
                  "<!-- rapat: /tanda-tangan -->",
                  "<!-- rapat: /satukan -->", ""]
        return lines.joined(separator: "\n")
    }
}
