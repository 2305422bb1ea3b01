import Foundation
import RapatCore

/// The members' review mode (`rapat lihat`): search the notulen and vote record, look up anyone's attendance.
extension AppState {
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
