import Foundation
import TextLayout
import RapatCore
import RapatStore

/// A [R] field of DOMAIN §12.2 that is empty, with where to fill it.
public struct MissingField: Equatable, Sendable, CustomStringConvertible {
    public var field: String
    public var fix: String
    public var description: String { "\(field) kosong: \(fix)" }
}

/// The berita acara RAT (DOMAIN §12) as the values its templates use. Pure: the same journal gives the same model.
public enum BeritaAcaraModel {
    /// Keys of list entries that may be empty in a given meeting, so templates are checked against the whole schema.
    public static let listKeys: Set<String> = [
        "mulai", "selesai", "alasan", "nama", "jabatan", "nomor", "judul", "teks", "cara", "hasil", "hadir", "catatan",
        "ada_catatan", "suara", "berhak", "setuju", "tidak_setuju", "abstain", "tidak_sah", "tidak_memberi", "aturan", "hitungan",
        "pemilihan", "calon", "dibagikan", "kembali", "blanko", "shu", "sisa", "terbilang", "komponen", "persen", "jumlah",
        "laporan",
    ]

    /// "III" for March.
    static func roman(_ month: Int) -> String {
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][max(1, min(12, month)) - 1]
    }

    /// "01/BA-RAT/KSP-MB/III/2026" (DOMAIN §17).
    public static func number(_ profile: CooperativeProfile, date: Date) -> String {
        let c = IndonesianFormat.components(date, zone: profile.timeZone)
        let sequence = profile.details.baSequence < 10 ? "0\(profile.details.baSequence)" : String(profile.details.baSequence)
        return "\(sequence)/BA-RAT/\(profile.abbreviation.isEmpty ? "KOP" : profile.abbreviation)/\(roman(c.month ?? 1))/\(c.year ?? 0)"
    }

    /// Every [R] field that is empty, or nothing when the berita acara can be finalised.
    public static func missingFields(_ state: MeetingState) -> [MissingField] {
        // The core's readiness check decides what is missing; here each gap gets the desk's hint as well.
        let settings = "isi di koperasi.toml sebelum registrasi, atau sesudahnya dengan perintah ba_details (rapat apply)"
        return state.beritaAcaraGaps.map { gap in
            let fix: String = switch gap {
            case .legalEntityNumber: "nomor_badan_hukum: \(settings)"
            case .legalEntityDate: "tanggal_badan_hukum: \(settings)"
            case .place: "tempat: \(settings)"
            case .meetingNotOpened: "rapat belum dibuka (F7 di layar acara, atau open_meeting)"
            case .meetingNotClosed: "rapat belum ditutup (F9 pada acara penutupan, atau close_meeting)"
            case .quorumNeverMet: "belum ada pemeriksaan kuorum yang sah (F8, atau check_quorum); bila kuorum tidak "
                + "tercapai, yang dibuat adalah berita acara penundaan"
            case .noPresidium: "catat ketua dan sekretaris rapat (P di layar acara, atau presidium)"
            case .noDecisions: "belum ada keputusan bernomor (F11/V, atau decide)"
            case .registrationNotOpen, .open: gap.fix
            }
            return MissingField(field: gap.field, fix: fix)
        }
    }

    /// The values of the templates; call `missingFields` first: empty fields are left empty here.
    public static func build(_ state: MeetingState, finalDigest: String, eventCount: Int64, meetingFile: String,
                             signingKey: MinisignPublicKey? = nil) -> [String: Any] {
        let profile = state.documentProfile ?? CooperativeProfile(name: state.cooperativeName, fiscalYear: 0)
        let zone = profile.timeZone
        let opened = state.meetingOpenedAt ?? state.opening?.at ?? Date(timeIntervalSince1970: 0)
        let ended = state.closedAt ?? state.postponement?.at
        func time(_ date: Date) -> String { IndonesianFormat.time(date, zone: zone) }
        func clock(_ date: Date) -> String { IndonesianFormat.clock(date, zone: zone) }
        func name(_ number: MemberNumber) -> String { state.roster.member(number)?.name ?? number.rawValue }

        let stats = state.attendanceStatistics()
        let met = state.quorumDeclarations.first(where: \.isMet)
        let registered = state.opening?.registered ?? 0
        let rule = state.rules.quorumRule
        let recesses = state.recesses.map { r in
            ["mulai": clock(r.start), "selesai": r.end.map(clock) ?? "", "alasan": r.reason] as [String: Any]
        }
        // Pengurus and pengawas who attended, in register order, built in one pass over the attendance.
        var officers: [OfficeBody: [[String: Any]]] = [:]
        for (position, _) in state.attendance.records {
            let member = state.roster.members[position]
            if let office = member.office { officers[office.body, default: []].append(["nama": member.name, "jabatan": office.label]) }
        }
        func officerText(_ body: OfficeBody) -> String {
            (officers[body] ?? []).map { "\($0["nama"] ?? "") (\($0["jabatan"] ?? ""))" }.joined(separator: "; ")
        }
        let agenda = state.agenda.items.enumerated().map { ["nomor": $0.offset + 1, "judul": $0.element.title] as [String: Any] }

        // A decision withdrawn by `withdraw` is gone from `decisions`; the withdrawal is among the notes.
        let inForce = state.decisions
        let decisions: [[String: Any]] = inForce.map { d in
            var entry: [String: Any] = [
                "nomor": d.number, "teks": d.text, "cara": d.method.label, "hasil": d.outcome.label.uppercased(),
                "hadir": IndonesianFormat.countInWords(d.present), "catatan": d.notes.joined(separator: "; "),
                "ada_catatan": !d.notes.isEmpty,
            ]
            if let round = d.voteRound, let (voteRound, r) = state.closedVotes.first(where: { $0.result.round == round }) {
                if case .motion = r.subject {
                    entry["suara"] = [
                        "cara": voteRound.opening.method.label, "berhak": r.eligible, "setuju": r.yes, "tidak_setuju": r.no,
                        "abstain": r.abstain, "tidak_sah": r.invalid, "tidak_memberi": r.notVoting, "aturan": r.ruleText,
                        "hitungan": r.arithmetic,
                    ] as [String: Any]
                } else {
                    entry["pemilihan"] = [
                        "calon": voteRound.opening.candidates.enumerated().map { index, number in
                            ["nama": name(number), "nomor": number.rawValue,
                             "suara": index < r.candidateVotes.count ? r.candidateVotes[index] : 0] as [String: Any]
                        },
                        "dibagikan": voteRound.paper?.issued ?? 0, "kembali": voteRound.paper?.returned ?? 0,
                        "blanko": r.abstain, "tidak_sah": r.invalid,
                    ] as [String: Any]
                }
            }
            if let approval = state.shuApproval, approval.decision == d.number, approval.allocation.hasDistribution {
                entry["shu"] = shuTable(approval.allocation)
            }
            return entry
        }

        var notes: [String] = []
        for departure in stats.departures {
            notes.append("\(departure.member.name) (\(departure.member.number)) meninggalkan rapat \(time(departure.left))"
                + (departure.returned.map { " dan kembali \(time($0))" } ?? "") + ".")
        }
        if let lowest = inForce.map(\.present).min() {
            notes.append("Hadir terendah pada pengambilan keputusan: \(IndonesianFormat.countInWords(lowest)); kuorum "
                + "\(IndonesianFormat.countInWords(state.quorum.required)).")
        }
        for withdrawal in state.withdrawals {
            notes.append("\(time(withdrawal.at)): \(withdrawal.line) (catatan jurnal nomor \(withdrawal.sequence)).")
        }
        for response in state.quorumLossResponses {
            notes.append("\(time(response.at)): kuorum hilang (hadir \(response.present), wajib \(response.required)); "
                + "pimpinan rapat memutuskan \(response.choice.label).")
        }

        let figures: [[String: Any]] = state.reports.flatMap { report in
            report.figures.ordered.map { entry in
                ["laporan": report.kind.label, "nama": entry.key.label, "jumlah": entry.amount.formatted,
                 "terbilang": entry.amount.inWords] as [String: Any]
            }
        }
        let witnesses = (0..<profile.details.memberWitnesses).map { ["nomor": $0 + 1] as [String: Any] }
        let signingDate = IndonesianFormat.date(ended ?? opened, zone: zone)
        return [
            "koperasi": [
                "nama": profile.name, "nama_kapital": profile.name.uppercased(), "singkatan": profile.abbreviation,
                "nomor_badan_hukum": profile.legalEntityNumber, "tanggal_badan_hukum": profile.details.legalEntityDate,
                "nik": profile.details.nik, "ada_nik": !profile.details.nik.isEmpty,
                "alamat": profile.details.address, "ada_alamat": !profile.details.address.isEmpty, "kota": profile.details.city,
            ] as [String: Any],
            "judul": "RAPAT ANGGOTA TAHUNAN (RAT) KE-\(profile.ratNumber) TAHUN BUKU \(profile.fiscalYear)",
            "rat": "Rapat Anggota Tahunan (RAT) ke-\(profile.ratNumber) Tahun Buku \(profile.fiscalYear)",
            "nomor": number(profile, date: opened),
            "tanggal_formal": IndonesianFormat.formalDateLine(opened, zone: zone),
            "tanggal": IndonesianFormat.longDate(opened, zone: zone),
            "tempat": profile.place,
            "pukul_dibuka": time(opened),
            "pukul_ditutup": ended.map(time) ?? "",
            "ada_skorsing": !recesses.isEmpty,
            "skorsing": recesses,
            "kehadiran": [
                "terdaftar": IndonesianFormat.countInWords(registered), "hadir": IndonesianFormat.countInWords(stats.attended),
                "laki": stats.byGender.first { $0.gender == .male }?.attended ?? 0,
                "perempuan": stats.byGender.first { $0.gender == .female }?.attended ?? 0,
                "persentase": IndonesianFormat.percent(stats.attended, of: max(registered, 1)),
                "aturan": rule.label, "kuorum": IndonesianFormat.countInWords(rule.required(registered: registered)),
                "rumus": rule.formula(registered: registered), "pasal": state.rules.quorumArticle,
                "ada_pasal": !state.rules.quorumArticle.isEmpty,
                "sah": met != nil, "pukul_kuorum": met.map { time($0.at) } ?? "",
                "hadir_saat_kuorum": met.map { IndonesianFormat.countInWords($0.present) } ?? "",
                // DOMAIN §12.2: "N anggota terdaftar per {cut-off date}"; who joined later is a peninjau.
                "ada_batas": state.rules.registerCutoff != nil,
                "batas_buku": state.rules.registerCutoff.map(IndonesianFormat.isoDateLong) ?? "",
                "dikecualikan": IndonesianFormat.countInWords(state.observersExcluded.count),
            ] as [String: Any],
            "pengurus_hadir": officers[.pengurus] ?? [],
            "pengurus_hadir_teks": officerText(.pengurus),
            "pengawas_hadir_teks": officerText(.pengawas),
            "ada_pengurus_hadir": officers[.pengurus] != nil,
            "pengawas_hadir": officers[.pengawas] ?? [],
            "ada_pengawas_hadir": officers[.pengawas] != nil,
            "pimpinan": [
                "ketua": state.presidium?.chair ?? "", "sekretaris": state.presidium?.secretary ?? "",
                "anggota": state.presidium?.members.joined(separator: ", ") ?? "",
                "ada_anggota": !(state.presidium?.members.isEmpty ?? true),
                "cara": state.presidium?.selection.label ?? "", "notulis": state.presidium?.notetaker ?? "",
            ] as [String: Any],
            "acara": agenda,
            "keputusan": decisions,
            "angka_pokok": figures,
            "ada_angka_pokok": !figures.isEmpty,
            "catatan": notes.map { ["teks": $0] },
            "ada_catatan": !notes.isEmpty,
            "kota_tanggal": (profile.details.city.isEmpty ? "" : profile.details.city + ", ") + signingDate,
            "saksi": witnesses,
            "sidik": finalDigest,
            "jumlah_peristiwa": IndonesianFormat.integer(Int(eventCount)),
            "peristiwa_angka": String(eventCount),
            "berkas_rapat": (meetingFile as NSString).lastPathComponent,
            // The file's own name, not the path typed at `rapat docs`: the berita acara depends on the journal alone.
            "perintah_verifikasi": "rapat verify --file \((meetingFile as NSString).lastPathComponent) --sidik \(finalDigest) "
                + "--peristiwa \(eventCount)",
            // The koperasi's minisign key, when the documents are signed; without a key the line is left out.
            "ada_kunci": signingKey != nil, "kunci_id": signingKey.map { "\($0.keyID)" } ?? "",
            "kunci_publik": signingKey?.line ?? "",
        ]
    }

    static func shuTable(_ allocation: ShuAllocation) -> [String: Any] {
        [
            "sisa": allocation.surplus.formatted, "terbilang": allocation.surplus.inWords,
            "komponen": allocation.lines.map {
                ["nama": $0.component.name, "persen": $0.component.percentage.description, "jumlah": $0.amount.formatted]
                    as [String: Any]
            },
            "jumlah": allocation.total.formatted,
        ]
    }
}
