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
        "keys.help.submit": "Catat hadir anggota: nomor yang diketik/dipindai, atau nama yang dipilih; atau setujui isian",
        "keys.bar.submit": "Hadir",
        "keys.help.markLeft": "Catat anggota keluar ruangan",
        "keys.bar.markLeft": "Keluar",
        "keys.help.markReturned": "Catat anggota kembali ke ruangan",
        "keys.bar.markReturned": "Kembali",
        "keys.help.voidCheckIn": "Batalkan kehadiran yang salah catat (dengan alasan; catatan lama tetap di jurnal)",
        "keys.bar.voidCheckIn": "Batal",
        "keys.help.openRegistration": "Buka daftar hadir: membekukan daftar anggota dan aturan kuorum (konfirmasi Enter)",
        "keys.help.recordGuest": "Catat tamu bukan anggota yang datang (undangan, peninjau, karyawan): nama, asal, peran; tercantum terpisah di daftar hadir, tidak dihitung dalam kuorum",
        "keys.help.selectPrevious": "Pilih nama sebelumnya dalam daftar",
        "keys.help.selectNext": "Pilih nama berikutnya dalam daftar",
        "keys.help.showDesk": "Layar meja registrasi (daftar hadir)",
        "keys.bar.showDesk": "Hadir",
        "keys.help.showAgenda": "Layar acara (susunan acara dan waktunya)",
        "keys.bar.showAgenda": "Acara",
        "keys.help.switchScreen": "Berganti antara meja registrasi dan acara",
        "keys.help.openMeeting": "Buka rapat: catat siapa yang membuka; susunan acara dari berkasnya dimulai (konfirmasi Enter)",
        "keys.bar.openMeeting": "Buka",
        "keys.help.declareQuorum": "Umumkan kuorum: N, H, Q saat ini dicatat (konfirmasi Enter; tombol lain membatalkan)",
        "keys.bar.declareQuorum": "Kuorum",
        "keys.help.nextAgendaItem": "Pimpinan pindah ke acara berikutnya, atau menutup rapat pada acara penutupan (konfirmasi Enter)",
        "keys.bar.nextAgendaItem": "Lanjut",
        "keys.help.writeNote": "Catatan notulen pada acara saat ini",
        "keys.bar.writeNote": "Catatan",
        "keys.help.writeDecision": "Keputusan (mufakat/aklamasi) pada acara saat ini: isi keputusan, lalu pilih hasilnya",
        "keys.help.toggleRecess": "Skorsing (dengan alasan), atau cabut skorsing; kuorum diperiksa ulang saat dicabut (konfirmasi Enter)",
        "keys.bar.toggleRecess": "Skors",
        "keys.help.postponeMeeting": "Tunda rapat (DITUNDA) bila kuorum tetap kurang setelah waktu tunggu; dengan alasan",
        "keys.bar.postponeMeeting": "Tunda",
        "keys.help.enterPresidium": "Catat pimpinan rapat (ketua, sekretaris, anggota, cara memilih) dan notulis",
        "keys.help.enterReport": "Catat laporan pengurus/pengawas: penyaji, ringkasan, angka pokok dalam Rupiah",
        "keys.help.enterQuestion": "Catat pertanyaan/tanggapan pandangan umum (anggota hadir atau undangan) dan jawabannya",
        "keys.help.newQuestionRound": "Mulai termin pertanyaan berikutnya (konfirmasi Enter)",
        "keys.help.amendNote": "Koreksi catatan: perbaikan baru dengan alasan; catatan lama tetap ada",
        "keys.help.amendAnswer": "Koreksi jawaban pertanyaan pandangan umum (penjawab, jawaban, status) dengan alasan; yang lama tetap ada",
        "keys.help.withdrawLast": "Batalkan catatan acara terakhir yang salah (kuorum, pindah acara, skorsing, termin, keputusan mufakat, usul, usulan SHU, pembukaan, penutupan) dengan alasan; catatan lama tetap ada",
        "keys.help.answerQuorumLoss": "Kuorum hilang: catat pilihan pimpinan (skors, lanjut tanpa keputusan, tunda sisa acara)",
        "keys.help.proposeMotion": "Ajukan usul (isi dan jenisnya; jenis menentukan kuorum dan suara khusus)",
        "keys.help.vote": "Pemungutan suara: buka untuk usul/pemilihan, atau masukkan suara/hitungan yang sedang berjalan (per nama: \"0012 s\" Enter, atau nomor lalu S/T/A; s setuju, t tidak setuju, a abstain)",
        "keys.bar.vote": "Suara",
        "keys.help.closeVote": "Tutup pemungutan suara dan tampilkan hasil beserta aturannya (konfirmasi Enter)",
        "keys.help.openElection": "Buka pemilihan pengurus/pengawas (kursi dan masa jabatan)",
        "keys.help.nominateCandidate": "Catat calon pemilihan (anggota biasa; tidak merangkap pengurus dan pengawas)",
        "keys.help.withdrawCandidate": "Tarik calon yang salah dicatat, sebelum pemungutan suara pemilihannya (alasan, konfirmasi Enter); pencalonan lama tetap ada",
        "keys.help.registerProxy": "Surat kuasa: pemberi, penerima yang hadir, nomor surat (hanya bila AD membolehkan)",
        "keys.help.showDecisions": "Daftar keputusan bernomor dengan cara dan hitungan suaranya",
        "keys.bar.showDecisions": "Keputusan",
        "keys.help.proposeShu": "Pembagian SHU: usulan (SHU tahun buku) lalu tabelnya; bila sudah ada, ubah persentase dengan alasan",
        "keys.help.showShu": "SHU anggota: cari nomor/nama, tampil simpanan, transaksi, jasa modal, jasa usaha, jumlah",
        "keys.help.showDocument": "Notulen dan rekap pemungutan suara sebagai teks, dengan pencarian",
        "keys.bar.showDocument": "Notulen",
        "keys.help.showReadiness": "Siap berita acara? Daftar yang masih kurang (identitas, pimpinan, keputusan, pemungutan suara terbuka) dan formulir identitas berita acara",
        "keys.bar.showReadiness": "Siap BA",
        "keys.help.enterDocumentDetails": "Isi atau koreksi identitas berita acara (nomor dan tanggal badan hukum, tempat, kota, saksi, dasar, …)",
        "keys.bar.enterDocumentDetails": "Isi identitas",
        "keys.help.showAgenda.decisions": "Kembali ke layar acara",
        "keys.help.submit.document": "Cari kata yang diketik; lalu hasil berikutnya (seperti n)",
        "keys.help.pageUp": "Halaman sebelumnya",
        "keys.help.pageDown": "Halaman berikutnya",
        "keys.help.submit.shu": "Tampilkan SHU anggota yang diketik atau dipilih",
        "keys.bar.submit.shu": "Cari",
        "keys.help.selectPrevious.decisions": "Gulir ke atas / nama sebelumnya",
        "keys.help.selectNext.decisions": "Gulir ke bawah / nama berikutnya",
        "keys.help.submit.agenda": "Setujui isian atau konfirmasi",
        "keys.help.previousField": "Kembali ke isian sebelumnya pada formulir",
        "keys.help.startSearch": "Cari kata: ketik lalu Enter; Esc mengakhiri pencarian",
        "keys.bar.startSearch": "Cari",
        "keys.help.nextMatch": "Hasil pencarian berikutnya",
        "keys.help.previousMatch": "Hasil pencarian sebelumnya",
        "keys.help.showPresence": "Daftar hadir dan belum hadir (cari, saring, catat hadir)",
        "keys.bar.showPresence": "Daftar",
        "keys.help.submit.presence": "Catat hadir anggota terpilih bila belum hadir",
        "keys.help.cycleStatusFilter": "Saring menurut status; tekan lagi: status berikutnya",
        "keys.bar.cycleStatusFilter": "Status",
        "keys.help.cycleUnitFilter": "Saring menurut unit; tekan lagi: unit berikutnya",
        "keys.bar.cycleUnitFilter": "Unit",
        "keys.help.selectPrevious.presence": "Anggota sebelumnya",
        "keys.help.selectNext.presence": "Anggota berikutnya",
        "keys.help.showDesk.presence": "Layar meja registrasi",
        "keys.bar.showDesk.presence": "Meja",
        "keys.help.showAgenda.presence": "Layar acara",
        "keys.help.selectPrevious.messages": "Gulir ke pesan sebelumnya",
        "keys.help.selectNext.messages": "Gulir ke pesan berikutnya",
        "keys.help.pageUp.messages": "Lima pesan ke atas",
        "keys.help.pageDown.messages": "Lima pesan ke bawah",
        "keys.help.closeMessages": "Kembali ke layar sebelumnya (isian yang sedang diketik tetap ada)",
        "keys.bar.closeMessages": "Kembali",
        "keys.help.showMessages": "Pesan: semua pesan sesi ini dengan jamnya, yang terbaru di bawah (juga yang terpotong di layar)",
        "keys.bar.showMessages": "Pesan",
        "keys.help.clearInput": "Kosongkan isian / batalkan",
        "keys.help.toggleHelp": "Tampilkan/tutup bantuan",
        "keys.bar.toggleHelp": "Bantuan",
        "keys.help.quit": "Keluar dari aplikasi (semua catatan sudah tersimpan)",
        "keys.bar.quit": "Selesai",
        "keys.help.edit.move": "Geser kursor dalam teks yang diketik",
        "keys.help.edit.home": "Kursor ke awal teks",
        "keys.help.edit.end": "Kursor ke akhir teks",
        "keys.help.edit.delete": "Hapus huruf sebelum / sesudah kursor",
        "keys.help.edit.deleteWord": "Hapus kata sebelum kursor",
        "keys.help.edit.deleteToStart": "Hapus dari awal teks sampai kursor",
        "keys.screen.desk": "Meja registrasi",
        "keys.screen.agenda": "Acara",
        "keys.screen.decisions": "Keputusan",
        "keys.screen.shu": "SHU anggota",
        "keys.screen.document": "Notulen dan rekap suara",
        "keys.screen.readiness": "Siap berita acara?",
        "keys.screen.messages": "Pesan",
        "keys.screen.presence": "Daftar hadir dan belum hadir",
        "keys.editing.save": "Simpan/lanjut",
        "keys.editing.previous": "Isian sebelumnya",
        "keys.editing.cancel": "Batal",
        "keys.confirm.yes": "Ya, catat",
        "keys.confirm.otherKey": "Tombol lain",
        "keys.helpScreen.title": "Bantuan — tombol layar {screen}",
        "keys.helpScreen.note.readOnly": "Mode lihat (baca saja): tombol yang mencatat ditolak; layar diperbarui bila meja lain mencatat.",
        "keys.helpScreen.note.scanner": "Pemindai kartu (barcode) cukup memindai: nomor terketik lalu Enter.",
        "keys.helpScreen.note.rescan": "Anggota yang keluar lalu memindai lagi tercatat kembali.",
        "keys.helpScreen.note.durable": "Setiap catatan tersimpan permanen sebelum tampil di layar.",
        "keys.helpScreen.note.messages": "Pesan yang terlalu panjang untuk layarnya tampil utuh di sini. Yang terbaru di bawah.",
        "keys.helpScreen.note.form": "Formulir: Enter tiap isian, ↑ kembali, Esc batal; tersimpan saat isian terakhir.",
        "keys.helpScreen.more": "↓/PgDn lainnya · ",
        "keys.helpScreen.back": "↑/PgUp kembali · ",
        "keys.helpScreen.close": "tombol lain untuk menutup bantuan",
        // END keys


        // MARK: - shell
        "shell.prompt.search": "Nomor / nama: ",
        "shell.prompt.voidReason": "Alasan batal: ",
        "shell.prompt.openedBy": "Dibuka oleh: ",
        "shell.prompt.withdrawReason": "Alasan pembatalan: ",
        "shell.prompt.recessReason": "Alasan skors: ",
        "shell.prompt.note": "Catatan: ",
        "shell.prompt.decision": "Keputusan: ",
        "shell.prompt.decisionNote": "Catatan keputusan: ",
        "shell.clockStep": "Jam komputer {observed}, lebih awal dari catatan terakhir {last}: waktu dicatat sesudah catatan terakhir sampai jamnya menyusul.",
        "shell.review.updated": "Diperbarui: {count} peristiwa baru. {verification}",
        "shell.notSaved": "TIDAK TERSIMPAN: {reason}",
        "shell.form.choiceDefault": " (Enter = {n})",
        "shell.form.hint.rupiah": "Contoh: Rp1.250.000,00 atau 1250000; kosongkan bila tidak ada.",
        "shell.form.hint.speaker": "Nomor atau nama anggota yang hadir; undangan: tulis \"u: Nama\".",
        "shell.form.hint.number": "Tulis angka, mis. 3.",
        "shell.form.hint.count": "Tulis jumlah (0 atau lebih).",
        "shell.form.hint.member": "Nomor anggota (pindai kartu) atau nama.",
        "shell.form.hint.percentage": "Persen, paling banyak dua desimal, mis. 2,5.",
        "shell.form.hint.date": "Tanggal rapat berikutnya, mis. 2026-04-04; kosongkan bila belum tahu.",
        "shell.form.hint.required": "Wajib diisi.",
        "shell.form.hint.optional": "Boleh dikosongkan.",
        "shell.form.required": "{field} wajib diisi.",
        "shell.form.choice": "Pilih angka 1 sampai {count} untuk {field}.",
        "shell.form.rupiahRequired": "{field} wajib diisi, mis. Rp150.000.000,00.",
        "shell.form.fieldError": "{field}: {reason}",
        "shell.form.notNegative": "{field} tidak boleh negatif.",
        "shell.form.number": "{field}: tulis angka, mis. 3.",
        "shell.form.percentage": "{field}: tulis persen seperti 2,5.",
        "shell.form.count": "{field}: tulis jumlah 0 atau lebih.",
        "shell.form.date": "Tanggal \"{date}\" tidak dikenal: tulis seperti 2026-04-04.",
        // END shell


        // MARK: - flow
        // END flow


        // MARK: - desk
        "desk.tooSmall": "Layar terlalu kecil",
        "desk.tooSmall.size": "{width}×{height}; perbesar",
        "desk.tooSmall.minimum": "ke minimal 80×24",
        "desk.header.review": " LIHAT (baca saja)",
        "desk.header.live": " RAPAT",
        "desk.quorum.met": "SAH",
        "desk.quorum.notMet": "BELUM KUORUM",
        "desk.quorum.lost": "KUORUM HILANG",
        "desk.rosterMissing": "Daftar anggota belum diimpor:",
        "desk.notOpen": "Registrasi belum dibuka. Daftar anggota: {count} orang{source} Tekan F2 untuk membuka daftar hadir; daftar anggota dan aturan kuorum lalu dibekukan.",
        "desk.notOpen.source": " ({source}).",
        "desk.recent": "Catatan terakhir:",
        "desk.recent.empty": "Belum ada. Pindai kartu anggota atau ketik nomor/nama.",
        "desk.results.moreThan": "Lebih dari {count}",
        "desk.results.none": "Tidak ada yang cocok.",
        "desk.results.count": "{count} cocok (↑↓ pilih, Enter hadir):",
        "desk.panel.title": "Kuorum",
        "desk.panel.titlePreview": "Kuorum (pratinjau)",
        "desk.panel.registered": "Terdaftar (N)",
        "desk.panel.present": "Hadir kini (H)",
        "desk.panel.required": "Wajib hadir (Q)",
        "desk.panel.margin": "Selisih (H−Q)",
        "desk.panel.notOpen": "Registrasi belum dibuka (F2)",
        "desk.panel.gender": "Laki-laki {male} · Perempuan {female}",
        "desk.panel.kinds": "luar biasa/calon",
        "desk.panel.kindsObservers": "luar biasa/calon/peninjau",
        "desk.panel.notCounted": "Tidak dihitung: {count} ({kinds})",
        "desk.panel.byUnit": "Per unit (hadir/terdaftar):",
        "desk.panel.moreUnits": "… dan {count} unit lain",
        "desk.rule.moreThanHalf": "lebih dari 1/2",
        "desk.rule.halfPlusOne": "1/2 + 1 (harfiah)",
        "desk.rule.atLeast": "sekurang-kurangnya {p}/{q}",
        "desk.attendee.regular": "anggota biasa",
        "desk.attendee.associate": "anggota luar biasa",
        "desk.attendee.candidate": "calon anggota",
        "desk.attendee.observer": "peninjau",
        "desk.presence.present": "hadir",
        "desk.presence.left": "keluar ruangan",
        "desk.presence.absent": "belum hadir",
        "desk.presence.notCounted": "tidak dihitung",
        "desk.presence.all": "semua",
        "desk.presence.filters": "Status: {status} (F2) · Unit: {unit} (F3) · tampil {count}",
        "desk.presence.search": "Cari nomor/nama: ",
        "desk.presence.hint": "Ketik nomor atau nama untuk mencari. Enter pada anggota yang belum hadir mencatat hadirnya.",
        "desk.presence.column.number": "Nomor",
        "desk.presence.column.name": "Nama",
        "desk.presence.column.unit": "Unit",
        "desk.presence.column.status": "Status",
        "desk.presence.noneFiltered": "Tidak ada anggota dengan status dan unit ini.",
        "desk.presence.noMatch": "Tidak ada yang cocok dengan \"{input}\".",
        "desk.presence.position": "{first}–{last} dari {count}",
        "desk.presence.hint.move": " · ↑↓ PgUp PgDn pilih",
        "desk.presence.hint.enter": " · Enter: catat hadir bila belum",
        "desk.presence.counts": "Hadir {present} · Keluar ruangan {left} · Belum hadir {absent} · Tidak dihitung {notCounted} · Semua {total}",
        "desk.presence.countsShort": "Hadir {present} · Keluar {left} · Belum {absent} · Tdk dihitung {notCounted} · Semua {total}",
        "desk.presence.emptyList": "Daftar kosong.",
        "desk.presence.absentClosed": "{who} belum hadir. Daftar hadir belum dibuka: F2 di meja registrasi.",
        "desk.presence.since": " sejak {time}",
        "desk.presence.isPresent": "{who} hadir{since}, dihitung dalam kuorum.",
        "desk.presence.at": " pukul {time}",
        "desk.presence.isLeft": "{who} keluar ruangan{at}. Bila sudah kembali: F4 di meja registrasi.",
        "desk.presence.isNotCounted": "{who} hadir sebagai {kind}: tidak dihitung dalam kuorum dan tidak punya hak suara.",
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
        "review.found": "Ditemukan di baris {line} dari {count}.",
        "review.notFound": "\"{text}\" tidak ditemukan.",
        "review.absent": "{name} ({number}) tidak hadir.",
        "review.stillPresent": "selesai",
        "review.present": "{name} ({number}) hadir {intervals} {zone}.",
        // END review


        // MARK: - messages
        "messages.overflow": "… selengkapnya: {key} Pesan",
        "messages.empty": "Belum ada pesan pada sesi ini.",
        "messages.back": "Esc kembali",
        "messages.range": "Pesan {first}–{last} dari {count}",
        "messages.earlier": "↑ PgUp lebih awal",
        "messages.later": "↓ PgDn lebih baru",
        "messages.core.command": "perintah {command}",
        "messages.core.withCommand": "dengan {command}",
        "messages.core.key": "tombol {key}",
        "messages.core.withKey": "dengan tombol {key}",
        // END messages


        // MARK: - cli
        // END cli


    ]
}
