import Foundation
import RapatCore

extension BeritaAcaraModel {
    /// What the berita acara can be written with but a Dinas officer would question, each a sentence with what to
    /// do (`rapat docs` prints them as PERINGATAN). Unlike `missingFields`, none of these refuses the document.
    public static func warnings(_ state: MeetingState) -> [String] {
        guard let profile = state.documentProfile else { return [] }
        var out: [String] = []
        if profile.details.ratNumberAssumed {
            out.append("RAT ke-berapa belum diisi: berita acara menulis RAT ke-\(profile.ratNumber); isi rat_ke di [rapat] "
                + "koperasi.toml sebelum registrasi, atau sesudahnya dengan ba_details rat_ke")
        }
        // A pimpinan or a witness who is pengurus or pengawas judges their own report (Jateng Dinas: three member
        // representatives who are not pengurus or pengawas sign).
        var signers: [(role: String, entry: String)] = []
        if let p = state.presidium {
            // A chair named by the AD (usually the Ketua Pengurus) is the AD's choice, not a mistake.
            if p.selection != .perArticlesOfAssociation { signers.append(("ketua rapat", p.chair)) }
            signers.append(("sekretaris rapat", p.secretary))
            signers += p.members.map { ("anggota pimpinan rapat", $0) }
        }
        signers += profile.details.witnesses.map { ("saksi", $0) }
        for (role, entry) in signers where !entry.isEmpty {
            let (name, member) = resolve(entry, in: state)
            if let office = member?.office {
                out.append(role == "saksi"
                    ? "saksi \(name) adalah \(office.label): saksi berita acara sebaiknya wakil anggota yang bukan pengurus "
                        + "atau pengawas; ganti di koperasi.toml [rapat] saksi atau dengan ba_details saksi"
                    : "\(role) \(name) adalah \(office.label): pimpinan rapat sebaiknya anggota yang bukan pengurus atau "
                        + "pengawas, karena rapat mengesahkan laporan mereka")
            }
            if role == "saksi", let member, let position = state.roster.position(of: member.number),
               state.attendance.record(at: position) == nil {
                out.append("saksi \(name) tidak tercatat hadir dalam daftar hadir")
            }
        }
        let named = profile.details.witnesses.count
        if named < profile.details.memberWitnesses {
            out.append("baru \(named) dari \(profile.details.memberWitnesses) saksi wakil anggota yang disebut namanya: "
                + "isi [rapat] saksi di koperasi.toml atau ba_details saksi; baris tanda tangan yang lain dibiarkan kosong")
        }
        if profile.details.attendanceMode != .inPerson {
            out.append("cara hadir \(profile.details.attendanceMode.rawValue): kehadiran daring belum dicatat aplikasi, "
                + "berita acara menulis hadir daring 0 orang")
        }
        return out
    }
}
