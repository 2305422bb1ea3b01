import Foundation
@testable import RapatApp
import RapatCore
import RapatDocuments
import RapatTesting
import TerminalUI
import XCTest

/// `rapat layar` (issue 14): the room's screen at 80×24, 120×40 and 60×20 (and a projector's 160×45), characters and
/// styles; the run loop's refresh from its source and its quit keys.
final class RoomScreenTests: XCTestCase {
    static let sizes = [(80, 24), (120, 40), (60, 20), (160, 45)]

    /// A 12,022-member RAT in session: quorum met, item 3, a decision with its notes, a vote under way.
    private let sitting = RoomView(
        cooperative: "Koperasi ASN Kutai Kartanegara", title: "Rapat Anggota Tahunan (RAT) ke-12 Tahun Buku 2025",
        stage: .sitting,
        quorum: RoomView.Quorum(QuorumStatus(registered: 12_022, present: 6_100, rule: .moreThanHalf)),
        agendaItem: RoomView.AgendaItemView(number: 3, title: "Laporan Pertanggungjawaban Pengurus"),
        latest: RoomView.Latest(kind: .decision, text: "KEPUTUSAN NOMOR 2: Tata tertib rapat disahkan dengan perubahan "
            + "pasal 4 tentang batas waktu bicara — DITERIMA, secara musyawarah mufakat (hadir 6100 orang).",
            time: "10.42 WITA"),
        openVote: "Pemungutan suara sedang berlangsung: Usul 1: Mengesahkan laporan pengawas (pengesahan laporan).",
        eventCount: 14_233, digest: "3fa9c2d41b7e0a55", updatedAt: Date(timeIntervalSince1970: 1_774_060_930))

    /// A small meeting at registration, built by the core: 2 of 5 present, no item, nothing decided.
    private func registration() throws -> RoomView {
        var s = try Fixtures.openedMeeting(Fixtures.members(5))
        for i in 1...2 { try s.apply(.checkIn(MemberNumber(String(format: "%04d", i)), at: Fixtures.time("2026-03-21 08:30"))) }
        return RoomView(state: s, eventCount: s.eventCount, digest: "0011223344556677889900", now: Fixtures.time("2026-03-21 08:31"))
    }

    func testSnapshotsAtEverySize() throws {
        let small = try registration()
        for (width, height) in Self.sizes {
            assertStyledSnapshot(RoomScreen.render(sitting, width: width, height: height), named: "room-sitting-\(width)x\(height)")
            assertStyledSnapshot(RoomScreen.render(small, width: width, height: height), named: "room-registration-\(width)x\(height)")
        }
    }

    /// What must be readable at every size: the counts in block letters, the verdict in its colour, the item, the
    /// decision's start, the vote under way, and the footer.
    func testEverySizeShowsEveryPart() {
        for (width, height) in Self.sizes {
            let screen = RoomScreen.render(sitting, width: width, height: height)
            let text = screen.lines.joined(separator: "\n")
            let size = "\(width)×\(height)"
            XCTAssertEqual(screen.lines.count, height)
            XCTAssertTrue(screen.lines.allSatisfy { CellWidth.of($0) <= width }, size)
            let blockRows = screen.lines.filter { $0.contains("█") }.count
            XCTAssertGreaterThanOrEqual(blockRows, BigText.rows, "\(size): the quorum in block letters\n\(text)")
            let green = (0..<height).flatMap { y in (0..<width).map { screen[$0, y] } }
                .filter { $0.text != " " && $0.style.color == .green && $0.style.bold }
            XCTAssertFalse(green.isEmpty, "\(size): SAH in green bold (block letters, or highlighted on a narrow screen)")
            if width >= 80 {
                XCTAssertTrue(green.allSatisfy { $0.text == "█" }, "\(size): SAH in block letters")
            }
            for part in ["Hadir 6.100 dari 12.022", "6.012", "ACARA 3", "KEPUTUSAN TERAKHIR · 10.42 WITA", "KEPUTUSAN NOMOR 2",
                         "Pemungutan suara sedang berlangsung", "hanya membaca", "sidik 3fa9c2d4"] {
                XCTAssertTrue(text.contains(part), "\(size): \(part)\n\(text)")
            }
            XCTAssertTrue(screen.lines[0].contains("Sidang"), "\(size): the stage in the header")
        }
        // A projector's 160×45 uses the room: the counts twice as tall.
        let big = RoomScreen.render(sitting, width: 160, height: 45)
        XCTAssertGreaterThanOrEqual(big.lines.filter { $0.contains("█") }.count, 2 * BigText.rows * 2)
    }

    func testBelowQuorumIsRedAndSaysBelum() throws {
        let screen = RoomScreen.render(try registration(), width: 80, height: 24)
        let cells = (0..<24).flatMap { y in (0..<80).map { screen[$0, y] } }
        XCTAssertTrue(cells.contains { $0.text == "█" && $0.style == RoomScreen.quorumNotMet })
        XCTAssertFalse(cells.contains { $0.style == RoomScreen.quorumMet })
        let text = screen.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Hadir 2 dari 5 anggota terdaftar; kuorum (Q) 3"), text)
        XCTAssertTrue(text.contains("Pendaftaran: belum ada acara rapat yang berjalan."), text)
        XCTAssertTrue(text.contains("Belum ada keputusan atau hasil pemungutan suara."), text)
    }

    /// A very long result keeps its heading and says where the rest is; nothing spills over the footer.
    func testALongResultIsCutWithANote() {
        var view = sitting
        view.latest = RoomView.Latest(kind: .voteResult, text: String(repeating: "Setuju 5.200, tidak setuju 700. ", count: 40),
                                      time: "11.05 WITA")
        let screen = RoomScreen.render(view, width: 80, height: 24)
        let text = screen.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("HASIL PEMUNGUTAN SUARA · 11.05 WITA"), text)
        XCTAssertTrue(text.contains("… selengkapnya di notulen"), text)
        XCTAssertTrue(screen.lines[23].contains("hanya membaca"), text)
    }

    func testTheLoopShowsWhatTheSourceGivesAndQuitsOnlyOnItsKeys() throws {
        var later = sitting
        later.quorum = RoomView.Quorum(QuorumStatus(registered: 12_022, present: 6_200, rule: .moreThanHalf))
        var given: [RoomView?] = [nil, later, nil]
        let terminal = ScriptedTerminal([.tick, .key(.character("u")), .key(.enter), .tick, .key(.character("q"))])
        let runner = RoomRunner(view: sitting) { given.isEmpty ? nil : given.removeFirst() }
        runner.run(on: terminal)
        XCTAssertEqual(runner.view, later)
        XCTAssertTrue(terminal.events.isEmpty, "q ended the loop, not the script running out")
        XCTAssertTrue(terminal.frames.first?.text.contains("Hadir 6.100") == true)
        XCTAssertTrue(terminal.frames.last?.text.contains("Hadir 6.200") == true)
        XCTAssertEqual(terminal.frames.count, 2, "drawn again only when the view changed")

        // A resized terminal is drawn again at its new size.
        final class Resizing: TerminalBackend {
            var size = (width: 80, height: 24)
            var frames: [ScreenBuffer] = []
            var events: [InputEvent] = [.resize(width: 160, height: 45), .key(.escape)]
            func present(_ buffer: ScreenBuffer) { frames.append(buffer) }
            func nextEvent(timeoutMilliseconds: Int) -> InputEvent {
                let event = events.removeFirst()
                if case let .resize(width, height) = event { size = (width, height) }
                return event
            }
        }
        let resizing = Resizing()
        RoomRunner(view: sitting) { nil }.run(on: resizing)
        XCTAssertEqual(resizing.frames.map { [$0.width, $0.height] }, [[80, 24], [160, 45]])
        XCTAssertTrue(resizing.events.isEmpty, "Esc quits")

        for key in [Key.character("q"), .character("Q"), .escape, .function(10), .control("c")] {
            XCTAssertTrue(RoomRunner.quits(key), key.label)
        }
        for key in [Key.character("u"), .enter, .function(2), .function(9), .control("q"), .character(" ")] {
            XCTAssertFalse(RoomRunner.quits(key), key.label)
        }
    }
}
