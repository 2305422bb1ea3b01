import TerminalUI

/// What a key asks the desk to do.
public enum DeskIntent: Hashable, Sendable {
    case submit, markLeft, markReturned, voidCheckIn, openRegistration
    case selectPrevious, selectNext, clearInput, toggleHelp, quit
}

/// One row of the key map: the single source for key handling, the help bar and the help screen.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var intent: DeskIntent
    public var help: String
    /// Short label for the bottom bar; nil keeps it off the bar (still on the help screen).
    public var barLabel: String?
}

public enum KeyMap {
    public static let desk: [KeyBinding] = [
        KeyBinding(keys: [.enter], intent: .submit,
                   help: "Catat hadir anggota: nomor yang diketik/dipindai, atau nama yang dipilih", barLabel: "Hadir"),
        KeyBinding(keys: [.function(3)], intent: .markLeft, help: "Catat anggota keluar ruangan", barLabel: "Keluar"),
        KeyBinding(keys: [.function(4)], intent: .markReturned, help: "Catat anggota kembali ke ruangan", barLabel: "Kembali"),
        KeyBinding(keys: [.function(8)], intent: .voidCheckIn,
                   help: "Batalkan kehadiran yang salah catat (dengan alasan; catatan lama tetap di jurnal)", barLabel: "Batal"),
        KeyBinding(keys: [.function(2)], intent: .openRegistration,
                   help: "Buka daftar hadir: membekukan daftar anggota dan aturan kuorum", barLabel: nil),
        KeyBinding(keys: [.up], intent: .selectPrevious, help: "Pilih nama sebelumnya dalam daftar", barLabel: nil),
        KeyBinding(keys: [.down], intent: .selectNext, help: "Pilih nama berikutnya dalam daftar", barLabel: nil),
        KeyBinding(keys: [.escape], intent: .clearInput, help: "Kosongkan isian / batalkan", barLabel: nil),
        KeyBinding(keys: [.function(1), .character("?")], intent: .toggleHelp, help: "Tampilkan/tutup bantuan", barLabel: "Bantuan"),
        KeyBinding(keys: [.function(10), .control("c"), .control("q")], intent: .quit,
                   help: "Keluar dari aplikasi (semua catatan sudah tersimpan)", barLabel: "Keluar app"),
    ]

    /// The intent bound to `key`, if any. `?` only means help when the input line is empty.
    public static func intent(for key: Key, inputIsEmpty: Bool) -> DeskIntent? {
        if key == .character("?"), !inputIsEmpty { return nil }
        return desk.first { $0.keys.contains(key) }?.intent
    }

    /// "Enter Hadir  F3 Keluar  …" for the bottom bar.
    public static var bar: [(key: String, label: String)] {
        desk.compactMap { binding in binding.barLabel.map { (binding.keys[0].label, $0) } }
    }
}
