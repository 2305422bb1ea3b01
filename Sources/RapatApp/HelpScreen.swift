import TerminalUI

/// The help screen, generated from `KeyMap.desk` so it can never disagree with the keys.
enum HelpScreen {
    /// The bindings of `screen` (and the global ones), with notes for that screen.
    static func draw(for screen: AppScreen, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.frame(rect, title: "Bantuan — tombol layar \(screen.title.lowercased())")
        let inner = rect.inset(1)
        var y = inner.y
        for binding in KeyMap.desk where binding.applies(on: screen) && y < inner.maxY {
            let screens = ""
            // Upper/lower case of a letter are one key to the user.
            var keys: [String] = []
            for key in binding.keys where !keys.contains(where: { $0.lowercased() == key.label.lowercased() }) {
                keys.append(key.label.uppercased() == key.label.lowercased() ? key.label : key.label.uppercased())
            }
            let keysText = keys.joined(separator: " / ")
            buffer.put(CellWidth.pad(keysText, to: 18), x: inner.x + 1, y: y, style: .bold)
            buffer.put(binding.help + screens, x: inner.x + 20, y: y, maxWidth: inner.width - 21)
            y += 1
        }
        y += 1
        let notes = screen == .desk ? [
            "Pemindai kartu (barcode) cukup memindai: nomor terketik lalu Enter.",
            "Anggota yang keluar lalu memindai lagi tercatat kembali.",
            "Setiap catatan tersimpan permanen sebelum tampil di layar.",
            "Tekan sembarang tombol untuk kembali.",
        ] : [
            "Formulir: Enter tiap isian, ↑ kembali, Esc batal; tersimpan saat isian terakhir.",
            "Tekan sembarang tombol untuk kembali.",
        ]
        for note in notes where y < inner.maxY {
            buffer.put(note, x: inner.x + 1, y: y, maxWidth: inner.width - 2)
            y += 1
        }
    }
}
