import TerminalUI
import XCTest

final class DialogTests: XCTestCase {
    private let dialog = Dialog(title: "Konfirmasi", body: "Tutup pemungutan suara 1 sekarang? 54 dari 71 anggota belum memberi suara: "
                                   + "0003 Yohanes Lake, 0004 Made Ayu, 0005 Siti Rahmawati.",
                                keys: [("Enter", "Ya, catat"), ("tombol lain", "Batal")])

    func testTheQuestionIsWrappedWholeInsideACentredFrame() {
        var buffer = ScreenBuffer(width: 80, height: 24)
        buffer.put(String(repeating: "x", count: 80), x: 0, y: 11)
        let box = dialog.draw(in: Rect(x: 0, y: 0, width: 80, height: 24), on: &buffer)
        XCTAssertEqual(box.x, (80 - box.width) / 2)
        XCTAssertLessThanOrEqual(box.width, 80)
        let text = buffer.text
        for word in ["Tutup", "54", "71", "Rahmawati.", "Enter Ya, catat · tombol lain Batal", "Konfirmasi"] {
            XCTAssertTrue(text.contains(word), "\(word) on screen:\n\(text)")
        }
        let row = buffer.text.split(separator: "\n", omittingEmptySubsequences: false)[11]
        XCTAssertFalse(row.dropFirst(box.x + 1).prefix(box.width - 2).contains("x"), "nothing shows through the box")
        XCTAssertEqual(buffer[box.x, box.y].style.color, .yellow, "the frame has the dialog's style")
    }

    func testANarrowAreaKeepsTheBoxInsideIt() {
        var buffer = ScreenBuffer(width: 40, height: 10)
        let area = Rect(x: 2, y: 1, width: 30, height: 8)
        let box = dialog.draw(in: area, on: &buffer)
        XCTAssertGreaterThanOrEqual(box.x, area.x)
        XCTAssertLessThanOrEqual(box.maxX, area.maxX)
        XCTAssertLessThanOrEqual(box.maxY, area.maxY)
        XCTAssertTrue(buffer.text.contains("Enter Ya, catat"), buffer.text)
    }
}
