import TerminalUI

/// The help screen, generated from `KeyMap.desk` so it can never disagree with the keys.
enum HelpScreen {
    static func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.frame(rect, title: "Bantuan — tombol")
        let inner = rect.inset(1)
        var y = inner.y
        for binding in KeyMap.desk where y < inner.maxY {
            let screens = binding.screens.isEmpty ? "" : " (" + binding.screens.map(\.title).joined(separator: ", ") + ")"
            let keys = binding.keys.map(\.label).joined(separator: " / ")
            buffer.put(CellWidth.pad(keys, to: 18), x: inner.x + 1, y: y, style: .bold)
            buffer.put(binding.help + screens, x: inner.x + 20, y: y, maxWidth: inner.width - 21)
            y += 1
        }
        y += 1
        let notes = [
            "Pemindai kartu (barcode) cukup memindai: nomor terketik lalu Enter.",
            "Anggota yang keluar lalu memindai lagi tercatat kembali.",
            "Setiap catatan tersimpan permanen sebelum tampil di layar.",
            "Tekan sembarang tombol untuk kembali.",
        ]
        for note in notes where y < inner.maxY {
            buffer.put(note, x: inner.x + 1, y: y, maxWidth: inner.width - 2)
            y += 1
        }
    }
}
