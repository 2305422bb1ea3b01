import Foundation
import RapatCore

/// `rapat stats` output: a printable text report and a JSON document with the same figures.
public enum StatisticsReport {
    public static func json(_ s: AttendanceStatistics) -> String {
        let zone = s.timeZone
        func time(_ date: Date) -> String { IndonesianFormat.iso8601(date, zone: zone) }
        let object: [String: Any] = [
            "registered": s.registered, "attended": s.attended, "present_now": s.presentNow,
            "attended_percent": IndonesianFormat.percent(s.attended, of: s.registered),
            "quorum": ["required": s.quorum.required, "rule": s.quorum.rule.settingValue, "formula": s.quorum.formula,
                       "margin": s.quorum.margin, "met": s.quorum.isMet],
            "by_gender": s.byGender.map { ["gender": $0.gender.rawValue, "registered": $0.registered,
                                           "attended": $0.attended, "present_now": $0.presentNow] },
            "by_unit": s.byUnit.map { ["unit": $0.unit, "registered": $0.registered, "attended": $0.attended,
                                       "present_now": $0.presentNow, "absent": $0.absent,
                                       "attended_percent": IndonesianFormat.percent($0.attended, of: $0.registered)] },
            "arrivals_per_15_minutes": s.arrivalsPer15Minutes.map { ["from": time($0.start), "count": $0.count] },
            "late_reference": s.lateReference.map(time) as Any? ?? NSNull(),
            "late_arrivals": s.lateArrivals.map { ["member": $0.member.number.rawValue, "name": $0.member.name,
                                                   "arrived": time($0.arrived), "minutes_late": $0.minutesLate] },
            "departures": s.departures.map { ["member": $0.member.number.rawValue, "name": $0.member.name,
                                              "left": time($0.left), "returned": $0.returned.map(time) as Any? ?? NSNull()] as [String: Any] },
            "not_counting": s.notCounting.map { ["member": $0.number.rawValue, "name": $0.name, "status": $0.status.rawValue] },
            "voided_check_ins": s.voidedCheckIns,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
