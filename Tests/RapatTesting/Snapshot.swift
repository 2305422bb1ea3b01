import Foundation
import TerminalUI
import XCTest

/// Compares a screen with `__Snapshots__/<name>.txt` beside the calling test file.
/// `RECORD_SNAPSHOTS=1 swift test` rewrites the file and fails, so a re-record is always looked at.
public func assertSnapshot(_ buffer: ScreenBuffer, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    assertTextSnapshot(buffer.lines.joined(separator: "\n") + "\n", named: name + ".txt", file: file, line: line)
}

/// Compares `actual` with the golden file `__Snapshots__/<fileName>` beside the calling test file.
public func assertTextSnapshot(_ actual: String, named fileName: String, file: StaticString = #filePath, line: UInt = #line) {
    let name = fileName
    let directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let url = directory.appendingPathComponent(fileName)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        XCTFail("Snapshot \(name) direkam ulang; periksa lalu jalankan tanpa RECORD_SNAPSHOTS.", file: file, line: line)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("Snapshot \(name) belum ada: jalankan RECORD_SNAPSHOTS=1 swift test.", file: file, line: line)
        return
    }
    if expected != actual {
        XCTFail("Layar berbeda dari snapshot \(name):\n--- diharapkan\n\(expected)--- didapat\n\(actual)", file: file, line: line)
    }
}
