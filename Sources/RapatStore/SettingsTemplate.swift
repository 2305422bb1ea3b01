import Foundation

/// The commented settings file `rapat init` writes: every key of DOMAIN §18 with its default.
enum SettingsTemplate {
    /// Without `ratNumber` the `rat_ke` line is a comment asking the secretary to fill it: until then the documents
    /// print RAT ke-1 and `rapat docs` warns.
    static func text(name: String, abbreviation: String, fiscalYear: Int, meetingDate: String, ratNumber: Int? = nil) -> String {
        let ratLine = ratNumber.map { "rat_ke = \($0)".padding(toLength: 30, withPad: " ", startingAt: 0) + "# RAT ke-N (rapat init --ke N)" }
            ?? "# rat_ke = 1                  # PERLU DIISI: RAT ke-berapa (hapus tanda # di depan); tanpa ini dokumen menulis RAT ke-1"
        return """
        # Pengaturan koperasi untuk Rapat (aplikasi Rapat Anggota Tahunan).
        # Sunting sesuai Anggaran Dasar / Anggaran Rumah Tangga (AD/ART) koperasi Anda.
        # Aturan di bawah dibekukan ke dalam berkas rapat saat registrasi (daftar hadir) dibuka;
        # perubahan setelah itu berlaku untuk rapat berikutnya.

        [koperasi]
        nama = \(quoted(name))
        singkatan = \(quoted(abbreviation))           # dipakai pada nomor dokumen, mis. 01/BA-RAT/KSP-MB/III/2026
        nomor_badan_hukum = ""        # mis. "518/389/BH/KPTS/DISKOPERINDAG/I/2015"
        tanggal_badan_hukum = ""      # mis. "2015-01-12"
        nik = ""                      # Nomor Induk Koperasi
        alamat = ""
        kota = ""

        [rapat]
        \(ratLine)
        tahun_buku = \(fiscalYear)
        tanggal = "\(meetingDate)"       # tanggal rapat (TTTT-BB-HH)
        nomor_urut_ba = 1             # nomor urut pada nomor berita acara, mis. 01/BA-RAT/KSP-MB/III/2026
        pukul_mulai = "09.00"         # jadwal mulai; datang sesudahnya (+ late_grace_minutes) = terlambat
        tempat = ""
        time_zone = "WIB"             # WIB, WITA, atau WIT
        cara_hadir = "luring"         # "luring" (tatap muka), "daring", atau "campuran"
        saksi = []                    # wakil anggota yang menandatangani berita acara (nama atau nomor anggota),
                                      # bukan pengurus atau pengawas, mis. ["Siti Aminah", "0042"]
        tamu_undangan = []            # undangan yang hadir (instansi/nama), mis. ["Dinas Koperasi dan UKM Kabupaten Bogor"]

        # Dasar (Mengingat) berita acara: UU Nomor 25 Tahun 1992 tentang Perkoperasian dan AD/ART selalu dicetak (pasalnya
        # bila diisi); SK pengurus dan undangan hanya bila diisi. Sesudah registrasi dibuka: ba_details (rapat apply).
        [dasar]
        pasal_ad = ""                 # pasal Anggaran Dasar tentang Rapat Anggota, mis. "Pasal 22"
        pasal_art = ""                # pasal Anggaran Rumah Tangga, mis. "Pasal 10"
        sk_pengurus_nomor = ""        # Keputusan Pengurus tentang penyelenggaraan RAT, mis. "05/SK/KSP-MB/II/2026"
        sk_pengurus_tanggal = ""      # TTTT-BB-HH
        undangan_nomor = ""           # nomor surat undangan RAT
        undangan_tanggal = ""         # TTTT-BB-HH (paling lambat invitation_min_days hari sebelum rapat)
        bahan_dibagikan = ""          # TTTT-BB-HH, tanggal bahan RAT dibagikan kepada anggota

        # Aturan dari AD/ART (spesifikasi domain §18). Nilai bawaan di sini berlaku bila AD/ART tidak mengatur.
        [aturan]
        rat_deadline_months = 6       # RAT paling lambat N bulan setelah tahun buku (UU 25/1992 Ps 26)
        invitation_min_days = 14      # undangan paling lambat N hari sebelum rapat
        materials_min_days = 7        # bahan RAT dibagikan paling lambat N hari sebelum rapat
        register_cutoff = "day_before_meeting"   # tutup buku daftar anggota: "day_before_meeting", "TTTT-BB-HH",
                                                 # atau "none"; anggota yang masuk sesudahnya hadir sebagai peninjau
                                                 # (tidak dihitung dalam N dan kuorum, tanpa hak suara)
        quorum_base = "registered_members"       # dasar N: "registered_members" atau "eligible_voters"
        quorum_rule = "more_than_half"           # "more_than_half" (⌊N/2⌋+1), "half_plus_one_literal" (⌈N/2+1⌉),
                                                 # atau "at_least p/q", mis. "at_least 1/5"
        quorum_article = ""           # pasal AD yang mengatur kuorum, mis. "Pasal 22 ayat (3)"
        quorum_check = "each_decision"           # atau "opening_only"
        quorum_wait_minutes = 30      # lama menunggu bila kuorum belum tercapai
        second_meeting_quorum = "same"           # "same", "none", atau "at_least p/q"
        chair_selection = "elected_by_members"   # atau "ketua_pengurus_per_AD"
        agenda_order_tatib_first = true
        majority_base = "valid_votes"            # "valid_votes", "votes_cast", atau "present_eligible"
        tie_motion = "rejected"                  # atau "chair_casting_vote" (hanya bila AD mengatur)
        tie_election = "revote_then_lot"         # atau "revote_then_musyawarah"
        tie_revotes = 1
        secret_for_persons = true
        proxies_allowed = false
        max_proxies_per_holder = 1
        proxies_count_to_quorum = false
        delegates_mode = "off"                   # "off", "perwakilan", atau "berjenjang"
        online_mode = "hybrid_allowed"           # "hybrid_allowed", "off", atau "online_only"
        arrears_policy = "vote"                  # "vote", "suspend_vote_keep_quorum", "suspend_vote_and_quorum"
        arrears_article = ""                     # pasal AD yang menangguhkan hak suara (wajib bila bukan "vote")
        recusal_policy = "record"                # atau "exclude"
        sitting_officer_candidacy = "refuse"     # pengurus yang menjabat dicalonkan pengawas (atau sebaliknya):
                                                 # "refuse" ditolak, atau "warn" dicatat dengan peringatan
        lain_lain_binding = false
        ba_member_witnesses = 2       # jumlah wakil anggota yang ikut menandatangani berita acara
        late_grace_minutes = 0        # toleransi keterlambatan (menit)

        # Kuorum dan persetujuan khusus per jenis keputusan (domain §7.6).
        [aturan.khusus.pembubaran]
        quorum = "at_least 3/4"
        approval = "2/3"

        [aturan.khusus.penggabungan]
        quorum = "at_least 3/4"
        approval = "2/3"

        [aturan.khusus.perubahan_ad]
        quorum = "at_least 2/3"
        approval = "2/3"


        # Pembagian SHU menurut AD/ART (spesifikasi domain §11). Persentase harus berjumlah tepat 100; tulis
        # sebagai teks dengan koma desimal ("2,5"). Peran: "cadangan" (dana cadangan, juga menerima selisih
        # pembulatan), "jasa_modal" (dibagi menurut simpanan), "jasa_usaha" (dibagi menurut transaksi), atau "lain".
        # Meja registrasi (rapat run): tampilan dan bunyi; bukan aturan AD/ART, boleh diubah kapan saja.
        [meja]
        nama_besar = false            # true: nama anggota yang terakhir hadir tampil dengan huruf besar (terbaca dari 2 m)
        bunyi_tolak = true            # bunyi (atau layar berkedip) saat pindaian ditolak; tidak berbunyi saat berhasil

        [shu]
        basis_simpanan = ["pokok", "wajib"]      # jenis simpanan untuk jasa modal; tambah "sukarela" bila AD mengatur
        basis_transaksi = []                     # unit yang dihitung untuk jasa usaha; kosong = semua unit
        pembulatan = 1                           # dibulatkan ke bawah ke Rp1, Rp100, atau Rp1.000
        selisih_pembulatan = "to_dana_cadangan"  # atau "largest_remainder"
        pembayaran = "tunai"                     # "tunai", "transfer", atau "simpanan"

        [[shu.komponen]]
        nama = "Dana cadangan"
        persen = "40"
        peran = "cadangan"

        [[shu.komponen]]
        nama = "Jasa modal anggota"
        persen = "20"
        peran = "jasa_modal"

        [[shu.komponen]]
        nama = "Jasa usaha anggota"
        persen = "25"
        peran = "jasa_usaha"

        [[shu.komponen]]
        nama = "Dana pengurus"
        persen = "4"
        peran = "lain"

        [[shu.komponen]]
        nama = "Dana pengawas"
        persen = "1"
        peran = "lain"

        [[shu.komponen]]
        nama = "Dana karyawan"
        persen = "4"
        peran = "lain"

        [[shu.komponen]]
        nama = "Dana pendidikan"
        persen = "2,5"
        peran = "lain"

        [[shu.komponen]]
        nama = "Dana sosial"
        persen = "2"
        peran = "lain"

        [[shu.komponen]]
        nama = "Dana pembangunan daerah kerja"
        persen = "1,5"
        peran = "lain"
        """
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
