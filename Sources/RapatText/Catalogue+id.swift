// The UI catalogue in Bahasa Indonesia: the UI's own language and the fallback for any missing key.
// One entry per key, grouped by feature; keep the sections in the same order in both files.
// Legal documents never use this catalogue: they stay Indonesian in either language.
extension Catalogue {
    public static let indonesian: KeyValuePairs<String, String> = [
        "language.name": "Bahasa Indonesia",

        // MARK: - core
        // END core


        // MARK: - store
        // END store


        // MARK: - keys
        // END keys


        // MARK: - shell
        // END shell


        // MARK: - flow
        "flow.review.nothingRecorded": "Mode lihat (baca saja): tidak ada yang dicatat.",
        "flow.review.keyRefused": "Mode lihat (baca saja): {key} tidak tersedia, tidak ada yang dicatat. F1 untuk tombol yang bisa dipakai.",
        "flow.confirm.cancelled": "Dibatalkan: tidak ada yang dicatat.",
        "flow.confirm.how": "Enter = ya, tombol lain = batal.",
        "flow.input.cancelled": "Dibatalkan.",
        "flow.quorum.valid": "SAH",
        "flow.quorum.notYet": "BELUM KUORUM",
        "flow.quorum.notMet": "KUORUM TIDAK TERPENUHI",
        "flow.quorum.invalidNotYet": "TIDAK SAH (belum kuorum)",
        "flow.desk.voidNeedsMember": "Ketik nomor atau nama anggota, lalu F8.",
        "flow.desk.voidAsk": "Batalkan kehadiran {name} ({number})? Ketik alasan lalu Enter; Esc = batal.",
        "flow.desk.registrationAlreadyOpen": "Registrasi sudah dibuka.",
        "flow.desk.openRegistrationAsk": "Buka daftar hadir sekarang? Daftar anggota ({registered} terdaftar) dan aturan kuorum dibekukan.",
        "flow.desk.guestBeforeRegistration": "Daftar hadir belum dibuka: {key} untuk membukanya.",
        "flow.desk.guestFinishFormFirst": "Selesaikan isian ini dulu, atau Esc untuk membatalkannya, lalu Ctrl-T.",
        "flow.desk.guestGuidance": "Tamu bukan anggota: nama, asal/instansi, peran. Tidak dihitung dalam kuorum; Esc = batal.",
        "flow.desk.typeNumberOrName": "Ketik atau pindai nomor anggota, atau ketik nama.",
        "flow.desk.guestSpeakerNeedsName": "Tulis nama undangan setelah \"u:\", mis. u: Dinas Koperasi.",
        "flow.desk.guestSpeakerSuffix": " (undangan)",
        "flow.agenda.alreadyOpened": "Rapat sudah dibuka.",
        "flow.agenda.openedByAsk": "Siapa yang membuka rapat? Ketik nama/jabatan lalu Enter; Esc = batal.",
        "flow.agenda.declareQuorumAsk": "Umumkan kuorum sekarang (N {registered}, H {present}, Q {required} — {verdict})?",
        "flow.agenda.motionOutcomeChoices": "Usul {motion} tanpa pemungutan suara. Hasil: 1 diterima · 2 diterima dengan catatan · 3 ditolak · A aklamasi; Esc = batal.",
        "flow.agenda.noteGuidance": "Ketik catatan lalu Enter; Esc = batal.",
        "flow.agenda.decisionGuidance": "Ketik isi keputusan lalu Enter, kemudian pilih hasilnya; Esc = batal.",
        "flow.agenda.resumeAsk": "Cabut skorsing sekarang? Kuorum diperiksa ulang: hadir {present}, wajib {required} — {verdict}.",
        "flow.agenda.notOpened": "Rapat belum dibuka.",
        "flow.agenda.recessAsk": "Skors rapat? Ketik alasan (mis. ishoma) lalu Enter; Esc = batal.",
        "flow.agenda.alreadyPostponed": "Rapat sudah ditunda.",
        "flow.agenda.postponeGuidance": "Tunda rapat? Isi alasan dan tanggal rapat berikutnya bila sudah ada; Esc = batal.",
        "flow.agenda.questionRoundAsk": "Buka pandangan umum termin {round} sekarang?",
        "flow.agenda.nothingToWithdraw": "Tidak ada catatan acara terakhir yang dapat dibatalkan (catatan notulen: K untuk koreksi; kehadiran: F8 di meja registrasi).",
        "flow.agenda.withdrawAsk": "Batalkan {what}? Ketik alasan lalu Enter; Esc = batal.",
        "flow.agenda.quorumNotLost": "Kuorum tidak hilang (hadir {present}, wajib {required}): tidak ada yang perlu dipilih.",
        "flow.agenda.quorumLossGuidance": "Kuorum hilang. Pilih: 1 skors, 2 lanjut tanpa keputusan, 3 tunda sisa acara.",
        "flow.agenda.presidiumGuidance": "Isi pimpinan rapat, Enter tiap isian; ↑ kembali; Esc = batal.",
        "flow.agenda.reportGuidance": "Isi laporan; angka pokok boleh dikosongkan (Enter).",
        "flow.agenda.questionGuidance": "Penanya: nomor/nama anggota yang hadir, atau \"u: Nama\" untuk undangan.",
        "flow.agenda.noNoteToAmend": "Belum ada catatan untuk dikoreksi (F2 untuk mencatat).",
        "flow.agenda.amendNoteGuidance": "Koreksi catatan nomor berapa? (catatan terakhir: {last})",
        "flow.agenda.alreadyClosed": "Rapat sudah ditutup.",
        "flow.agenda.closingGaps": "Berita acara belum lengkap: {gaps}.",
        "flow.agenda.closeAsk": "Tutup rapat sekarang (PENUTUPAN)?",
        "flow.agenda.nextItemAsk": "Pindah ke acara {number}. {title}?",
        "flow.agenda.recordNumber": "catatan nomor {number}",
        "flow.agenda.withdrawConfirm": "Catat: {what} dibatalkan: {reason}?",
        "flow.agenda.openConfirm": "Buka rapat sekarang, dibuka oleh {by}, dengan {items} acara?",
        "flow.agenda.noteConfirm": "Simpan catatan {number}: \"{text}\"?",
        "flow.agenda.decisionOutcomeChoices": "Hasil: 1 diterima · 2 diterima dengan catatan · 3 ditolak · A aklamasi (diterima); Esc = batal.",
        "flow.agenda.recessConfirm": "Skors rapat sekarang, alasan: {reason}?",
        "flow.agenda.decisionNoteGuidance": "Ketik catatannya lalu Enter; Esc = batal.",
        "flow.agenda.decisionNotes": ", catatan: {notes}",
        "flow.agenda.decisionConfirm": "Catat KEPUTUSAN NOMOR {number}: \"{text}\" — {outcome} secara {method}{notes}?",
        "flow.agenda.voteStillOpen": "Pemungutan suara putaran {round} tentang {about} masih terbuka: tutup dulu dengan X.",
        "flow.agenda.electionStillOpen": "Pemilihan {body} nomor {number} masih terbuka: tetapkan dulu hasilnya (V untuk pemungutan suara lalu X, atau aklamasi/undian).",
        "flow.ack.returned": "↩ KEMBALI {who}, {time}",
        "flow.ack.left": "← KELUAR {who}, {time}",
        "flow.ack.voided": "✖ DIBATALKAN kehadiran {who}: {reason}",
        "flow.ack.guest": "Tamu tercatat: {guest}, {role}, pukul {clock}. Tidak dihitung dalam kuorum.",
        "flow.ack.guestLog": "tamu: {guest} ({role})",
        "flow.ack.observer": "Hadir sebagai PENINJAU: {who}. Masuk {joined}, sesudah batas buku daftar anggota {cutoff}: tidak dihitung dalam kuorum dan tidak punya hak suara.",
        "flow.ack.notCounted": "Hadir: {who}. Sebagai {status} tidak dihitung dalam kuorum dan tidak punya hak suara.",
        "flow.ack.present": "✔ HADIR {who}, {time}",
        "flow.ack.registrationOpened": "Daftar hadir dibuka {time}; daftar anggota ({registered} orang) dan aturan kuorum dibekukan.",
        "flow.ack.registerCutoff": "Batas buku daftar anggota {cutoff}",
        "flow.ack.observersAfterCutoff": ": {observers} anggota yang masuk sesudahnya hadir sebagai peninjau.",
        "flow.ack.meetingOpened": "Rapat dibuka {time} oleh {by}.",
        "flow.ack.itemStarted": "Acara {number}. {title} dimulai {time}.",
        "flow.ack.quorumDeclared": "Kuorum {time}: terdaftar {registered}, hadir {present}, wajib {required} — {verdict}.",
        "flow.ack.meetingClosed": "Rapat DITUTUP {time}. Notulen: `rapat notulen`.",
        "flow.ack.recessStarted": "Rapat DISKORS {time}: {reason}.",
        "flow.ack.recessEnded": "Skorsing dicabut {time}; hadir {present}, wajib {required} — {verdict}.",
        "flow.ack.restPostponed": "ACARA YANG TERSISA DITUNDA {time}: {reason}. Cetak berita acara penundaan dengan `rapat penundaan`.",
        "flow.ack.meetingPostponed": "RAPAT DITUNDA {time}: {reason}. Cetak berita acara penundaan dengan `rapat penundaan`.",
        "flow.ack.note": "Catatan {number} tersimpan {time}",
        "flow.ack.noteAmends": " (perbaikan catatan {amends}).",
        "flow.ack.decision": "KEPUTUSAN NOMOR {number}: {outcome} secara {method} (hadir {present}).",
        "flow.ack.presidium": "Pimpinan rapat tercatat: Ketua {chair}, Sekretaris {secretary} ({selection}); notulis {notetaker}.",
        "flow.ack.report": "{report} oleh {presenter} tercatat {time} ({figures} angka pokok).",
        "flow.ack.questionRound": "Pandangan umum termin {round} dibuka.",
        "flow.ack.question": "Pertanyaan {number} (termin {round}) tercatat: {status}.",
        "flow.ack.answerAmended": "Jawaban pertanyaan {question} diperbaiki ({reason}): {status}.",
        "flow.ack.shuProposed": "Usulan pembagian SHU tercatat: SHU {surplus}. U lalu F11 atau V untuk mengesahkan; B untuk mengubah persen.",
        "flow.ack.shuAmended": "Persentase SHU diubah: {reason}.",
        "flow.ack.shuApproved": "Pembagian SHU DISAHKAN (keputusan nomor {decision}). I untuk SHU anggota.",
        "flow.ack.quorumLossAnswered": "Pilihan pimpinan tercatat: {choice} (hadir {present}, wajib {required}).",
        "flow.ack.withdrawn": "DIBATALKAN: {line}. Catatan lama tetap di jurnal dan notulen.",
        "flow.ack.documentDetailsAmended": "Identitas berita acara dikoreksi: {fields}. Isian lama tetap di jurnal.",
        // END flow


        // MARK: - desk
        // END desk


        // MARK: - agenda
        // END agenda


        // MARK: - voting
        // END voting


        // MARK: - shu
        // END shu


        // MARK: - documents
        // END documents


        // MARK: - review
        // END review


        // MARK: - messages
        // END messages


        // MARK: - cli
        // END cli


    ]
}
