import Foundation
import RapatCore

/// Deterministic synthetic rosters with realistic Indonesian names, for the demo and the benchmarks.
public enum SyntheticRoster {
    static let maleGiven = [
        "Budi", "Agus", "Slamet", "Wahyu", "Joko", "Bambang", "Hendra", "Rudi", "Yohanes", "Made", "Ketut",
        "Andi", "Muhammad", "Ahmad", "Rizky", "Dedi", "Asep", "Ujang", "Teguh", "Eko", "Fajar", "Gede", "Hasan",
        "Imam", "Irfan", "Lukas", "Markus", "Nyoman", "Putu", "Rahmat", "Sutrisno", "Taufik", "Yusuf", "Zainal",
        "Arif", "Darmawan", "Fransiskus", "Heru", "Iwan", "Samuel", "Paulus", "Ridwan", "Syahrul", "La Ode",
    ]
    static let femaleGiven = [
        "Siti", "Sri", "Dewi", "Ni Luh", "Nur", "Rina", "Yuliana", "Maria", "Fitri", "Wulan", "Ayu", "Ratna",
        "Kartini", "Lestari", "Endang", "Nining", "Eka", "Indah", "Ani", "Dian", "Fransiska", "Theresia",
        "Kadek", "Komang", "Rahmawati", "Suryani", "Titin", "Utami", "Wati", "Yanti", "Zahra", "Aisyah",
        "Bernadeta", "Cut", "Desi", "Erna", "Hartini", "Intan", "Juwita", "Lina", "Mega", "Novita",
    ]
    static let family = [
        "Santoso", "Wibowo", "Hidayat", "Siregar", "Nasution", "Lubis", "Simanjuntak", "Pardede", "Sinaga",
        "Harahap", "Saputra", "Pratama", "Kusuma", "Setiawan", "Gunawan", "Susanto", "Aminah", "Rahayu",
        "Lake", "Tanoe", "Manurung", "Sembiring", "Ginting", "Tarigan", "Sitompul", "Wijaya", "Halim",
        "Rumbewas", "Wenda", "Mandagi", "Lumban Gaol", "Daeng", "Suparman", "Kurniawan", "Purnomo", "Hakim",
        "Permana", "Suryadi", "Yulianti", "Anggraini", "Puspita", "Maharani", "Sulistyo", "Nugroho",
    ]
    static let units = [
        "Unit Simpan Pinjam", "Unit Toko", "Kelompok Tani Sumber Rejeki", "Kelompok Tani Maju", "Unit Jasa",
        "Kelompok Nelayan Bahari", "Unit Pemasaran", "Kelompok Wanita Tani Melati",
    ]

    /// `count` members numbered `0001`… (width grows with count). About 3% are anggota luar biasa; the first
    /// five hold pengurus/pengawas offices.
    public static func members(count: Int, seed: UInt64) -> [Member] {
        var rng = SplitMix64(seed: seed)
        let width = max(4, String(count).count)
        let offices: [Office] = [
            Office(body: .pengurus, title: "Ketua"), Office(body: .pengurus, title: "Sekretaris"),
            Office(body: .pengurus, title: "Bendahara"), Office(body: .pengawas, title: "Ketua"),
            Office(body: .pengawas, title: "Anggota"),
        ]
        var members: [Member] = []
        members.reserveCapacity(count)
        for i in 0..<count {
            let female = rng.next() % 100 < 46
            let given = female ? femaleGiven[Int(rng.next() % UInt64(femaleGiven.count))]
                : maleGiven[Int(rng.next() % UInt64(maleGiven.count))]
            let surname = family[Int(rng.next() % UInt64(family.count))]
            let middle = rng.next() % 4 == 0 ? " " + family[Int(rng.next() % UInt64(family.count))] : ""
            let associate = i >= offices.count && rng.next() % 100 < 3
            let year = 2005 + Int(rng.next() % 20), month = 1 + Int(rng.next() % 12), day = 1 + Int(rng.next() % 28)
            let number = String(repeating: "0", count: max(0, width - String(i + 1).count)) + String(i + 1)
            members.append(Member(
                number: MemberNumber(number), name: "\(given)\(middle) \(surname)", gender: female ? .female : .male,
                unit: units[Int(rng.next() % UInt64(units.count))], status: associate ? .associate : .regular,
                joinedOn: String(format: "%04d-%02d-%02d", year, month, day),
                office: i < offices.count ? offices[i] : nil))
        }
        return members
    }

    /// The members as a roster CSV (`;`-separated, as Excel writes it in Indonesia).
    public static func csv(_ members: [Member]) -> String {
        var out = "nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk;peran\n"
        for m in members {
            out += [m.number.rawValue, m.name, m.gender.rawValue, m.unit, m.status == .associate ? "luar biasa" : "biasa",
                    m.joinedOn, m.office?.label ?? ""].joined(separator: ";") + "\n"
        }
        return out
    }
}
