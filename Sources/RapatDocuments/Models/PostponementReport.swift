import Foundation
import RapatCore
import TextLayout

/// The berita acara penundaan (DOMAIN §7.4) as plain text: counts with terbilang, the reason, the new date
/// if known, and signature blocks for the pengurus and two members present.
///
/// - Note: issue 6 moves every document to editable Mustache templates; this is the plain-text form until then.
public enum PostponementReport {
    /// "label value", the value wrapped under itself so every line fits 78 columns.
    static func field(_ label: String, _ value: String) -> [String] {
        let indent = label.count
        return CellWidth.wrap(value, 78 - indent).enumerated().map { index, line in
            (index == 0 ? label : String(repeating: " ", count: indent)) + line
        }
    }

    /// The document, or nil when the meeting is not postponed. `finalDigest` is the journal's last hash.
    public static func text(_ state: MeetingState, finalDigest: String) -> String? {
        guard let p = state.postponement, let profile = state.opening?.profile else { return nil }
        let zone = profile.timeZone
        var out: [String] = []
        func center(_ text: String) -> String {
            String(repeating: " ", count: max(0, (78 - text.count) / 2)) + text
        }
        out.append(center(profile.name.uppercased()))
        if !profile.legalEntityNumber.isEmpty { out.append(center("Badan Hukum Nomor: \(profile.legalEntityNumber)")) }
        out.append(String(repeating: "-", count: 78))
        out.append(center("BERITA ACARA PENUNDAAN"))
        out.append(center("RAPAT ANGGOTA TAHUNAN (RAT) KE-\(profile.ratNumber) TAHUN BUKU \(profile.fiscalYear)"))
        out.append(String(repeating: "-", count: 78))
        out.append(contentsOf: CellWidth.wrap(
            IndonesianFormat.formalDateLine(p.at, zone: zone) + (profile.place.isEmpty ? "" : ", bertempat di \(profile.place)")
                + ", Rapat Anggota Tahunan (RAT) ke-\(profile.ratNumber) Tahun Buku \(profile.fiscalYear) \(profile.name)"
                + (state.meetingOpenedAt.map { " dibuka \(IndonesianFormat.time($0, zone: zone))" } ?? "")
                + (p.remainingFromAgendaIndex == nil
                    ? " dan DITUNDA \(IndonesianFormat.time(p.at, zone: zone)) karena kuorum tidak tercapai."
                    : "; acara yang tersisa DITUNDA \(IndonesianFormat.time(p.at, zone: zone)) karena kuorum tidak "
                        + "lagi terpenuhi (anggota meninggalkan rapat)."), 78))
        out.append("")
        out.append("1. Jumlah anggota terdaftar        : \(IndonesianFormat.countInWords(p.registered))")
        out.append("2. Jumlah anggota yang hadir       : \(IndonesianFormat.countInWords(p.present)) "
            + "(\(IndonesianFormat.percent(p.present, of: p.registered)))")
        out.append("3. Kuorum menurut Anggaran Dasar   : \(IndonesianFormat.countInWords(p.required))")
        out.append("   (\(p.formula))")
        for (index, check) in state.quorumDeclarations.enumerated() {
            let label = index == 0 ? "4. Pemeriksaan kuorum              : " : String(repeating: " ", count: 37)
            out.append(label + "\(IndonesianFormat.time(check.at, zone: zone)), hadir \(check.present) orang")
        }
        out.append(contentsOf: field("5. Alasan penundaan                : ", p.reason))
        if let newDate = p.newDate, let date = ScriptTime.parse(newDate + " 00:00", zone: zone) {
            out.append("6. Rapat berikutnya direncanakan   : \(IndonesianFormat.longDate(date, zone: zone))")
        } else {
            out.append("6. Rapat berikutnya direncanakan   : akan diumumkan kemudian")
        }
        if let from = p.remainingFromAgendaIndex {
            out.append("7. Keputusan yang telah diambil    :" + (state.decisions.isEmpty ? " tidak ada" : ""))
            for d in state.decisions {
                out.append(contentsOf: field("   - ", "Nomor \(d.number) (acara \(d.agendaIndex + 1). "
                    + "\(state.agenda.items[d.agendaIndex].title)): \(d.text) — \(d.outcome.label) (hadir \(d.present))"))
            }
            out.append("8. Acara yang ditunda              :")
            for index in state.agenda.items.indices.dropFirst(from) {
                out.append(contentsOf: field("   - ", "\(index + 1). \(state.agenda.items[index].title)"))
            }
        }
        out.append("")
        out.append(contentsOf: CellWidth.wrap(
            "Demikian Berita Acara Penundaan ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.", 78))
        out.append("")
        out.append(String(repeating: " ", count: 40) + "\(IndonesianFormat.date(p.at, zone: zone))")
        out.append("PENGURUS,                               WAKIL ANGGOTA YANG HADIR,")
        out.append("")
        out.append("")
        out.append("( .......................... )          1. ( .......................... )")
        out.append(String(repeating: " ", count: 40) + "2. ( .......................... )")
        out.append("")
        out.append("Sidik akhir jurnal rapat (SHA-256): \(finalDigest)")
        out.append("Periksa keasliannya dengan: rapat verify --file <berkas rapat>")
        return out.joined(separator: "\n") + "\n"
    }
}
