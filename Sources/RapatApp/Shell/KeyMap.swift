import TerminalUI

/// The screens of the app; the attendance desk is always one key away.
public enum AppScreen: Hashable, Sendable, CaseIterable {
    case desk, agenda, decisions, shu, document, readiness, messages, presence

    public var title: String {
        switch self {
        case .desk: "Meja registrasi"
        case .agenda: "Acara"
        case .decisions: "Keputusan"
        case .shu: "SHU anggota"
        case .document: "Notulen dan rekap suara"
        case .readiness: "Siap berita acara?"
        case .messages: "Pesan"
        case .presence: "Daftar hadir dan belum hadir"
        }
    }
}

/// What a key asks the app to do.
public enum DeskIntent: Hashable, Sendable {
    case submit, markLeft, markReturned, voidCheckIn, openRegistration
    case selectPrevious, selectNext, clearInput, toggleHelp, quit
    case showDesk, showAgenda, switchScreen, openMeeting, declareQuorum, nextAgendaItem, postponeMeeting, toggleRecess
    case writeNote, writeDecision, previousField
    case enterPresidium, enterReport, enterQuestion, newQuestionRound, amendNote, answerQuorumLoss
    case proposeMotion, openElection, nominateCandidate, vote, closeVote, showDecisions, registerProxy
    case proposeShu, showShu, showDocument, pageUp, pageDown, withdrawLast
    case showReadiness, enterDocumentDetails, recordGuest
    case showMessages, closeMessages
    /// A cursor or deletion key for the text being typed (`TextField`).
    case editText
    case startSearch, nextMatch, previousMatch, showPresence, cycleStatusFilter, cycleUnitFilter
    case withdrawCandidate, amendAnswer
}

extension DeskIntent {
    /// Intents that lead to a command (hidden and refused in the members' review mode).
    static let writing: Set<DeskIntent> = [
        .markLeft, .markReturned, .voidCheckIn, .openRegistration, .openMeeting, .declareQuorum, .nextAgendaItem,
        .postponeMeeting, .toggleRecess, .writeNote, .writeDecision, .enterPresidium, .enterReport, .enterQuestion,
        .newQuestionRound, .amendNote, .answerQuorumLoss, .proposeMotion, .openElection, .nominateCandidate, .vote,
        .closeVote, .registerProxy, .proposeShu, .withdrawLast, .enterDocumentDetails,
        .recordGuest, .withdrawCandidate, .amendAnswer,
    ]
}

/// One row of the key map: the single source for key handling, the help bar and the help screen.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var intent: DeskIntent
    public var help: String
    /// Short label for the bottom bar; nil keeps it off the bar (still on the help screen).
    public var barLabel: String?
    /// The screens where the binding applies; empty means everywhere.
    public var screens: [AppScreen] = []

    public func applies(on screen: AppScreen) -> Bool { screens.isEmpty || screens.contains(screen) }
}

public enum KeyMap {
    public static let desk: [KeyBinding] = [
        KeyBinding(keys: [.enter], intent: .submit,
                   help: "Catat hadir anggota: nomor yang diketik/dipindai, atau nama yang dipilih; atau setujui isian",
                   barLabel: "Hadir", screens: [.desk]),
        KeyBinding(keys: [.function(3)], intent: .markLeft, help: "Catat anggota keluar ruangan", barLabel: "Keluar",
                   screens: [.desk]),
        KeyBinding(keys: [.function(4)], intent: .markReturned, help: "Catat anggota kembali ke ruangan",
                   barLabel: "Kembali", screens: [.desk]),
        KeyBinding(keys: [.function(8)], intent: .voidCheckIn,
                   help: "Batalkan kehadiran yang salah catat (dengan alasan; catatan lama tetap di jurnal)",
                   barLabel: "Batal", screens: [.desk]),
        KeyBinding(keys: [.function(2)], intent: .openRegistration,
                   help: "Buka daftar hadir: membekukan daftar anggota dan aturan kuorum (konfirmasi Enter)", barLabel: nil,
                   screens: [.desk]),
        KeyBinding(keys: [.control("t")], intent: .recordGuest,
                   help: "Catat tamu bukan anggota yang datang (undangan, peninjau, karyawan): nama, asal, peran; "
                       + "tercantum terpisah di daftar hadir, tidak dihitung dalam kuorum", barLabel: nil, screens: [.desk, .agenda]),
        KeyBinding(keys: [.up], intent: .selectPrevious, help: "Pilih nama sebelumnya dalam daftar", barLabel: nil,
                   screens: [.desk]),
        KeyBinding(keys: [.down], intent: .selectNext, help: "Pilih nama berikutnya dalam daftar", barLabel: nil,
                   screens: [.desk]),
        KeyBinding(keys: [.function(5)], intent: .showDesk, help: "Layar meja registrasi (daftar hadir)",
                   barLabel: "Hadir", screens: [.agenda]),
        KeyBinding(keys: [.function(6)], intent: .showAgenda, help: "Layar acara (susunan acara dan waktunya)",
                   barLabel: "Acara", screens: [.desk]),
        KeyBinding(keys: [.tab], intent: .switchScreen, help: "Berganti antara meja registrasi dan acara", barLabel: nil),
        KeyBinding(keys: [.function(7)], intent: .openMeeting,
                   help: "Buka rapat: catat siapa yang membuka; susunan acara dari berkasnya dimulai (konfirmasi Enter)",
                   barLabel: "Buka",
                   screens: [.agenda]),
        KeyBinding(keys: [.function(8)], intent: .declareQuorum,
                   help: "Umumkan kuorum: N, H, Q saat ini dicatat (konfirmasi Enter; tombol lain membatalkan)",
                   barLabel: "Kuorum", screens: [.agenda]),
        KeyBinding(keys: [.function(9)], intent: .nextAgendaItem,
                   help: "Pimpinan pindah ke acara berikutnya, atau menutup rapat pada acara penutupan (konfirmasi Enter)",
                   barLabel: "Lanjut",
                   screens: [.agenda]),
        KeyBinding(keys: [.function(2)], intent: .writeNote, help: "Catatan notulen pada acara saat ini",
                   barLabel: "Catatan", screens: [.agenda]),
        KeyBinding(keys: [.function(11)], intent: .writeDecision,
                   help: "Keputusan (mufakat/aklamasi) pada acara saat ini: isi keputusan, lalu pilih hasilnya",
                   barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.function(3)], intent: .toggleRecess,
                   help: "Skorsing (dengan alasan), atau cabut skorsing; kuorum diperiksa ulang saat dicabut (konfirmasi Enter)",
                   barLabel: "Skors", screens: [.agenda]),
        KeyBinding(keys: [.function(4)], intent: .postponeMeeting,
                   help: "Tunda rapat (DITUNDA) bila kuorum tetap kurang setelah waktu tunggu; dengan alasan",
                   barLabel: "Tunda", screens: [.agenda]),
        KeyBinding(keys: [.character("p"), .character("P")], intent: .enterPresidium,
                   help: "Catat pimpinan rapat (ketua, sekretaris, anggota, cara memilih) dan notulis", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("l"), .character("L")], intent: .enterReport,
                   help: "Catat laporan pengurus/pengawas: penyaji, ringkasan, angka pokok dalam Rupiah", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("t"), .character("T")], intent: .enterQuestion,
                   help: "Catat pertanyaan/tanggapan pandangan umum (anggota hadir atau undangan) dan jawabannya",
                   barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("n"), .character("N")], intent: .newQuestionRound,
                   help: "Mulai termin pertanyaan berikutnya (konfirmasi Enter)", barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("k"), .character("K")], intent: .amendNote,
                   help: "Koreksi catatan: perbaikan baru dengan alasan; catatan lama tetap ada", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("j"), .character("J")], intent: .amendAnswer,
                   help: "Koreksi jawaban pertanyaan pandangan umum (penjawab, jawaban, status) dengan alasan; yang lama "
                       + "tetap ada", barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("w"), .character("W")], intent: .withdrawLast,
                   help: "Batalkan catatan acara terakhir yang salah (kuorum, pindah acara, skorsing, termin, keputusan "
                       + "mufakat, usul, usulan SHU, pembukaan, penutupan) dengan alasan; catatan lama tetap ada",
                   barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("h"), .character("H")], intent: .answerQuorumLoss,
                   help: "Kuorum hilang: catat pilihan pimpinan (skors, lanjut tanpa keputusan, tunda sisa acara)",
                   barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("u"), .character("U")], intent: .proposeMotion,
                   help: "Ajukan usul (isi dan jenisnya; jenis menentukan kuorum dan suara khusus)", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("v"), .character("V")], intent: .vote,
                   help: "Pemungutan suara: buka untuk usul/pemilihan, atau masukkan suara/hitungan yang sedang berjalan "
                       + "(per nama: \"0012 s\" Enter, atau nomor lalu S/T/A; s setuju, t tidak setuju, a abstain)",
                   barLabel: "Suara", screens: [.agenda]),
        KeyBinding(keys: [.character("x"), .character("X")], intent: .closeVote,
                   help: "Tutup pemungutan suara dan tampilkan hasil beserta aturannya (konfirmasi Enter)", barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("e"), .character("E")], intent: .openElection,
                   help: "Buka pemilihan pengurus/pengawas (kursi dan masa jabatan)", barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("c"), .character("C")], intent: .nominateCandidate,
                   help: "Catat calon pemilihan (anggota biasa; tidak merangkap pengurus dan pengawas)", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("g"), .character("G")], intent: .withdrawCandidate,
                   help: "Tarik calon yang salah dicatat, sebelum pemungutan suara pemilihannya (alasan, konfirmasi "
                       + "Enter); pencalonan lama tetap ada", barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("s"), .character("S")], intent: .registerProxy,
                   help: "Surat kuasa: pemberi, penerima yang hadir, nomor surat (hanya bila AD membolehkan)", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("d"), .character("D")], intent: .showDecisions,
                   help: "Daftar keputusan bernomor dengan cara dan hitungan suaranya", barLabel: "Keputusan",
                   screens: [.agenda]),
        KeyBinding(keys: [.character("b"), .character("B")], intent: .proposeShu,
                   help: "Pembagian SHU: usulan (SHU tahun buku) lalu tabelnya; bila sudah ada, ubah persentase dengan alasan",
                   barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("i"), .character("I")], intent: .showShu,
                   help: "SHU anggota: cari nomor/nama, tampil simpanan, transaksi, jasa modal, jasa usaha, jumlah", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("o"), .character("O")], intent: .showDocument,
                   help: "Notulen dan rekap pemungutan suara sebagai teks, dengan pencarian", barLabel: "Notulen",
                   screens: [.agenda, .decisions]),
        KeyBinding(keys: [.character("a"), .character("A")], intent: .showReadiness,
                   help: "Siap berita acara? Daftar yang masih kurang (identitas, pimpinan, keputusan, pemungutan suara "
                       + "terbuka) dan formulir identitas berita acara", barLabel: "Siap BA", screens: [.agenda, .decisions]),
        KeyBinding(keys: [.enter], intent: .enterDocumentDetails,
                   help: "Isi atau koreksi identitas berita acara (nomor dan tanggal badan hukum, tempat, kota, saksi, dasar, …)",
                   barLabel: "Isi identitas", screens: [.readiness]),
        KeyBinding(keys: [.function(6), .escape], intent: .showAgenda, help: "Kembali ke layar acara", barLabel: "Acara",
                   screens: [.decisions, .shu, .document, .readiness]),
        KeyBinding(keys: [.function(5)], intent: .showDesk, help: "Layar meja registrasi (daftar hadir)",
                   barLabel: "Hadir", screens: [.decisions, .shu, .document, .readiness]),
        KeyBinding(keys: [.enter], intent: .submit, help: "Cari kata yang diketik; lalu hasil berikutnya (seperti n)",
                   barLabel: nil, screens: [.document]),
        KeyBinding(keys: [.pageUp], intent: .pageUp, help: "Halaman sebelumnya", barLabel: nil, screens: [.document, .decisions]),
        KeyBinding(keys: [.pageDown], intent: .pageDown, help: "Halaman berikutnya", barLabel: nil, screens: [.document, .decisions]),
        KeyBinding(keys: [.enter], intent: .submit, help: "Tampilkan SHU anggota yang diketik atau dipilih", barLabel: "Cari",
                   screens: [.shu]),
        KeyBinding(keys: [.up], intent: .selectPrevious, help: "Gulir ke atas / nama sebelumnya", barLabel: nil,
                   screens: [.decisions, .shu, .document, .readiness]),
        KeyBinding(keys: [.down], intent: .selectNext, help: "Gulir ke bawah / nama berikutnya", barLabel: nil,
                   screens: [.decisions, .shu, .document, .readiness]),
        KeyBinding(keys: [.enter], intent: .submit, help: "Setujui isian atau konfirmasi", barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.up], intent: .previousField, help: "Kembali ke isian sebelumnya pada formulir", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("/")], intent: .startSearch,
                   help: "Cari kata: ketik lalu Enter; Esc mengakhiri pencarian",
                   barLabel: "Cari", screens: [.document]),
        KeyBinding(keys: [.character("n")], intent: .nextMatch, help: "Hasil pencarian berikutnya", barLabel: nil,
                   screens: [.document]),
        KeyBinding(keys: [.character("N")], intent: .previousMatch, help: "Hasil pencarian sebelumnya", barLabel: nil,
                   screens: [.document]),
        KeyBinding(keys: [.control("k")], intent: .showPresence,
                   help: "Daftar hadir dan belum hadir (cari, saring, catat hadir)",
                   barLabel: "Daftar", screens: [.desk, .agenda]),
        KeyBinding(keys: [.enter], intent: .submit,
                   help: "Catat hadir anggota terpilih bila belum hadir",
                   barLabel: "Hadir", screens: [.presence]),
        KeyBinding(keys: [.function(2)], intent: .cycleStatusFilter,
                   help: "Saring menurut status; tekan lagi: status berikutnya", barLabel: "Status",
                   screens: [.presence]),
        KeyBinding(keys: [.function(3)], intent: .cycleUnitFilter, help: "Saring menurut unit; tekan lagi: unit berikutnya",
                   barLabel: "Unit", screens: [.presence]),
        KeyBinding(keys: [.up], intent: .selectPrevious, help: "Anggota sebelumnya", barLabel: nil, screens: [.presence]),
        KeyBinding(keys: [.down], intent: .selectNext, help: "Anggota berikutnya", barLabel: nil, screens: [.presence]),
        KeyBinding(keys: [.pageUp], intent: .pageUp, help: "Halaman sebelumnya", barLabel: nil, screens: [.presence]),
        KeyBinding(keys: [.pageDown], intent: .pageDown, help: "Halaman berikutnya", barLabel: nil, screens: [.presence]),
        KeyBinding(keys: [.function(5)], intent: .showDesk, help: "Layar meja registrasi", barLabel: "Meja",
                   screens: [.presence]),
        KeyBinding(keys: [.function(6)], intent: .showAgenda, help: "Layar acara", barLabel: "Acara", screens: [.presence]),
        // The message log: an F-key (and a Ctrl key for terminals that take F12), so typed text is never taken.
        KeyBinding(keys: [.up], intent: .selectPrevious, help: "Gulir ke pesan sebelumnya", barLabel: nil, screens: [.messages]),
        KeyBinding(keys: [.down], intent: .selectNext, help: "Gulir ke pesan berikutnya", barLabel: nil, screens: [.messages]),
        KeyBinding(keys: [.pageUp], intent: .pageUp, help: "Lima pesan ke atas", barLabel: nil, screens: [.messages]),
        KeyBinding(keys: [.pageDown], intent: .pageDown, help: "Lima pesan ke bawah", barLabel: nil, screens: [.messages]),
        KeyBinding(keys: [.escape, .function(12), .control("p")], intent: .closeMessages,
                   help: "Kembali ke layar sebelumnya (isian yang sedang diketik tetap ada)", barLabel: "Kembali",
                   screens: [.messages]),
        KeyBinding(keys: [.function(5)], intent: .showDesk, help: "Layar meja registrasi (daftar hadir)",
                   barLabel: "Hadir", screens: [.messages]),
        KeyBinding(keys: [.function(12), .control("p")], intent: .showMessages,
                   help: "Pesan: semua pesan sesi ini dengan jamnya, yang terbaru di bawah (juga yang terpotong di layar)",
                   barLabel: "Pesan"),
        KeyBinding(keys: [.escape], intent: .clearInput, help: "Kosongkan isian / batalkan", barLabel: nil),
        KeyBinding(keys: [.function(1), .character("?")], intent: .toggleHelp, help: "Tampilkan/tutup bantuan", barLabel: "Bantuan"),
        KeyBinding(keys: [.function(10), .control("c"), .control("q")], intent: .quit,
                   help: "Keluar dari aplikasi (semua catatan sudah tersimpan)", barLabel: "Selesai"),
    ] + editing

    /// The editing keys of whatever is being typed (search, prompt, form field); they act only while typing.
    static let editing: [KeyBinding] = [
        KeyBinding(keys: [.left, .right], intent: .editText, help: "Geser kursor dalam teks yang diketik", barLabel: nil,
                   screens: typingScreens),
        KeyBinding(keys: [.home, .control("a")], intent: .editText, help: "Kursor ke awal teks", barLabel: nil,
                   screens: typingScreens),
        KeyBinding(keys: [.end, .control("e")], intent: .editText, help: "Kursor ke akhir teks", barLabel: nil,
                   screens: typingScreens),
        KeyBinding(keys: [.backspace, .delete], intent: .editText, help: "Hapus huruf sebelum / sesudah kursor",
                   barLabel: nil, screens: typingScreens),
        KeyBinding(keys: [.control("w")], intent: .editText, help: "Hapus kata sebelum kursor", barLabel: nil,
                   screens: typingScreens),
        KeyBinding(keys: [.control("u")], intent: .editText, help: "Hapus dari awal teks sampai kursor", barLabel: nil,
                   screens: typingScreens),
    ]
    /// Where text is typed (on the agenda only in a prompt or form).
    static let typingScreens: [AppScreen] = [.desk, .agenda, .shu, .document]

    /// The intent bound to `key` on `screen`, if any. While the user is typing, letters are text, except `?`
    /// on an empty input line, which means help.
    public static func intent(for key: Key, on screen: AppScreen = .desk, typing: Bool, inputIsEmpty: Bool) -> DeskIntent? {
        if case .character = key, typing, !(key == .character("?") && inputIsEmpty) { return nil }
        return desk.first { $0.keys.contains(key) && $0.applies(on: screen) }?.intent
    }

    /// How the help writes the first key of `intent` ("F9", "P"): advice names the key that exists.
    public static func label(of intent: DeskIntent) -> String {
        guard let key = desk.first(where: { $0.intent == intent })?.keys.first else { return "" }
        let label = key.label
        return label.count == 1 ? label.uppercased() : label
    }

    /// The bar while a prompt or form takes text: how to go on, back, or out.
    public static let editingBar: [(key: String, label: String)] = [
        ("Enter", "Simpan/lanjut"), ("↑", "Isian sebelumnya"), ("Esc", "Batal"), ("F10", "Selesai"),
    ]

    /// The bar while a question waits for Enter: only Enter records, any other key cancels (the quit key too).
    public static let confirmBar: [(key: String, label: String)] = [
        ("Enter", "Ya, catat"), ("Tombol lain", "Batal"),
    ]

    /// "Enter Hadir  F3 Keluar  …" for the bottom bar of `screen`.
    public static func bar(for screen: AppScreen, showing relevant: (DeskIntent) -> Bool = { _ in true })
        -> [(key: String, label: String)] {
        desk.filter { $0.applies(on: screen) && relevant($0.intent) }
            .compactMap { binding in
                let label = binding.keys[0].label
                return binding.barLabel.map { (label.count == 1 ? label.uppercased() : label, $0) }
            }
    }
}
