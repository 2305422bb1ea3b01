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
        return notulen(blocks: blocks, state: state, digest: digest)
    }

    /// The notulen from blocks already folded (`MinutesReport.Fold.finished`, the O screen's incremental fold).
    public static func notulen(blocks: [MinutesReport.Block], state: MeetingState, digest: String) -> ReportDocument {
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
        // Identity from the profile in force (ba_details corrections included), dated by the meeting, never the clock.
        let profile = state.documentProfile ?? CooperativeProfile(name: state.cooperativeName, fiscalYear: 0)
        var identity = ["Koperasi: \(profile.name)" + (profile.legalEntityNumber.isEmpty ? "" : ", Badan Hukum Nomor \(profile.legalEntityNumber)"),
                        "Hari, tanggal: \(date(state))"]
        if !profile.place.isEmpty { identity.append("Tempat: \(profile.place)") }
        header.paragraphs = identity + header.paragraphs
        return ReportDocument(
            title: "NOTULEN", subtitle: title(state), cooperative: cooperative(state), date: date(state),
            sections: [header] + sections,
            closing: [signingLine(state)],
            signatures: [.init("Notulis", name: state.presidium?.notetaker ?? ""), .init("Ketua rapat", name: state.presidium?.chair ?? "")],
            digest: digest)
    }

    /// "Bogor, 21 Maret 2026": the koperasi's city and the day the meeting was opened (registration, if never opened).
    static func signingLine(_ state: MeetingState) -> String {
        let city = state.documentProfile?.details.city ?? ""
        let day = (state.meetingOpenedAt ?? state.opening?.at).map { IndonesianFormat.date($0, zone: state.timeZone) } ?? ""
        return (city.isEmpty ? "" : city + ", ") + day
    }

    /// Attendance and participation statistics (DOMAIN §15), with charts for HTML.
    public static func statistik(_ state: MeetingState) -> ReportDocument {
        let s = state.attendanceStatistics()
        let zone = state.timeZone
        func pct(_ part: Int, _ whole: Int) -> String { IndonesianFormat.percent(part, of: max(whole, 1)) }
        var sections: [ReportDocument.Section] = []
        // After the meeting the figures speak in the past: present at the closing (or the postponement).
        let presentLabel = state.closedAt != nil ? "hadir pada penutupan rapat"
            : state.postponement != nil ? "hadir pada saat penundaan" : "hadir saat ini"
        sections.append(.init(title: "Ringkasan", paragraphs: [
            "Terdaftar (N): \(IndonesianFormat.countInWords(s.registered)); pernah hadir (H): "
                + "\(IndonesianFormat.countInWords(s.attended)) (\(pct(s.attended, s.registered))); tidak hadir: "
                + "\(IndonesianFormat.countInWords(s.registered - s.attended)).",
            "Kuorum (Q): \(state.rules.quorumRule.inWords(registered: s.registered)); "
                + "\(presentLabel): \(IndonesianFormat.countInWords(s.presentNow)).",
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
        let buckets = s.arrivalsPer15Minutes
        let firstBucket = buckets.first?.start.timeIntervalSince1970 ?? 0
        sections.append(.init(title: "Kedatangan per 15 menit", table: .init(
            columns: ["Mulai", "Jumlah"],
            rows: buckets.map { [IndonesianFormat.clock($0.start, zone: zone), IndonesianFormat.integer($0.count)] }, numeric: [1]),
            chart: SVGChart.bars(buckets.map { (IndonesianFormat.clock($0.start, zone: zone), $0.count) },
                                 title: "Kedatangan per 15 menit"),
            printChart: buckets.isEmpty ? nil : PrintLayout.Chart(kind: .bars, title: "Kedatangan per 15 menit", points: buckets.map {
                .init(x: ($0.start.timeIntervalSince1970 - firstBucket) / 900, label: IndonesianFormat.clock($0.start, zone: zone),
                      value: $0.count)
            })))
        let timeline = presenceTimeline(state)
        if !timeline.isEmpty {
            let opened = state.meetingOpenedAt ?? .distantPast
            let peak = timeline.max { $0.present < $1.present }
            let lowest = timeline.filter { $0.at >= opened }.min { $0.present < $1.present }
            let start = timeline[0].at.timeIntervalSince1970
            sections.append(.init(title: "Kehadiran sepanjang rapat, H(t)", paragraphs: [
                "Tertinggi \(IndonesianFormat.integer(peak?.present ?? 0)) orang pukul \(peak.map { IndonesianFormat.clock($0.at, zone: zone) } ?? "-"); "
                    + "terendah sesudah rapat dibuka \(IndonesianFormat.integer(lowest?.present ?? 0)) orang pukul "
                    + "\(lowest.map { IndonesianFormat.clock($0.at, zone: zone) } ?? "-")."
            ], chart: SVGChart.steps(timeline.map { ($0.at.timeIntervalSince1970, $0.present) }, quorum: s.quorum.required,
                                     labels: { IndonesianFormat.clock(Date(timeIntervalSince1970: $0), zone: zone) },
                                     title: "Anggota hadir, H(t), dan kuorum Q"),
               printChart: PrintLayout.Chart(kind: .steps, title: "Anggota hadir, H(t), dan kuorum Q", points: Self.thinned(timeline).map {
                   .init(x: $0.at.timeIntervalSince1970 - start, label: IndonesianFormat.clock($0.at, zone: zone), value: $0.present)
               }, quorum: s.quorum.required)))
        }
        sections.append(lateSection(s, zone: zone))
        sections.append(departureSection(state, s, zone: zone))
        sections.append(notCountingSection(state, s))
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

    /// Late arrivals by 15-minute band of lateness; the names are in the daftar hadir (keterangan) and its CSV.
    static func lateSection(_ s: AttendanceStatistics, zone: IndonesianTimeZone) -> ReportDocument.Section {
        guard !s.lateArrivals.isEmpty else {
            return .init(title: "Datang terlambat", paragraphs: s.lateReference == nil ? [] : ["Tidak ada anggota yang datang terlambat."])
        }
        let bands = ["1–15 menit", "16–30 menit", "31–45 menit", "46–60 menit", "lebih dari 60 menit"]
        var counts = Array(repeating: 0, count: bands.count)
        for late in s.lateArrivals { counts[min(bands.count - 1, max(0, (late.minutesLate - 1) / 15))] += 1 }
        let sorted = s.lateArrivals.map(\.minutesLate).sorted()
        let median = sorted[(sorted.count - 1) / 2]
        let reference = s.lateReference.map { " (sesudah \(IndonesianFormat.time($0, zone: zone)))" } ?? ""
        return .init(title: "Datang terlambat", paragraphs: [
            "\(IndonesianFormat.countInWords(s.lateArrivals.count)) datang terlambat\(reference); median keterlambatan "
                + "\(IndonesianFormat.integer(median)) menit. Nama dan jam datang masing-masing tercantum dalam daftar hadir "
                + "(kolom keterangan) dan daftar-hadir.csv.",
        ], table: .init(columns: ["Terlambat", "Jumlah anggota"],
                        rows: zip(bands, counts).filter { $0.1 > 0 }.map { [$0.0, IndonesianFormat.integer($0.1)] }, numeric: [1]))
    }

    /// Early leavers: a summary, the names only when a few; the decisions taken while members were away.
    static func departureSection(_ state: MeetingState, _ s: AttendanceStatistics, zone: IndonesianTimeZone) -> ReportDocument.Section {
        let leavers = s.departures
        guard !leavers.isEmpty else { return .init(title: "Meninggalkan rapat") }
        let members = Set(leavers.map(\.member.number))
        let returned = Set(leavers.filter { $0.returned != nil }.map(\.member.number))
        func missed(_ d: AttendanceStatistics.Departure) -> [Decision] {
            state.decisions.filter { decision in decision.at > d.left && (d.returned.map { decision.at < $0 } ?? true) }
        }
        var paragraphs = ["\(IndonesianFormat.countInWords(members.count)) meninggalkan rapat sebelum ditutup; "
            + (returned.isEmpty ? "tidak ada yang kembali." : "\(IndonesianFormat.integer(returned.count)) di antaranya kembali.")]
        let missing = leavers.filter { !missed($0).isEmpty }
        if !missing.isEmpty {
            paragraphs.append("\(IndonesianFormat.countInWords(Set(missing.map(\.member.number)).count)) tidak ikut sedikitnya satu "
                + "keputusan karena sedang di luar ruang rapat.")
        }
        // A handful of names belongs in the text; more are in the daftar hadir (jam keluar) and its CSV.
        guard leavers.count <= 10 else {
            paragraphs.append("Rinciannya (jam keluar dan kembali) tercantum dalam daftar hadir dan daftar-hadir.csv.")
            return .init(title: "Meninggalkan rapat", paragraphs: paragraphs)
        }
        return .init(title: "Meninggalkan rapat", paragraphs: paragraphs, items: leavers.map { d in
            let missedNumbers = missed(d).map { String($0.number) }
            return "\(d.member.name) (\(d.member.number)) keluar \(IndonesianFormat.time(d.left, zone: zone))"
                + (d.returned.map { ", kembali \(IndonesianFormat.time($0, zone: zone))" } ?? "")
                + (missedNumbers.isEmpty ? "" : "; tidak ikut keputusan nomor " + missedNumbers.joined(separator: ", "))
        })
    }

    /// Attendees not counted in the quorum, by kind (luar biasa, peninjau, …), with names when few.
    static func notCountingSection(_ state: MeetingState, _ s: AttendanceStatistics) -> ReportDocument.Section {
        guard !s.notCounting.isEmpty else { return .init(title: "Hadir, tidak dihitung dalam kuorum") }
        var byLabel: [String: Int] = [:]
        for member in s.notCounting { byLabel[state.attendeeLabel(member), default: 0] += 1 }
        let table = ReportDocument.Table(columns: ["Status", "Jumlah"],
                                         rows: byLabel.sorted { $0.key < $1.key }.map { [$0.key, IndonesianFormat.integer($0.value)] },
                                         numeric: [1])
        let items = s.notCounting.count <= 10 ? s.notCounting.map { "\($0.name) (\($0.number)), \(state.attendeeLabel($0))" } : []
        return .init(title: "Hadir, tidak dihitung dalam kuorum", items: items, table: table)
    }

    /// At most 400 points of H(t) for print: the first, the last, and each point where the count moved most.
    static func thinned(_ timeline: [(at: Date, present: Int)]) -> [(at: Date, present: Int)] {
        guard timeline.count > 400 else { return timeline }
        let step = Double(timeline.count - 1) / 399
        return (0..<400).map { timeline[Int((Double($0) * step).rounded())] }
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
        sections.append(ReportDocument.Section(title: "Daftar keputusan",
                                               paragraphs: state.decisions.isEmpty ? ["Belum ada keputusan."] : [],
                                               items: state.decisions.map { d in
            var line = "Nomor \(d.number): \(d.text) — \(d.outcome.label.uppercased()), \(d.method.label), hadir "
                + IndonesianFormat.integer(d.present)
            if let round = d.voteRound, let result = state.closedVotes.first(where: { $0.result.round == round })?.result,
               case .motion = result.subject {
                line += " (setuju \(IndonesianFormat.integer(result.yes)), tidak setuju \(IndonesianFormat.integer(result.no)), "
                    + "abstain \(IndonesianFormat.integer(result.abstain)), tidak sah \(IndonesianFormat.integer(result.invalid)))"
            }
            return line + "."
        }))
        return ReportDocument(title: "REKAPITULASI PEMUNGUTAN SUARA", subtitle: title(state), cooperative: cooperative(state),
                              date: date(state), sections: sections)
    }

    /// The berita acara penundaan (DOMAIN §7.4), or nil when the meeting was not postponed. The profile is the one
    /// in force (`ba_details` corrections included), the rule in words, the counts with thousands separators.
    public static func penundaan(_ state: MeetingState, digest: String) -> ReportDocument? {
        guard let p = state.postponement, let profile = state.documentProfile else { return nil }
        let zone = profile.timeZone
        func time(_ date: Date) -> String { IndonesianFormat.time(date, zone: zone) }
        var opening = IndonesianFormat.formalDateLine(p.at, zone: zone) + (profile.place.isEmpty ? "" : ", bertempat di \(profile.place)")
            + ", \(profile.meetingTitle) \(profile.name)"
        if let opened = state.meetingOpenedAt { opening += " dibuka \(time(opened))" }
        opening += p.remainingFromAgendaIndex == nil
            ? " dan DITUNDA \(time(p.at)) karena kuorum tidak tercapai."
            : "; acara yang tersisa DITUNDA \(time(p.at)) karena kuorum tidak lagi terpenuhi (anggota meninggalkan rapat)."
        let rule = state.rules.quorumRule
        var items = [
            "Jumlah anggota terdaftar: \(IndonesianFormat.countInWords(p.registered)).",
            "Jumlah anggota yang hadir: \(IndonesianFormat.countInWords(p.present)), atau "
                + "\(IndonesianFormat.percent(p.present, of: max(1, p.registered)).replacingOccurrences(of: "%", with: " persen")).",
            "Kuorum menurut Anggaran Dasar\(state.rules.quorumArticle.isEmpty ? "" : " " + state.rules.quorumArticle): "
                + "\(rule.inWords(registered: p.registered)).",
        ]
        items += state.quorumDeclarations.map {
            "Pemeriksaan kuorum \(time($0.at)): hadir \(IndonesianFormat.countInWords($0.present))."
        }
        items.append("Alasan penundaan: \(p.reason).")
        items.append("Rapat berikutnya: " + (p.newDate.flatMap { ScriptTime.parse($0 + " 00:00", zone: zone) }
            .map { IndonesianFormat.longDate($0, zone: zone) } ?? "akan diumumkan kemudian") + ".")
        var sections = [ReportDocument.Section(title: "Keterangan", paragraphs: [opening], items: items)]
        if let from = p.remainingFromAgendaIndex {
            sections.append(.init(title: "Keputusan yang telah diambil",
                                  paragraphs: state.decisions.isEmpty ? ["Tidak ada keputusan yang telah diambil."] : [],
                                  items: state.decisions.map { d in
                let item = state.agenda.items.indices.contains(d.agendaIndex)
                    ? ", acara \(d.agendaIndex + 1). \(state.agenda.items[d.agendaIndex].title)" : ""
                return "Nomor \(d.number)\(item): \(d.text), \(d.outcome.label) (hadir \(IndonesianFormat.integer(d.present)) orang)."
            }))
            sections.append(.init(title: "Acara yang ditunda", items: state.agenda.items.indices.dropFirst(from).map {
                "\($0 + 1). \(state.agenda.items[$0].title)"
            }))
        }
        let place = profile.details.city.isEmpty ? "" : profile.details.city + ", "
        return ReportDocument(title: "BERITA ACARA PENUNDAAN", subtitle: title(state), cooperative: profile.name,
                              date: IndonesianFormat.date(p.at, zone: zone), sections: sections,
                              closing: ["Demikian Berita Acara Penundaan ini dibuat dengan sebenarnya untuk dapat dipergunakan "
                                  + "sebagaimana mestinya.", place + IndonesianFormat.date(p.at, zone: zone)],
                              signatures: [.init("Pengurus")] + (0..<profile.details.memberWitnesses).map { .init("Wakil anggota \($0 + 1)") },
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
            }, numeric: [3, 4, 5, 6, 7], widths: [9, 22, 12, 14, 14, 13, 13, 14])
        return ReportDocument(
            title: "DAFTAR PEMBAGIAN SHU PER ANGGOTA" + (approved ? "" : " (USULAN, BELUM DISAHKAN)"), subtitle: title(state),
            cooperative: cooperative(state), date: date(state),
            sections: [
                .init(title: "Alokasi SHU", paragraphs: ["SHU tahun buku \(allocation.surplus.formattedWithWords)."] + d.warnings,
                      table: table),
                .init(title: "SHU per anggota", paragraphs: [ShuReport.summaryText(d)], table: members),
            ], landscape: true)
    }
}
