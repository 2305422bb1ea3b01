import Foundation

/// The default susunan acara that `rapat init` writes. Identical to `templates/susunan-acara.toml`
/// (a test keeps them equal), embedded so an installed binary does not need the source tree.
enum AgendaTemplate {
    static let text = """
# Susunan acara Rapat Anggota Tahunan (RAT) — bawaan Rapat (spesifikasi domain §6.2).
#
# Salin berkas ini ke folder rapat Anda (rapat init melakukannya) lalu sunting: tambah, hapus, atau ubah urutan
# blok [[acara]]. `jenis` menentukan cara aplikasi memandu pimpinan rapat; `judul` adalah teks yang dibacakan
# dan dicetak (boleh diubah). Jenis yang dikenal:
#   pembukaan, pemeriksaan_kuorum, pimpinan_rapat, pengesahan_acara_tatib, laporan_pengurus, laporan_pengawas,
#   pandangan_umum, pengesahan_laporan, penetapan_shu, rk_rapb, pemilihan, lain_lain, pembacaan_keputusan,
#   penutupan, umum (acara lain apa pun).
# Urutan "pimpinan_rapat" dan "pengesahan_acara_tatib" mengikuti agenda_order_tatib_first di koperasi.toml.

[[acara]]
jenis = "pembukaan"
judul = "Pembukaan (Indonesia Raya, doa, sambutan)"

[[acara]]
jenis = "pemeriksaan_kuorum"
judul = "Pemeriksaan kuorum"

[[acara]]
jenis = "pengesahan_acara_tatib"
judul = "Pengesahan acara dan tata tertib rapat"

[[acara]]
jenis = "pimpinan_rapat"
judul = "Pemilihan pimpinan rapat"

[[acara]]
jenis = "laporan_pengurus"
judul = "Laporan pertanggungjawaban pengurus"

[[acara]]
jenis = "laporan_pengawas"
judul = "Laporan hasil pengawasan"

[[acara]]
jenis = "pandangan_umum"
judul = "Pandangan umum anggota"

[[acara]]
jenis = "pengesahan_laporan"
judul = "Pengesahan laporan pengurus dan pengawas"

[[acara]]
jenis = "penetapan_shu"
judul = "Penetapan pembagian SHU"

[[acara]]
jenis = "rk_rapb"
judul = "Pengesahan rencana kerja dan RAPB"

[[acara]]
jenis = "pemilihan"
judul = "Pemilihan pengurus dan pengawas"

[[acara]]
jenis = "lain_lain"
judul = "Lain-lain"

[[acara]]
jenis = "pembacaan_keputusan"
judul = "Pembacaan keputusan rapat"

[[acara]]
jenis = "penutupan"
judul = "Penutupan"

"""
}
