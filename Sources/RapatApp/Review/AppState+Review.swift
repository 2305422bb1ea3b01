import Foundation
import RapatCore
import RapatText

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
                message = DeskMessage(.info, tr("review.found", ["line": index + 1, "count": count]))
                return
            }
        }
        message = DeskMessage(.warning, tr("review.notFound", ["text": needle]))
    }

    /// A member's attendance in words, for the review desk.
    mutating func showAttendance(of number: MemberNumber) {
        guard let position = meeting.roster.position(of: number) else {
            message = DeskMessage(.error, RapatError.notAMember(number).message)
            return
        }
        let member = meeting.roster.members[position]
        guard let record = meeting.attendance.record(at: position) else {
            message = DeskMessage(.info, tr("review.absent", ["name": member.name, "number": member.number]))
            return
        }
        let intervals = record.intervals.map { interval in
            IndonesianFormat.clock(interval.arrived, zone: zone) + "–" + (interval.left.map { IndonesianFormat.clock($0, zone: zone) } ?? tr("review.stillPresent"))
        }
        message = DeskMessage(.success, tr("review.present", ["name": member.name, "number": member.number,
                                                            "intervals": intervals.joined(separator: ", "), "zone": zone.rawValue]))
        input = ""
        results = .none
    }
}
