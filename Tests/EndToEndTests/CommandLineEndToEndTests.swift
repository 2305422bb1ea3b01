import Foundation
import XCTest

/// The scriptable interface and the read-only commands, through the real binary.
final class CommandLineEndToEndTests: XCTestCase {
    private let roster = """
        nomor_anggota,nama,jenis_kelamin,unit,status,tanggal_masuk
        0001,Siti Aminah,P,Unit Simpan Pinjam,biasa,2019-01-01
        0002,Budi Santoso,L,Unit Toko,biasa,2019-01-01
        0003,Yohanes Lake,L,Unit Toko,biasa,2019-01-01

        """

    func testABadLineStopsWithItsNumberAndEarlierLinesStay() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        let script = """
            {"cmd":"check_in","member":"0001","at":"2026-03-21T08:30:00+07:00"}
            {"cmd":"check_in","member":"0002","at":"2026-03-21T08:31:00+07:00"}
            {"cmd":"check_in","member":"0001","at":"2026-03-21T08:32:00+07:00"}
            {"cmd":"check_in","member":"0003","at":"2026-03-21T08:33:00+07:00"}

            """
        XCTAssertTrue(FileManager.default.createFile(atPath: rapat.file("skrip.jsonl"), contents: Data(script.utf8)))
        let run = try rapat.run(["apply", "skrip.jsonl"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("skrip.jsonl:3: Siti Aminah (0001) sudah hadir sejak pukul 08.30 WIB"), run.stderr)
        XCTAssertTrue(run.stderr.contains("2 perintah sebelum baris 3 sudah tersimpan"), run.stderr)

        let stats = try rapat.run(["stats"])
        XCTAssertEqual(stats.status, 0)
        let prose = stats.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(prose.contains("hadir saat ini: 2 (dua) orang"), stats.stdout)
        XCTAssertTrue(prose.contains("Kuorum (Q): lebih dari setengah dari 3 anggota, yaitu 2 (dua) orang"), stats.stdout)

        let verify = try rapat.run(["verify"])
        XCTAssertEqual(verify.status, 0)
        XCTAssertTrue(verify.stdout.hasPrefix("OK: 5 peristiwa"), verify.stdout)
        XCTAssertTrue(verify.stdout.contains("Sidik akhir (SHA-256): "), verify.stdout)
    }

    /// Closing answers with what the berita acara still lacks (DECISIONS 33): `missing` in the --json ack, a note
    /// without it; an open vote refuses the close, naming its round.
    func testCloseMeetingReturnsWhatTheBeritaAcaraLacks() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        func script(_ lines: [String]) -> String {
            lines.map { #"{"cmd":"# + $0 + "}" }.joined(separator: "\n") + "\n"
        }
        let head = script([
            #""check_in","member":"0001","at":"2026-03-21T08:30:00+07:00""#,
            #""check_in","member":"0002","at":"2026-03-21T08:31:00+07:00""#,
            #""open_meeting","by":"Ketua","at":"2026-03-21T09:00:00+07:00""#,
            #""motion","text":"Usul","kind":"biasa","at":"2026-03-21T09:01:00+07:00""#,
            #""open_vote","motion":1,"method":"terbuka","at":"2026-03-21T09:02:00+07:00""#,
        ])
        let open = try rapat.run(["apply", "--json", "-"], stdin: head)
        XCTAssertEqual(open.status, 0, open.stderr)
        let moveOn = try rapat.run(["apply", "-"], stdin: script([#""next_item","at":"2026-03-21T09:03:00+07:00""#]))
        XCTAssertEqual(moveOn.status, 1)
        XCTAssertTrue(moveOn.stderr.contains("Pemungutan suara putaran 1 tentang usul 1 \"Usul\" masih terbuka: tutup dulu "
            + "dengan close_vote."), moveOn.stderr)
        let counts = script([#""vote_counts","setuju":2,"tidak_setuju":0,"abstain":0,"at":"2026-03-21T09:03:00+07:00""#,
                             #""close_vote","at":"2026-03-21T09:03:30+07:00""#])
        XCTAssertEqual(try rapat.run(["apply", "-"], stdin: counts).status, 0)
        // Walk to the closing item, then close: no presidium recorded.
        var walk = 0
        while walk < 15 {
            let step = try rapat.run(["apply", "-"], stdin: script([#""check_quorum","at":"2026-03-21T09:05:00+07:00""#,
                                                                     #""next_item","at":"2026-03-21T09:05:00+07:00""#]))
            if step.status != 0 { break }
            walk += 1
        }
        let close = try rapat.run(["apply", "--json", "-"], stdin: script([#""close_meeting","at":"2026-03-21T09:10:00+07:00""#]))
        XCTAssertEqual(close.status, 0, close.stderr)
        XCTAssertTrue(close.stdout.contains(#""missing":["#), close.stdout)
        XCTAssertTrue(close.stdout.contains("Pimpinan rapat kosong"), close.stdout)
        XCTAssertFalse(close.stdout.contains("Pukul ditutup"), close.stdout)

        // Without --json the same is a note; identity fields filled with ba_details leave the list.
        let plain = try RapatBinary()
        defer { plain.remove() }
        try plain.prepareMeeting(csv: roster, openRegistration: true)
        var lines = [#""check_in","member":"0001","at":"2026-03-21T08:30:00+07:00""#,
                     #""check_in","member":"0002","at":"2026-03-21T08:31:00+07:00""#,
                     #""open_meeting","by":"Ketua","at":"2026-03-21T09:00:00+07:00""#,
                     #""ba_details","nomor_badan_hukum":"123/BH/2019","tanggal_badan_hukum":"2019-01-02","at":"2026-03-21T09:00:00+07:00""#]
        for _ in 0..<15 {
            lines += [#""check_quorum","at":"2026-03-21T09:05:00+07:00""#, #""next_item","at":"2026-03-21T09:05:00+07:00""#]
        }
        // The walk stops at the closing item (next_item refused there); the close goes in a run of its own.
        _ = try plain.run(["apply", "-"], stdin: script(lines))
        let note = try plain.run(["apply", "-"], stdin: script([#""close_meeting","at":"2026-03-21T09:10:00+07:00""#]))
        XCTAssertEqual(note.status, 0, note.stderr)
        XCTAssertTrue(note.stderr.contains("rapat ditutup; berita acara belum lengkap: "), note.stderr)
        XCTAssertTrue(note.stderr.contains("Pimpinan rapat kosong") && note.stderr.contains("Keputusan rapat kosong"),
                      note.stderr)
        XCTAssertFalse(note.stderr.contains("Nomor badan hukum"), note.stderr)
    }

    func testBadRosterImportsNothingAndNamesEveryLine() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: false)
        let bad = "nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk\n0001;A;X;U;biasa;2019-01-01\n0002;B;L;U;biasa;31/02/2019\n"
        XCTAssertTrue(FileManager.default.createFile(atPath: rapat.file("salah.csv"), contents: Data(bad.utf8)))
        let run = try rapat.run(["roster", "import", "salah.csv"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("salah.csv:2: jenis kelamin \"X\" tidak dikenal"), run.stderr)
        XCTAssertTrue(run.stderr.contains("salah.csv:3: tanggal masuk \"31/02/2019\" tidak dikenal"), run.stderr)
        XCTAssertTrue(run.stderr.contains("Tidak ada anggota yang diimpor"), run.stderr)
        let stats = try rapat.run(["stats", "--json"])
        XCTAssertTrue(stats.stdout.contains("\"terdaftar\": 3"), "the earlier roster stays in force: \(stats.stdout)")
    }

    func testJSONErrorObjectsForSettingsAndLockErrorsAtStart() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        let line = #"{"cmd":"check_in","member":2,"at":"2026-03-21T08:30:00+07:00"}"# + "\n"
        XCTAssertTrue(FileManager.default.createFile(atPath: rapat.file("skrip.jsonl"), contents: Data(line.utf8)))

        // Given settings that do not exist, --json still answers with an error object for line 0.
        let settings = try rapat.run(["apply", "--json", "--settings", "tidak-ada.toml", "skrip.jsonl"])
        XCTAssertEqual(settings.status, 1)
        XCTAssertTrue(settings.stdout.hasPrefix(#"{"line":0,"ok":false,"error":"tidak-ada.toml: berkas pengaturan koperasi tidak ditemukan"#),
                      settings.stdout)

        // Given another writer holding the meeting, the refusal is an error object too.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: rapat.path)
        holder.environment = RapatBinary.environment()
        holder.arguments = ["apply", "--json", "-"]
        holder.currentDirectoryURL = URL(fileURLWithPath: rapat.directory)
        let input = Pipe(), output = Pipe()
        holder.standardInput = input
        holder.standardOutput = output
        holder.standardError = FileHandle.nullDevice
        try holder.run()
        input.fileHandleForWriting.write(Data(#"{"cmd":"check_in","member":"1","at":"2026-03-21T08:29:00+07:00"}"#.utf8 + [0x0A]))
        let ack = output.fileHandleForReading.availableData  // blocks until the holder answers, so it holds the lock
        XCTAssertTrue(String(decoding: ack, as: UTF8.self).hasPrefix(#"{"line":1,"ok":true"#))
        let locked = try rapat.run(["apply", "--json", "skrip.jsonl"])
        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        XCTAssertEqual(locked.status, 1)
        XCTAssertTrue(locked.stdout.hasPrefix(#"{"line":0,"ok":false,"error":"rat.rapat: sedang dibuka untuk menulis oleh proses"#),
                      locked.stdout)
        XCTAssertEqual(locked.stdout.split(separator: "\n").count, 1, locked.stdout)

        // Once the writer is gone the same script applies, 2 finding member 0002.
        let applied = try rapat.run(["apply", "--json", "skrip.jsonl"])
        XCTAssertEqual(applied.status, 0, applied.stderr)
        let stats = try rapat.run(["stats"])
        XCTAssertTrue(stats.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("hadir saat ini: 2 (dua) orang"),
                      stats.stdout)
    }

    func testAStrictLineRefusalNamesItsLine() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        var script = Data((#"{"cmd":"check_in","member":"3","at":"2026-03-21T08:30:00+07:00"}"# + "\n").utf8)
        script.append(Data(#"{"cmd":"note","text":"caf"#.utf8) + [0xE9] + Data(#""}"#.utf8) + [0x0A])
        XCTAssertTrue(FileManager.default.createFile(atPath: rapat.file("skrip.jsonl"), contents: script))
        let run = try rapat.run(["apply", "--json", "skrip.jsonl"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout, #"{"line":1,"ok":true,"seq":4}"# + "\n"
            + #"{"line":2,"ok":false,"error":"baris berisi byte yang bukan UTF-8 (karakter ke-26): simpan skrip sebagai UTF-8 (bukan Latin-1/Windows-1252)"}"# + "\n")
        XCTAssertTrue(run.stderr.contains("skrip.jsonl:2: baris berisi byte yang bukan UTF-8"), run.stderr)
    }

    /// `RAPAT_LANG=en`: the core's refusals, the store's errors and the tool's own messages are English.
    func testMessagesInEnglish() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        let script = """
            {"cmd":"check_in","member":"0001","at":"2026-03-21T08:30:00+07:00"}
            {"cmd":"check_in","member":"0001","at":"2026-03-21T08:32:00+07:00"}

            """
        XCTAssertTrue(FileManager.default.createFile(atPath: rapat.file("skrip.jsonl"), contents: Data(script.utf8)))
        let english = ["RAPAT_LANG": "en"]
        let run = try rapat.run(["apply", "skrip.jsonl"], environment: english)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("skrip.jsonl:2: Siti Aminah (0001) has been present since 08.30 WIB: not recorded twice."),
                      run.stderr)
        XCTAssertTrue(run.stderr.contains("Commands saved before line 2: 1; fix that line"), run.stderr)

        let missing = try rapat.run(["verify", "--file", "tidak-ada.rapat"], environment: english)
        XCTAssertTrue(missing.stderr.hasPrefix("error: tidak-ada.rapat: meeting file not found"), missing.stderr)
        let verify = try rapat.run(["verify"], environment: english)
        XCTAssertTrue(verify.stdout.contains("Final fingerprint (SHA-256): "), verify.stdout)
        // The default stays Indonesian.
        let indonesian = try rapat.run(["verify", "--file", "tidak-ada.rapat"])
        XCTAssertTrue(indonesian.stderr.hasPrefix("galat: tidak-ada.rapat: berkas rapat tidak ditemukan"), indonesian.stderr)
    }
}
