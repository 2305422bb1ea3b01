import Foundation
import RapatCore
import RapatText

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
