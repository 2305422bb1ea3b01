import Foundation

/// Dates, times, counts and percentages written the way Indonesian official documents write them (DOMAIN §17).
public enum IndonesianFormat {
    public static let dayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]
    public static let monthNames = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    /// Calendar fields of `date` in the cooperative's zone.
    public static func components(_ date: Date, zone: IndonesianTimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone.timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
    }

    /// "09.15" (24-hour, period separator).
    public static func clock(_ date: Date, zone: IndonesianTimeZone) -> String {
        let c = components(date, zone: zone)
        return twoDigits(c.hour ?? 0) + "." + twoDigits(c.minute ?? 0)
    }

    /// "pukul 09.15 WIB".
    public static func time(_ date: Date, zone: IndonesianTimeZone) -> String {
        "pukul \(clock(date, zone: zone)) \(zone.rawValue)"
    }

    /// "Sabtu, 21 Maret 2026".
    public static func longDate(_ date: Date, zone: IndonesianTimeZone) -> String {
        let c = components(date, zone: zone)
        return "\(dayNames[(c.weekday ?? 1) - 1]), \(c.day ?? 1) \(monthNames[(c.month ?? 1) - 1]) \(c.year ?? 0)"
    }

    /// "21 Maret 2026".
    public static func date(_ date: Date, zone: IndonesianTimeZone) -> String {
        let c = components(date, zone: zone)
        return "\(c.day ?? 1) \(monthNames[(c.month ?? 1) - 1]) \(c.year ?? 0)"
    }

    /// "2026-03-20" → "20 Maret 2026"; text that is not an ISO date is returned as it is.
    public static func isoDateLong(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        return "\(parts[2]) \(monthNames[parts[1] - 1]) \(parts[0])"
    }

    /// The formal opening of a berita acara: "Pada hari ini Sabtu, tanggal dua puluh satu bulan Maret tahun dua ribu
    /// dua puluh enam (21-03-2026)" (DOMAIN §17).
    public static func formalDateLine(_ date: Date, zone: IndonesianTimeZone) -> String {
        let c = components(date, zone: zone)
        let day = c.day ?? 1, month = c.month ?? 1, year = c.year ?? 0
        return "Pada hari ini \(dayNames[(c.weekday ?? 1) - 1]), tanggal \(Terbilang.words(day)) bulan "
            + "\(monthNames[month - 1]) tahun \(Terbilang.words(year)) (\(twoDigits(day))-\(twoDigits(month))-\(year))"
    }

    /// "2026-03-21T09:15:00+07:00": the machine form used in scripts and JSON output.
    public static func iso8601(_ date: Date, zone: IndonesianTimeZone) -> String {
        let c = components(date, zone: zone)
        let offset = zone.hoursFromUTC
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d+%02d:00",
                      c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0, offset)
    }

    /// Thousands with periods: 100000 → "100.000".
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }

    /// part/whole as a percentage with two decimals, half-up, from integers only: 91/133 → "68,42%".
    public static func percent<T: BinaryInteger>(_ part: T, of whole: T) -> String {
        guard whole > 0 else { return "0,00%" }
        let hundredths = (part * 20_000 + whole) / (2 * whole)
        return "\(integer(Int(hundredths / 100))),\(twoDigits(Int(hundredths % 100)))%"
    }

    /// "91 (sembilan puluh satu) orang".
    public static func countInWords(_ value: Int, unit: String = "orang") -> String {
        "\(integer(value)) (\(Terbilang.words(value))) \(unit)"
    }

    /// Signed margin: "+24", "-3", "0".
    public static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
