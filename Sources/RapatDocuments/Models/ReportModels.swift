import Foundation
import TextLayout
import RapatCore

/// The notulen, statistics, vote record, berita acara penundaan and SHU list as `ReportDocument`s.
public enum ReportModels {
    static func title(_ state: MeetingState) -> String {
        state.documentProfile.map { "RAPAT ANGGOTA TAHUNAN (RAT) KE-\($0.ratNumber) TAHUN BUKU \($0.fiscalYear)" } ?? ""
    }

    static func date(_ state: MeetingState) -> String {
        state.opening.map { IndonesianFormat.longDate(state.meetingOpenedAt ?? $0.at, zone: state.timeZone) } ?? ""
    }

    static func cooperative(_ state: MeetingState) -> String { state.documentProfile?.name ?? state.cooperativeName }

    /// The notulen (DOMAIN §13) from the minutes' blocks: each agenda item a section.
    public static func notulen(_ entries: [JournalEntry], digest: String) -> ReportDocument? {
        guard let (blocks, state) = MinutesReport.blocks(entries) else { return nil }
        var sections: [ReportDocument.Section] = []
        var header = ReportDocument.Section(title: "")
        var current: ReportDocument.Section?
        for block in blocks {
            switch block {
            case let .heading(level, text):
                guard level > 1 else { continue }
                if let current { sections.append(current) }
                current = ReportDocument.Section(title: text)
            case let .paragraph(text):
                if current == nil { header.paragraphs.append(text) } else { current?.paragraphs.append(text) }
            case let .item(text):
                if current == nil { header.items.append(text) } else { current?.items.append(text) }
            }
        }
        if let current { sections.append(current) }
        header.title = "Identitas rapat"
        return ReportDocument(
            title: "NOTULEN", subtitle: title(state), cooperative: cooperative(state), date: date(state),
            sections: [header] + sections,
            closing: [IndonesianFormat.date(state.timelineLastAt ?? state.lastEventAt ?? Date(timeIntervalSince1970: 0),
                                            zone: state.timeZone)],
            signatures: ["Notulis: \(state.presidium?.notetaker ?? "")", "Ketua rapat: \(state.presidium?.chair ?? "")"],
            digest: digest)
    }

    /// Attendance and participation statistics (DOMAIN §15), with charts for HTML.
    public static func statistik(_ state: MeetingState) -> ReportDocument {
        let s = state.attendanceStatistics()
        let zone = state.timeZone
        func pct(_ part: Int, _ whole: Int) -> String { IndonesianFormat.percent(part, of: max(whole, 1)) }
        var sections: [ReportDocument.Section] = []
        sections.append(.init(title: "Ringkasan", paragraphs: [
            "Terdaftar (N): \(IndonesianFormat.countInWords(s.registered)); pernah hadir (H): "
                + "\(IndonesianFormat.countInWords(s.attended)) (\(pct(s.attended, s.registered))); tidak hadir: "
                + "\(IndonesianFormat.countInWords(s.registered - s.attended)).",
            "Kuorum (Q): \(s.quorum.required) — \(s.quorum.formula); hadir saat ini \(s.presentNow).",
        ]))
        sections.append(.init(title: "Menurut jenis kelamin", table: .init(
            columns: ["Jenis kelamin", "Terdaftar", "Hadir", "% dari terdaftar", "% dari hadir"],
            rows: s.byGender.map { row in
                [row.gender == .male ? "Laki-laki" : "Perempuan", String(row.registered), String(row.attended),
                 pct(row.attended, row.registered), pct(row.attended, s.attended)]
            }, numeric: [1, 2, 3, 4])))
        sections.append(.init(title: "Menurut cara hadir", table: .init(
            columns: ["Cara", "Jumlah"],
            rows: [["Hadir langsung (luring)", String(s.attended)], ["Daring", "0"], ["Perwakilan", "0"],
                   ["Melalui surat kuasa", String(state.proxies.count)]], numeric: [1]),
            chart: ""))
        sections.append(.init(title: "Menurut unit/kelompok", table: .init(
            columns: ["Unit", "Terdaftar", "Hadir", "Tidak hadir", "%"],
            rows: s.byUnit.map { [$0.unit, String($0.registered), String($0.attended), String($0.absent), pct($0.attended, $0.registered)] },
            numeric: [1, 2, 3, 4])))
        sections.append(.init(title: "Kedatangan per 15 menit", table: .init(
            columns: ["Mulai", "Jumlah"],
            rows: s.arrivalsPer15Minutes.map { [IndonesianFormat.clock($0.start, zone: zone), String($0.count)] }, numeric: [1]),
            chart: SVGChart.bars(s.arrivalsPer15Minutes.map { (IndonesianFormat.clock($0.start, zone: zone), $0.count) },
                                 title: "Kedatangan per 15 menit")))
        let timeline = presenceTimeline(state)
        if !timeline.isEmpty {
            let opened = state.meetingOpenedAt ?? .distantPast
            let peak = timeline.max { $0.present < $1.present }
            let lowest = timeline.filter { $0.at >= opened }.min { $0.present < $1.present }
            sections.append(.init(title: "Kehadiran sepanjang rapat, H(t)", paragraphs: [
                "Tertinggi \(peak?.present ?? 0) pukul \(peak.map { IndonesianFormat.clock($0.at, zone: zone) } ?? "-"); "
                    + "terendah sesudah rapat dibuka \(lowest?.present ?? 0) pukul "
                    + "\(lowest.map { IndonesianFormat.clock($0.at, zone: zone) } ?? "-")."
            ], chart: SVGChart.steps(timeline.map { ($0.at.timeIntervalSince1970, $0.present) }, quorum: s.quorum.required,
                                     labels: { IndonesianFormat.clock(Date(timeIntervalSince1970: $0), zone: zone) },
                                     title: "Anggota hadir, H(t), dan kuorum Q")))
        }
        sections.append(.init(title: "Datang terlambat", items: s.lateArrivals.map {
            "\($0.member.name) (\($0.member.number)), \(IndonesianFormat.clock($0.arrived, zone: zone)), terlambat \($0.minutesLate) menit"
        }))
        sections.append(.init(title: "Meninggalkan rapat", items: s.departures.map { d in
            // What the early leaver missed: decisions taken while away.
            let missed = state.decisions.filter { decision in decision.at > d.left && (d.returned.map { decision.at < $0 } ?? true) }
            return "\(d.member.name) (\(d.member.number)) keluar \(IndonesianFormat.clock(d.left, zone: zone))"
                + (d.returned.map { ", kembali \(IndonesianFormat.clock($0, zone: zone))" } ?? "")
                + (missed.isEmpty ? "" : "; tidak ikut keputusan nomor " + missed.map { String($0.number) }.joined(separator: ", "))
        }))
        sections.append(.init(title: "Hadir, tidak dihitung dalam kuorum",
                              items: s.notCounting.map { "\($0.name) (\($0.number)), \(state.attendeeLabel($0))" }))
        // Participation: turnout per vote and who spoke (DOMAIN §15).
        sections.append(.init(title: "Partisipasi pemungutan suara", table: .init(
            columns: ["Pemungutan", "Berhak hadir", "Memberi suara", "%"],
            rows: state.closedVotes.map { _, r in
                let cast = r.eligible - r.notVoting
                return ["\(r.round)", String(r.eligible), String(cast), pct(cast, r.eligible)]
            }, numeric: [1, 2, 3])))
        var speakers: Set<MemberNumber> = []
        var byCategory: [QuestionCategory: Int] = [:]
        for q in state.questions {
            byCategory[q.category, default: 0] += 1
            if case let .member(n) = q.speaker { speakers.insert(n) }
        }
        let pending = state.questions.filter { $0.status != .answered }.count
        sections.append(.init(title: "Pandangan umum", paragraphs: [
            "\(state.questions.count) pertanyaan/tanggapan dari \(speakers.count) anggota (\(pct(speakers.count, s.attended)) dari yang "
                + "hadir); dijawab \(state.questions.count - pending), ditindaklanjuti/ditunda \(pending).",
        ], table: .init(columns: ["Kategori", "Jumlah"],
                        rows: QuestionCategory.allCases.compactMap { c in byCategory[c].map { [c.label, String($0)] } }, numeric: [1])))
        return ReportDocument(title: "STATISTIK KEHADIRAN DAN PARTISIPASI", subtitle: title(state), cooperative: cooperative(state),
                              date: date(state), sections: sections)
    }

    /// H(t): counted members present after each arrival or departure.
    static func presenceTimeline(_ state: MeetingState) -> [(at: Date, present: Int)] {
        guard let opened = state.opening?.at else { return [] }
        var changes: [(Date, Int)] = []
        for (position, record) in state.attendance.records where state.counts(state.roster.members[position]) {
            for interval in record.intervals {
                changes.append((interval.arrived, 1))
                if let left = interval.left { changes.append((left, -1)) }
            }
        }
        changes.sort { $0.0 < $1.0 }
        var present = 0
        var timeline: [(at: Date, present: Int)] = [(opened, 0)]
        for (at, delta) in changes {
            present += delta
            if let last = timeline.last, last.at == at { timeline[timeline.count - 1].present = present } else { timeline.append((at, present)) }
        }
        if let end = state.closedAt ?? state.postponement?.at, let last = timeline.last, end > last.at { timeline.append((end, present)) }
        return timeline
    }

    /// Every vote's record (issue 4 item 7) as sections.
    public static func rekapSuara(_ state: MeetingState) -> ReportDocument {
        var sections: [ReportDocument.Section] = []
        for (round, result) in state.closedVotes {
            let title = "Pemungutan suara \(round.opening.round) — " + VoteRecordReport.subject(round.opening.subject, state)
            let lines = VoteRecordReport.lines(round, result, state).map { $0.trimmingCharacters(in: .whitespaces) }
            sections.append(ReportDocument.Section(title: title, items: lines.filter { $0 != "Suara per nama:" }))
        }
        for lot in state.lots {
            let among = lot.among.map { VoteRecordReport.name($0, state) }.joined(separator: ", ")
            let winners = lot.winners.map { VoteRecordReport.name($0, state) }.joined(separator: ", ")
            sections.append(ReportDocument.Section(title: "Undian pemilihan \(lot.election)", items: [
                "Di antara: " + among, "Terpilih: " + winners, "Saksi: " + lot.witnesses.joined(separator: ", "),
                "Benih acak (seed) \(lot.seed): undian dapat diulang dengan hasil yang sama.",
            ]))
        }
        if sections.isEmpty {
            sections.append(ReportDocument.Section(title: "Pemungutan suara", paragraphs: ["Tidak ada pemungutan suara."]))
        }
        return ReportDocument(title: "REKAPITULASI PEMUNGUTAN SUARA", subtitle: title(state), cooperative: cooperative(state),
                              date: date(state), sections: sections)
    }

    /// The berita acara penundaan (DOMAIN §7.4), or nil when the meeting was not postponed.
    public static func penundaan(_ state: MeetingState, digest: String) -> ReportDocument? {
        guard let p = state.postponement, let profile = state.documentProfile else { return nil }
        let zone = profile.timeZone
        var items = [
            "Jumlah anggota terdaftar: \(IndonesianFormat.countInWords(p.registered))",
            "Jumlah anggota yang hadir: \(IndonesianFormat.countInWords(p.present)) (\(IndonesianFormat.percent(p.present, of: max(1, p.registered))))",
            "Kuorum menurut Anggaran Dasar: \(IndonesianFormat.countInWords(p.required)) (\(p.formula))",
        ]
        items += state.quorumDeclarations.map { "Pemeriksaan kuorum \(IndonesianFormat.time($0.at, zone: zone)): hadir \($0.present) orang" }
        items.append("Alasan penundaan: \(p.reason)")
        items.append("Rapat berikutnya: " + (p.newDate.flatMap { ScriptTime.parse($0 + " 00:00", zone: zone) }
            .map { IndonesianFormat.longDate($0, zone: zone) } ?? "akan diumumkan kemudian"))
        var sections = [ReportDocument.Section(title: "Keterangan", paragraphs: [
            IndonesianFormat.formalDateLine(p.at, zone: zone) + (profile.place.isEmpty ? "" : ", bertempat di \(profile.place)")
                + ", \(profile.meetingTitle) \(profile.name)"
                + (p.remainingFromAgendaIndex == nil ? " DITUNDA \(IndonesianFormat.time(p.at, zone: zone)) karena kuorum tidak tercapai."
                    : ": acara yang tersisa DITUNDA \(IndonesianFormat.time(p.at, zone: zone)) karena kuorum tidak lagi terpenuhi."),
        ], items: items)]
        if let from = p.remainingFromAgendaIndex {
            sections.append(.init(title: "Keputusan yang telah diambil", items: state.decisions.map { "Nomor \($0.number): \($0.text) — \($0.outcome.label)" }))
            sections.append(.init(title: "Acara yang ditunda", items: state.agenda.items.indices.dropFirst(from).map {
                "\($0 + 1). \(state.agenda.items[$0].title)"
            }))
        }
        return ReportDocument(title: "BERITA ACARA PENUNDAAN", subtitle: title(state), cooperative: profile.name,
                              date: IndonesianFormat.date(p.at, zone: zone), sections: sections,
                              closing: ["Demikian Berita Acara Penundaan ini dibuat dengan sebenarnya untuk dapat dipergunakan "
                                  + "sebagaimana mestinya."],
                              signatures: ["Pengurus"] + (0..<profile.details.memberWitnesses).map { "Wakil anggota \($0 + 1)" },
                              digest: digest)
    }

    /// The allocation and every member's SHU (issue 5 item 6), or nil without a proposal or ledger.
    public static func shuAnggota(_ state: MeetingState, ledger: ShuLedger?) -> ReportDocument? {
        guard let ledger, let (allocation, approved) = ShuReport.allocation(state) else { return nil }
        let d = ShuDistribution.compute(allocation: allocation, policy: state.rules.shu, ledger: ledger)
        let table = ReportDocument.Table(
            columns: ["Komponen", "%", "Jumlah"],
            rows: allocation.lines.map { [$0.component.name, $0.component.percentage.description, $0.amount.formatted] }
                + [["Jumlah", "100", allocation.total.formatted]], numeric: [1, 2])
        let members = ReportDocument.Table(
            columns: ["Nomor", "Nama", "Unit", "Simpanan", "Transaksi", "JM", "JU", "Jumlah"],
            rows: d.shares.map { share in
                let m = state.roster.member(share.member)
                return [share.member.rawValue, m?.name ?? "", m?.unit ?? "", share.savings.formatted, share.transactions.formatted,
                        share.capital.formatted, share.business.formatted, share.total.formatted]
            }, numeric: [3, 4, 5, 6, 7])
        return ReportDocument(
            title: "DAFTAR PEMBAGIAN SHU PER ANGGOTA" + (approved ? "" : " (USULAN, BELUM DISAHKAN)"), subtitle: title(state),
            cooperative: cooperative(state), date: date(state),
            sections: [
                .init(title: "Alokasi SHU", paragraphs: ["SHU tahun buku \(allocation.surplus.formattedWithWords)."] + d.warnings,
                      table: table),
                .init(title: "SHU per anggota", paragraphs: [ShuReport.summaryText(d)], table: members),
            ])
    }
}
