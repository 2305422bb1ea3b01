import Foundation
import RapatCore

/// The members' review mode (`rapat lihat`): search the notulen and vote record, look up anyone's attendance.
extension AppState {
    /// Jumps to the next line containing the typed text (case-insensitive), wrapping at the end.
    mutating func findInDocument() {
        let needle = input.trimmingCharacters(in: .whitespaces).lowercased()
        guard !needle.isEmpty, !documentLines.isEmpty else { return }
        let count = documentLines.count
        for offset in 1...count {
            let index = (selection + offset) % count
            if documentLines[index].lowercased().contains(needle) {
                selection = index
                message = DeskMessage(.info, "Ditemukan di baris \(index + 1) dari \(count).")
                return
            }
        }
        message = DeskMessage(.warning, "\"\(needle)\" tidak ditemukan.")
    }

    /// A member's attendance in words, for the review desk.
    mutating func showAttendance(of number: MemberNumber) {
        guard let position = meeting.roster.position(of: number) else {
            message = DeskMessage(.error, RapatError.notAMember(number).message)
            return
        }
        let member = meeting.roster.members[position]
        guard let record = meeting.attendance.record(at: position) else {
            message = DeskMessage(.info, "\(member.name) (\(member.number)) tidak hadir.")
            return
        }
        let intervals = record.intervals.map { interval in
            IndonesianFormat.clock(interval.arrived, zone: zone) + "–" + (interval.left.map { IndonesianFormat.clock($0, zone: zone) } ?? "selesai")
        }
        message = DeskMessage(.success, "\(member.name) (\(member.number)) hadir " + intervals.joined(separator: ", ") + " \(zone.rawValue).")
        input = ""
        results = .none
    }
}
