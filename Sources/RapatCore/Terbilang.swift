import Foundation

/// Numbers in Indonesian words (terbilang), KBBI spellings: "miliar", "triliun", "satu juta" (DOMAIN §17).
public enum Terbilang {
    private static let units = [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas",
    ]
    private static let scales: [(Int, String)] = [
        (1_000_000_000_000, "triliun"), (1_000_000_000, "miliar"), (1_000_000, "juta"),
    ]

    /// `value` in lower-case words; negative numbers are prefixed with "minus".
    public static func words(_ value: Int) -> String {
        if value < 0 { return "minus " + words(-value) }
        if value == 0 { return "nol" }
        return below(value)
    }

    /// Title Case variant used on kuitansi ("Dua Ratus Lima Puluh Ribu").
    public static func titleCase(_ value: Int) -> String {
        words(value).split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    private static func below(_ n: Int) -> String {
        for (scale, name) in scales where n >= scale {
            return join(below(n / scale) + " " + name, n % scale)
        }
        if n >= 2000 { return join(below(n / 1000) + " ribu", n % 1000) }
        if n >= 1000 { return join("seribu", n - 1000) }
        if n >= 200 { return join(units[n / 100] + " ratus", n % 100) }
        if n >= 100 { return join("seratus", n - 100) }
        if n >= 20 { return join(units[n / 10] + " puluh", n % 10) }
        if n >= 12 { return units[n - 10] + " belas" }
        return units[n]
    }

    private static func join(_ head: String, _ rest: Int) -> String {
        rest == 0 ? head : head + " " + below(rest)
    }
}
