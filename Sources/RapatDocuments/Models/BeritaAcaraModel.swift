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
        "ada_catatan", "suara", "berhak", "setuju", "tidak_setuju", "abstain", "tidak_sah", "tidak_memberi", "aturan",
        "pemilihan", "calon", "dibagikan", "kembali", "blanko", "shu", "sisa", "terbilang", "komponen", "persen", "jumlah",
        "laporan", "ada_rapb", "rapb", "ada_nama", "kiri", "kanan", "ada_kanan", "hitungan",
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
        func count(_ n: Int) -> String { IndonesianFormat.integer(n) }
        let details = profile.details

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

        // The RAPB proposed for next year, as reported (report figures rencana_*), printed with the RAPB decision.
        let plan: [[String: Any]] = state.reports.flatMap { report in
            report.figures.ordered.filter(\.key.isPlan).map { entry in
                ["nama": entry.key.label, "jumlah": entry.amount.formatted, "terbilang": entry.amount.inWords] as [String: Any]
            }
        }

        // A decision withdrawn by `withdraw` is gone from `decisions`; the withdrawal is among the notes.
        let inForce = state.decisions
        let decisions: [[String: Any]] = inForce.map { d in
            let closed = d.voteRound.flatMap { round in state.closedVotes.first(where: { $0.result.round == round }) }
            var entry: [String: Any] = [
                "nomor": d.number, "teks": d.text, "hasil": d.outcome.label.uppercased(),
                "cara": BeritaAcaraWording.decisionMethod(d.method, vote: closed?.round.opening.method),
                "hadir": IndonesianFormat.countInWords(d.present), "catatan": d.notes.joined(separator: "; "),
                "ada_catatan": !d.notes.isEmpty,
            ]
            if let (voteRound, r) = closed {
                if case .motion = r.subject {
                    entry["suara"] = [
                        "cara": BeritaAcaraWording.method(voteRound.opening.method), "berhak": count(r.eligible),
                        "setuju": count(r.yes), "tidak_setuju": count(r.no), "abstain": count(r.abstain),
                        "tidak_sah": count(r.invalid), "tidak_memberi": count(r.notVoting),
                        "aturan": BeritaAcaraWording.majority(r),
                        // Kept for templates edited before the rule was written in words; the built-in ones do not print it.
                        "hitungan": r.arithmetic,
                    ] as [String: Any]
                } else {
                    entry["pemilihan"] = [
                        "calon": voteRound.opening.candidates.enumerated().map { index, number in
                            ["nama": name(number), "nomor": number.rawValue,
                             "suara": count(index < r.candidateVotes.count ? r.candidateVotes[index] : 0)] as [String: Any]
                        },
                        "dibagikan": count(voteRound.paper?.issued ?? 0), "kembali": count(voteRound.paper?.returned ?? 0),
                        "blanko": count(r.abstain), "tidak_sah": count(r.invalid),
                    ] as [String: Any]
                }
            }
            if let approval = state.shuApproval, approval.decision == d.number, approval.allocation.hasDistribution {
                entry["shu"] = shuTable(approval.allocation)
            }
            let isBudget = d.motion.map { m in state.motions.indices.contains(m - 1) && state.motions[m - 1].kind == .workPlanAndBudget }
                ?? false
            entry["ada_rapb"] = isBudget && !plan.isEmpty
            entry["rapb"] = isBudget ? plan : []
            return entry
        }

        var notes: [String] = []
        // Leavers are summarised; their names and times are in the daftar hadir (a large RAT has hundreds).
        let leavers = Dictionary(grouping: stats.departures, by: \.member.number)
        if !leavers.isEmpty {
            let back = leavers.values.filter { $0.last?.returned != nil }.count
            let gone = leavers.count - back
            var text = "\(IndonesianFormat.countInWords(leavers.count, unit: "anggota")) meninggalkan ruang rapat sebelum rapat ditutup"
            if back > 0 { text += gone == 0 ? " dan kembali sebelum ditutup" : "; \(count(back)) orang di antaranya kembali sebelum ditutup" }
            notes.append(text + "; rinciannya tercatat dalam daftar hadir.")
        }
        if let lowest = inForce.map(\.present).min() {
            let required = state.quorum.required
            notes.append(lowest >= required
                ? "Kuorum \(IndonesianFormat.countInWords(required)) tetap terpenuhi pada setiap pengambilan keputusan; "
                    + "jumlah hadir terendah \(IndonesianFormat.countInWords(lowest))."
                : "Jumlah hadir terendah pada pengambilan keputusan \(IndonesianFormat.countInWords(lowest)); kuorum "
                    + "\(IndonesianFormat.countInWords(required)).")
        }
        for withdrawal in state.withdrawals {
            notes.append("\(time(withdrawal.at)): \(withdrawal.line), catatan jurnal nomor \(count(Int(withdrawal.sequence))).")
        }
        for response in state.quorumLossResponses {
            notes.append("\(time(response.at)): kuorum hilang, hadir \(count(response.present)) orang dari kuorum "
                + "\(count(response.required)) orang; pimpinan rapat memutuskan \(response.choice.label).")
        }

        let figures: [[String: Any]] = state.reports.flatMap { report in
            report.figures.ordered.map { entry in
                ["laporan": report.kind.label, "nama": entry.key.label, "jumlah": entry.amount.formatted,
                 "terbilang": entry.amount.inWords] as [String: Any]
            }
        }

        // Section numbers follow the sections present.
        var sectionNumber = 5
        func nextSection() -> String { sectionNumber += 1; return roman(sectionNumber) }
        let figuresSection = figures.isEmpty ? "" : nextSection()
        let notesSection = notes.isEmpty ? "" : nextSection()

        // Dasar (Mengingat): UU 25/1992 and the AD always; the other lines when set (koperasi.toml [dasar], ba_details).
        let basis = details.basis
        var dasar = ["Undang-Undang Nomor 25 Tahun 1992 tentang Perkoperasian"]
        var articles = "Anggaran Dasar Koperasi" + (basis.adArticle.isEmpty ? "" : " \(basis.adArticle)")
        articles += basis.artArticle.isEmpty ? " dan Anggaran Rumah Tangga Koperasi" : " dan Anggaran Rumah Tangga \(basis.artArticle)"
        dasar.append(articles)
        if !basis.decreeNumber.isEmpty {
            dasar.append("Keputusan Pengurus Nomor \(basis.decreeNumber)"
                + (basis.decreeDate.isEmpty ? "" : " tanggal \(IndonesianFormat.isoDateLong(basis.decreeDate))")
                + " tentang Penyelenggaraan RAT Tahun Buku \(profile.fiscalYear)")
        }
        if !basis.invitationNumber.isEmpty || !basis.invitationDate.isEmpty {
            var line = "Undangan RAT" + (basis.invitationNumber.isEmpty ? "" : " Nomor \(basis.invitationNumber)")
                + (basis.invitationDate.isEmpty ? "" : " tanggal \(IndonesianFormat.isoDateLong(basis.invitationDate))")
            if !basis.materialsDate.isEmpty {
                line += "; bahan RAT dibagikan kepada anggota pada tanggal \(IndonesianFormat.isoDateLong(basis.materialsDate))"
            }
            dasar.append(line)
        } else if !basis.materialsDate.isEmpty {
            dasar.append("Bahan RAT dibagikan kepada anggota pada tanggal \(IndonesianFormat.isoDateLong(basis.materialsDate))")
        }
        let dasarLines = dasar.enumerated().map { ["nomor": $0.offset + 1, "teks": $0.element + (($0.offset == dasar.count - 1) ? "." : ";")] as [String: Any] }

        let breakdown = registerBreakdown(state)
        let presentOthers = presentNotCountingText(state)
        let cutoff = state.rules.registerCutoff
        let exclusions = exclusionText(breakdown, cutoff: cutoff)
        let mode = details.attendanceMode
        let attendanceMode: String = switch mode {
        case .inPerson: "seluruhnya hadir secara luring (tatap muka)"
        case .online: "seluruhnya hadir secara daring"
        case .hybrid: "hadir luring \(count(stats.attended)) orang dan daring 0 orang"
        }

        // Signatories (DOMAIN §12.3): the pimpinan rapat, then the witnesses by name, with blank lines for the rest.
        let witnessNames = details.witnesses.map { resolve($0, in: state).name }
        let witnessCount = max(details.memberWitnesses, witnessNames.count)
        let witnesses = (0..<witnessCount).map { index in
            ["nomor": index + 1, "nama": index < witnessNames.count ? witnessNames[index] : "",
             "ada_nama": index < witnessNames.count] as [String: Any]
        }
        // The text render's two signature columns, padded here so the names line up under their titles.
        let chair = state.presidium?.chair ?? "", secretary = state.presidium?.secretary ?? ""
        func column(_ text: String) -> String { CellWidth.pad(text, to: 40) }
        // Pairs of witnesses for the two-column tables of Markdown (and so of the PDF and DOCX).
        let witnessPairs = stride(from: 0, to: witnesses.count, by: 2).map { start in
            let pair = witnesses[start..<min(start + 2, witnesses.count)]
            return ["kiri": pair.first ?? [:], "kanan": pair.count > 1 ? pair[pair.startIndex + 1] : [:],
                    "ada_kanan": pair.count > 1] as [String: Any]
        }

        let signingDate = IndonesianFormat.date(ended ?? opened, zone: zone)
        let attachments = attachments(state)
        let legalDate = IndonesianFormat.isoDateLong(details.legalEntityDate)
        return [
            "koperasi": [
                "nama": profile.name, "nama_kapital": profile.name.uppercased(), "singkatan": profile.abbreviation,
                "nomor_badan_hukum": profile.legalEntityNumber, "tanggal_badan_hukum": legalDate,
                "nik": details.nik, "ada_nik": !details.nik.isEmpty,
                "alamat": details.address, "ada_alamat": !details.address.isEmpty, "kota": details.city,
            ] as [String: Any],
            "judul": "RAPAT ANGGOTA TAHUNAN (RAT) KE-\(profile.ratNumber) TAHUN BUKU \(profile.fiscalYear)",
            "rat": "Rapat Anggota Tahunan (RAT) ke-\(profile.ratNumber) Tahun Buku \(profile.fiscalYear)",
            "nomor": number(profile, date: opened),
            "tanggal_formal": IndonesianFormat.formalDateLine(opened, zone: zone),
            "tanggal": IndonesianFormat.longDate(opened, zone: zone),
            "tempat": profile.place,
            "cara_hadir": mode.label,
            "daring": mode != .inPerson,
            "pukul_dibuka": time(opened),
            "pukul_ditutup": ended.map(time) ?? "",
            "ada_skorsing": !recesses.isEmpty,
            "skorsing": recesses,
            "dasar": dasarLines,
            "kehadiran": [
                "buku": IndonesianFormat.countInWords(breakdown.total),
                "terdaftar": IndonesianFormat.countInWords(registered),
                "ada_pengecualian": !exclusions.isEmpty, "pengecualian": exclusions,
                "hadir": IndonesianFormat.countInWords(stats.attended),
                "laki": count(stats.byGender.first { $0.gender == .male }?.attended ?? 0),
                "perempuan": count(stats.byGender.first { $0.gender == .female }?.attended ?? 0),
                "cara": attendanceMode,
                "ada_hadir_lain": !presentOthers.isEmpty, "hadir_lain": presentOthers,
                "persentase": IndonesianFormat.percent(stats.attended, of: max(registered, 1)),
                "kuorum_kata": BeritaAcaraWording.quorumRule(rule, registered: registered, base: state.rules.quorumBase),
                // Kept for templates edited before the rule was written in words; the built-in ones do not print them.
                "aturan": rule.label, "kuorum": IndonesianFormat.countInWords(rule.required(registered: registered)),
                "rumus": rule.formula(registered: registered),
                "dikecualikan": IndonesianFormat.countInWords(state.observersExcluded.count),
                "pasal": state.rules.quorumArticle, "ada_pasal": !state.rules.quorumArticle.isEmpty,
                "sah": met != nil, "pukul_kuorum": met.map { time($0.at) } ?? "",
                "hadir_saat_kuorum": met.map { IndonesianFormat.countInWords($0.present) } ?? "",
                // DOMAIN §12.2: "N anggota terdaftar per {cut-off date}"; who joined later is a peninjau.
                "ada_batas": cutoff != nil,
                "batas_buku": cutoff.map(IndonesianFormat.isoDateLong) ?? "",
            ] as [String: Any],
            "pengurus_hadir": officers[.pengurus] ?? [],
            "pengurus_hadir_teks": officerText(.pengurus),
            "pengawas_hadir_teks": officerText(.pengawas),
            "ada_pengurus_hadir": officers[.pengurus] != nil,
            "pengawas_hadir": officers[.pengawas] ?? [],
            "ada_pengawas_hadir": officers[.pengawas] != nil,
            "ada_undangan": !details.guests.isEmpty,
            "undangan_teks": details.guests.joined(separator: "; "),
            "pimpinan": [
                "ketua": chair, "sekretaris": secretary,
                "anggota": state.presidium?.members.joined(separator: ", ") ?? "",
                "ada_anggota": !(state.presidium?.members.isEmpty ?? true),
                "cara": presidiumSelection(state.presidium?.selection), "notulis": state.presidium?.notetaker ?? "",
            ] as [String: Any],
            "acara": agenda,
            "keputusan": decisions,
            "angka_pokok": figures,
            "ada_angka_pokok": !figures.isEmpty,
            "bagian_angka_pokok": figuresSection,
            "catatan": notes.map { ["teks": $0] },
            "ada_catatan": !notes.isEmpty,
            "bagian_catatan": notesSection,
            "kota_tanggal": (details.city.isEmpty ? "" : details.city + ", ") + signingDate,
            "saksi": witnesses, "ada_saksi": !witnesses.isEmpty,
            "saksi_pasangan": witnessPairs,
            "ttd_judul_txt": column("Ketua,") + "Sekretaris,",
            "ttd_nama_txt": column("( \(chair) )") + "( \(secretary) )",
            "lampiran": attachments.enumerated().map { ["nomor": $0.offset + 1, "teks": $0.element] as [String: Any] },
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
