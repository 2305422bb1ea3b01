import Foundation
import RapatTesting
import XCTest

/// Issue 14 item 6: `rapat siar` serves the room's page on the LAN, read-only, and pushes what another process records.
final class SiarEndToEndTests: XCTestCase {
    private let roster = """
        nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk
        0001;Siti Aminah;P;Unit Simpan Pinjam;biasa;2019-01-01
        0002;Budi Santoso;L;Unit Toko;biasa;2019-01-01
        0003;Yohanes Lake;L;Unit Toko;biasa;2019-01-01

        """

    /// `rapat siar` as a child process, with what it printed so far.
    final class Siar: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var printed = Data()

        init(_ rapat: RapatBinary, arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: rapat.path)
            process.arguments = ["siar"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: rapat.directory)
            process.environment = RapatBinary.environment()
            let out = Pipe()
            process.standardOutput = out
            process.standardError = out
            process.standardInput = FileHandle.nullDevice
            out.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self else { return }
                self.lock.withLock { self.printed.append(data) }
            }
            try process.run()
        }

        var output: String { lock.withLock { String(decoding: printed, as: UTF8.self) } }

        /// The port in the first `http://127.0.0.1:P/` it printed.
        func port(within seconds: Double = 20) throws -> Int {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if let range = output.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                    let url = output[range]
                    return Int(url.split(separator: ":").last!.dropLast())!
                }
                guard process.isRunning else { break }
                usleep(20_000)
            }
            throw HTTPTestClient.Failure(description: "rapat siar printed no URL: \(output)")
        }

        /// Ctrl-C, then the exit status.
        func interrupt() -> Int32 {
            process.interrupt()
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { process.terminate(); process.waitUntilExit(); return -1 }
            return process.terminationStatus
        }

        deinit { if process.isRunning { process.terminate() } }
    }

    private func present(in event: HTTPTestClient.Event?) throws -> Int {
        let data = try XCTUnwrap(event?.data)
        let room = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let quorum = try XCTUnwrap(room["kuorum"] as? [String: Any])
        return try XCTUnwrap(quorum["h"] as? Int)
    }

    func testTheStreamShowsAnotherProcessesCheckInsWithinTwoSeconds() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        let siar = try Siar(rapat, arguments: ["--port", "0", "--alamat", "127.0.0.1", "--file", "rat.rapat"])
        let port = try siar.port()
        XCTAssertTrue(siar.output.contains("Hanya bisa dibuka dari laptop ini"), siar.output)

        let page = try HTTPTestClient.fetch("GET", "/", port: port)
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("EventSource"))
        let state = try HTTPTestClient.fetch("GET", "/keadaan", port: port)
        let room = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(state.body.utf8)) as? [String: Any])
        XCTAssertEqual(room["koperasi"] as? String, "KSP Uji")
        XCTAssertEqual(room["tahap"] as? String, "Pendaftaran")
        for key in ["judul", "kuorum", "acara", "terakhir", "suara_terbuka", "peristiwa", "sidik", "diperbarui"] {
            XCTAssertTrue(room.keys.contains(key), "the RoomView key \(key)")
        }
        XCTAssertFalse(state.body.contains("Siti"), "no member names on the room's page")
        XCTAssertEqual(try HTTPTestClient.fetch("POST", "/keadaan", port: port, body: "{}").status, 405)

        let stream = try HTTPTestClient.events(port: port, timeout: 10)
        XCTAssertEqual(try present(in: stream.nextData()), 0)

        let script = #"{"cmd":"check_in","member":"0001","at":"2026-03-21T08:10:00+07:00"}"# + "\n"
            + #"{"cmd":"check_in","member":"0002","at":"2026-03-21T08:11:00+07:00"}"# + "\n"
        // apply takes the writer lock while siar is serving: siar only reads.
        XCTAssertEqual(try rapat.run(["apply", "-"], stdin: script).status, 0)
        let committed = Date()
        var h = 0
        while h < 2, let event = try stream.nextData() { h = try present(in: event) }
        let seconds = Date().timeIntervalSince(committed)
        print("rapat siar streamed H = \(h) \(String(format: "%.2f", seconds)) s after apply returned")
        XCTAssertEqual(h, 2)
        XCTAssertLessThan(seconds, 2.0)

        XCTAssertEqual(siar.interrupt(), 0, siar.output)
        XCTAssertTrue(siar.output.contains("Siaran layar rapat dihentikan."), siar.output)
        XCTAssertNil(try? stream.nextData(), "the stream ended with the server")
    }

    /// The same room's page from a meeting on a real PostgreSQL server, pushed by the server's notification when
    /// a desk process checks members in; `rapat layar` draws the same meeting once.
    func testTheStreamFollowsADeskOnAServerMeeting() throws {
        let url = try TestPostgres.meetingURL(name)
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        XCTAssertTrue(FileManager.default.createFile(atPath: rapat.file("anggota.csv"), contents: Data(roster.utf8)))
        for step in [["init", "--file", url, "--nama", "KSP Uji"], ["roster", "import", "--file", url, "anggota.csv"]] {
            XCTAssertEqual(try rapat.run(step).status, 0, step.joined(separator: " "))
        }
        XCTAssertEqual(try rapat.run(["apply", "--file", url, "-"], stdin: #"{"cmd":"open_registration"}"# + "\n").status, 0)
        let siar = try Siar(rapat, arguments: ["--port", "0", "--alamat", "127.0.0.1", "--file", url])
        let port = try siar.port()
        XCTAssertFalse(siar.output.contains("sandi"), "no password printed")
        let stream = try HTTPTestClient.events(port: port, timeout: 10)
        XCTAssertEqual(try present(in: stream.nextData()), 0)
        let desk = try rapat.run(["apply", "--file", url, "--meja", "2", "-"],
                                 stdin: #"{"cmd":"check_in","member":"0001"}"# + "\n" + #"{"cmd":"check_in","member":"0003"}"# + "\n")
        XCTAssertEqual(desk.status, 0, desk.stderr)
        let committed = Date()
        var h = 0
        while h < 2, let event = try stream.nextData() { h = try present(in: event) }
        XCTAssertEqual(h, 2)
        XCTAssertLessThan(Date().timeIntervalSince(committed), 1.0, "the room's page lags the desk by more than 1 s")
        XCTAssertEqual(siar.interrupt(), 0, siar.output)

        let layar = try rapat.run(["layar", "--file", url, "--render-once", "80x24"])
        XCTAssertEqual(layar.status, 0, layar.stderr)
        XCTAssertTrue(layar.stdout.contains("Hadir 2 dari 3"), layar.stdout)
        XCTAssertFalse(layar.stdout.contains("Siti"), "no names on the room's screen")
    }

    func testABusyPortIsRefusedWithAMessage() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: false)
        let first = try Siar(rapat, arguments: ["--port", "0", "--alamat", "127.0.0.1"])
        let port = try first.port()
        let second = try rapat.run(["siar", "--port", "\(port)", "--alamat", "127.0.0.1"])
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("Tidak bisa membuka port \(port) di 127.0.0.1: port itu sudah dipakai program lain"),
                      second.stderr)
        XCTAssertEqual(first.interrupt(), 0)
        let bad = try rapat.run(["siar", "--port", "70000"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("--port 70000: isi nomor port antara 1 dan 65535"), bad.stderr)
    }

    /// Where Chromium is installed: the page as a phone (412×915) shows it, after the stream filled it in.
    func testAHeadlessBrowserRendersThePage() throws {
        guard let chromium = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(Self.which).first else {
            throw XCTSkip("Chromium is not installed")
        }
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        try rapat.prepareMeeting(csv: roster, openRegistration: true)
        let script = #"{"cmd":"check_in","member":"0001","at":"2026-03-21T08:10:00+07:00"}"# + "\n"
            + #"{"cmd":"check_in","member":"0002","at":"2026-03-21T08:11:00+07:00"}"# + "\n"
        XCTAssertEqual(try rapat.run(["apply", "-"], stdin: script).status, 0)
        let siar = try Siar(rapat, arguments: ["--port", "0", "--alamat", "127.0.0.1"])
        let port = try siar.port()
        defer { _ = siar.interrupt() }

        func browse(_ extra: [String]) throws -> String {
            let browser = Process()
            browser.executableURL = URL(fileURLWithPath: chromium)
            var arguments = ["--headless", "--disable-gpu", "--hide-scrollbars", "--window-size=412,915",
                             "--user-data-dir=\(rapat.file("chromium"))"] + extra
            if getuid() == 0 { arguments.append("--no-sandbox") }
            browser.arguments = arguments + ["http://127.0.0.1:\(port)/"]
            let out = Pipe()
            browser.standardOutput = out
            browser.standardError = FileHandle.nullDevice
            try browser.run()
            let killer = DispatchWorkItem { if browser.isRunning { browser.terminate() } }
            DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: killer)
            let printed = out.fileHandleForReading.readDataToEndOfFile()
            browser.waitUntilExit()
            killer.cancel()
            return String(decoding: printed, as: UTF8.self)
        }

        // The script ran in a real browser: the stream's snapshot is in the DOM (H = 2 of 3, Q = 2: SAH).
        var dom = ""
        for _ in 0..<3 where !dom.contains(#"id="label">SAH"#) { dom = try browse(["--dump-dom"]) }
        XCTAssertTrue(dom.contains(#"id="label">SAH<"#), dom)
        XCTAssertTrue(dom.contains(#"id="h">2<"#), dom)
        XCTAssertTrue(dom.contains("KSP Uji"), dom)

        let png = ProcessInfo.processInfo.environment["SIAR_SCREENSHOT"] ?? rapat.file("siar.png")
        try? FileManager.default.removeItem(atPath: png)
        _ = try browse(["--screenshot=\(png)"])
        let size = (try? FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0
        XCTAssertGreaterThan(size, 10_000, "a screenshot with something on it: \(png)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png)).prefix(8)
        XCTAssertEqual(Array(bytes), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG")
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
