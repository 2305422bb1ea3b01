import Foundation
import RapatCore
import RapatText

/// Dates and times on the screens, in the UI language ("pukul 09.15 WIB" / "09.15 WIB", "Sabtu, 21 Maret 2026" /
/// "Saturday, 21 March 2026"). Documents keep `IndonesianFormat`: a berita acara is Indonesian in either language.
enum UIFormat {
    /// "pukul 09.15 WIB".
    static func time(_ date: Date, zone: IndonesianTimeZone) -> String {
        tr("shell.format.time", ["clock": IndonesianFormat.clock(date, zone: zone), "zone": zone.rawValue])
    }

    /// "Sabtu, 21 Maret 2026".
    static func longDate(_ date: Date, zone: IndonesianTimeZone) -> String {
        let c = IndonesianFormat.components(date, zone: zone)
        return tr("shell.format.longDate", [
            "weekday": weekdays()[(c.weekday ?? 1) - 1], "day": c.day ?? 1, "month": months()[(c.month ?? 1) - 1], "year": c.year ?? 0,
        ])
    }

    /// "2026-03-21" as "21 Maret 2026"; any other text as it is.
    static func isoDateLong(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        return tr("shell.format.date", ["day": parts[2], "month": months()[parts[1] - 1], "year": parts[0]])
    }

    private static func weekdays() -> [String] {
        [tr("shell.format.sunday"), tr("shell.format.monday"), tr("shell.format.tuesday"), tr("shell.format.wednesday"),
         tr("shell.format.thursday"), tr("shell.format.friday"), tr("shell.format.saturday")]
    }

    private static func months() -> [String] {
        [tr("shell.format.january"), tr("shell.format.february"), tr("shell.format.march"), tr("shell.format.april"),
         tr("shell.format.may"), tr("shell.format.june"), tr("shell.format.july"), tr("shell.format.august"),
         tr("shell.format.september"), tr("shell.format.october"), tr("shell.format.november"), tr("shell.format.december")]
    }
}
