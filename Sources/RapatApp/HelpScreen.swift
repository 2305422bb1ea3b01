import TerminalUI

/// The help screen, generated from `KeyMap.desk` so it can never disagree with the keys.
enum HelpScreen {
    /// The lines for `screen`: its bindings (and the global ones), then notes for that screen.
    static func lines(for screen: AppScreen) -> [(keys: String, text: String)] {
        var lines: [(String, String)] = KeyMap.desk.filter { $0.applies(on: screen) }.map { binding in
            // Upper/lower case of a letter are one key to the user; a letter bound in one case only is shown as
            // it is (on the document screen n and N are two keys).
            var keys: [String] = []
            let bothCases = Set(binding.keys.map { $0.label.lowercased() }).count < binding.keys.count
            for key in binding.keys where !keys.contains(where: { $0.lowercased() == key.label.lowercased() }) {
                if case .character = key, !bothCases { keys.append(key.label) } else { keys.append(key.label.uppercased()) }
            }
            return (keys.joined(separator: " / "), binding.help)
        }
        lines.append(("", ""))
        let notes = screen == .desk ? [
            "Pemindai kartu (barcode) cukup memindai: nomor terketik lalu Enter.",
            "Anggota yang keluar lalu memindai lagi tercatat kembali.",
            "Setiap catatan tersimpan permanen sebelum tampil di layar.",
        ] : [
            "Formulir: Enter tiap isian, ↑ kembali, Esc batal; tersimpan saat isian terakhir.",
        ]
        lines += notes.map { ("", $0) }
        return lines
    }

    /// Draws from line `scroll`; the last row says how to scroll or leave.
    static func draw(for screen: AppScreen, scroll: Int, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.frame(rect, title: "Bantuan — tombol layar \(screen.title.lowercased())")
        let inner = rect.inset(1)
        let all = lines(for: screen)
        let rows = max(1, inner.height - 1)
        let first = max(0, min(scroll, all.count - rows))
        var y = inner.y
        for (keys, text) in all.dropFirst(first).prefix(rows) {
            if keys.isEmpty {
                buffer.put(text, x: inner.x + 1, y: y, maxWidth: inner.width - 2)
            } else {
                buffer.put(CellWidth.pad(keys, to: 18), x: inner.x + 1, y: y, style: .bold)
                buffer.put(text, x: inner.x + 20, y: y, maxWidth: inner.width - 21)
            }
            y += 1
        }
        let more = first + rows < all.count
        let footer = (more ? "↓/PgDn lainnya · " : "") + (first > 0 ? "↑/PgUp kembali · " : "")
            + "tombol lain untuk menutup bantuan"
        buffer.put(footer, x: inner.x + 1, y: inner.maxY - 1, style: Style(color: .cyan), maxWidth: inner.width - 2)
    }
}
