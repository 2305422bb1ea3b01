import Foundation
import RapatText
import RapatCore
import TOMLKit

/// Typed access to the settings table, with errors that point at the line of the offending key.
struct SettingsReader {
    enum Kind { case string, int, bool, stringArray, tableArray([String: Kind]) }

    /// Every key the file may contain, by section: unknown keys are refused so typos never pass silently.
    static let schema: [String: [String: Kind]] = [
        "koperasi": ["nama": .string, "singkatan": .string, "nomor_badan_hukum": .string,
                     "tanggal_badan_hukum": .string, "nik": .string, "alamat": .string, "kota": .string],
        "rapat": ["rat_ke": .int, "tahun_buku": .int, "tanggal": .string, "pukul_mulai": .string, "nomor_urut_ba": .int,
                  "tempat": .string, "time_zone": .string, "cara_hadir": .string, "saksi": .stringArray,
                  "tamu_undangan": .stringArray],
        "dasar": ["pasal_ad": .string, "pasal_art": .string, "sk_pengurus_nomor": .string, "sk_pengurus_tanggal": .string,
                  "undangan_nomor": .string, "undangan_tanggal": .string, "bahan_dibagikan": .string],
        "aturan": [
            "rat_deadline_months": .int, "invitation_min_days": .int, "materials_min_days": .int,
            "register_cutoff": .string, "quorum_base": .string, "quorum_rule": .string, "quorum_article": .string,
            "quorum_check": .string, "quorum_wait_minutes": .int, "second_meeting_quorum": .string,
            "chair_selection": .string, "agenda_order_tatib_first": .bool, "majority_base": .string,
            "tie_motion": .string, "tie_election": .string, "tie_revotes": .int, "secret_for_persons": .bool,
            "proxies_allowed": .bool, "max_proxies_per_holder": .int, "proxies_count_to_quorum": .bool,
            "delegates_mode": .string, "online_mode": .string, "arrears_policy": .string, "arrears_article": .string,
            "recusal_policy": .string, "sitting_officer_candidacy": .string, "lain_lain_binding": .bool, "ba_member_witnesses": .int,
            "late_grace_minutes": .int, "terbilang_case": .string,
        ],
        "meja": ["nama_besar": .bool, "bunyi_tolak": .bool],
        "aturan.khusus.pembubaran": ["quorum": .string, "approval": .string],
        "aturan.khusus.penggabungan": ["quorum": .string, "approval": .string],
        "aturan.khusus.perubahan_ad": ["quorum": .string, "approval": .string],
        "shu": ["basis_simpanan": .stringArray, "basis_transaksi": .stringArray, "pembulatan": .int,
                "selisih_pembulatan": .string, "pembayaran": .string,
                "komponen": .tableArray(["nama": .string, "persen": .string, "peran": .string])],
    ]

    let table: TOMLTable
    let text: String
    let path: String

    func checkKnownKeys() throws(StoreError) {
        try check(table, prefix: "")
    }

    private func check(_ table: TOMLTable, prefix: String) throws(StoreError) {
        for key in table.keys {
            let full = prefix.isEmpty ? key : "\(prefix).\(key)"
            if let sub = table[key]?.table, Self.schema[full] != nil || Self.schema.keys.contains(where: { $0.hasPrefix(full + ".") }) {
                try check(sub, prefix: full)
                continue
            }
            guard let section = Self.schema[prefix], let kind = section[key] else {
                let known = Self.schema[prefix].map { $0.keys.sorted().joined(separator: ", ") }
                throw .settings(path: path, line: line(of: key, in: prefix),
                                problem: tr("store.settings.unknownKey", ["key": full]),
                                fix: known.map { tr("store.settings.unknownKey.fix", ["section": prefix, "keys": $0]) }
                                    ?? tr("store.settings.knownSections", ["sections": Self.schema.keys.sorted().joined(separator: ", ")]))
            }
            let value = table[key]
            let ok: Bool
            switch kind {
            case .string: ok = value?.string != nil
            case .int: ok = value?.int != nil
            case .bool: ok = value?.bool != nil
            case .stringArray: ok = value?.array.map { $0.allSatisfy { $0.string != nil } } ?? false
            case let .tableArray(fields):
                guard let items = value?.array, items.allSatisfy({ $0.table != nil }) else { ok = false; break }
                for item in items.compactMap(\.table) {
                    for itemKey in item.keys {
                        guard let itemKind = fields[itemKey] else {
                            throw .settings(path: path, line: line(of: itemKey, in: full), problem: tr("store.settings.unknownItemKey", ["key": itemKey, "block": full]),
                                            fix: tr("store.settings.knownKeys", ["keys": fields.keys.sorted().joined(separator: ", ")]))
                        }
                        if case .string = itemKind, item[itemKey]?.string == nil {
                            throw .settings(path: path, line: line(of: itemKey, in: full), problem: tr("store.settings.itemWrongType", ["key": itemKey, "block": full]),
                                            fix: tr("store.settings.itemWrongType.fix"))
                        }
                    }
                }
                ok = true
            }
            guard ok else {
                let expected = switch kind {
                case .string: tr("store.settings.type.string")
                case .int: tr("store.settings.type.int")
                case .bool: tr("store.settings.type.bool")
                case .stringArray: tr("store.settings.type.stringArray")
                case .tableArray: tr("store.settings.type.block", ["block": full])
                }
                throw .settings(path: path, line: line(of: key, in: prefix), problem: tr("store.settings.wrongType", ["key": full]),
                                fix: tr("store.settings.wrongType.fix", ["expected": expected]))
            }
        }
    }

    func settings() throws(StoreError) -> CooperativeSettings {
        let name = string("koperasi", "nama") ?? ""
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw fail("koperasi", "nama", tr("store.settings.name"), tr("store.settings.name.fix"))
        }
        let zoneText = string("rapat", "time_zone") ?? "WIB"
        guard let zone = IndonesianTimeZone(rawValue: zoneText.uppercased()) else {
            throw fail("rapat", "time_zone", tr("store.settings.zone", ["value": zoneText]), tr("store.settings.zone.fix"))
        }
        let ratNumber = int("rapat", "rat_ke") ?? 1
        guard ratNumber >= 1 else { throw fail("rapat", "rat_ke", tr("store.settings.ratNumber", ["n": ratNumber]), tr("store.settings.oneOrMore")) }
        let fiscalYear = int("rapat", "tahun_buku") ?? 0
        guard (1900...2200).contains(fiscalYear) else {
            throw fail("rapat", "tahun_buku", tr("store.settings.fiscalYear", ["year": fiscalYear]), tr("store.settings.fiscalYear.fix"))
        }
        let start = try scheduledStart(zone: zone)
        let meetingDay = string("rapat", "tanggal").flatMap { $0.isEmpty ? nil : Self.isoDay($0) }
        if let meetingDay, fiscalYear > meetingDay.year {
            throw fail("rapat", "tahun_buku", tr("store.settings.fiscalYearAfter", ["year": fiscalYear, "meeting": meetingDay.year]),
                       tr("store.settings.fiscalYearAfter.fix", ["previous": meetingDay.year - 1]))
        }
        let cutoff = try registerCutoff(meetingDay: meetingDay)

        let baseText = string("aturan", "quorum_base") ?? QuorumBase.registeredMembers.rawValue
        guard let base = QuorumBase(rawValue: baseText) else {
            throw fail("aturan", "quorum_base", tr("store.settings.quorumBase", ["value": baseText]),
                       tr("store.settings.quorumBase.fix"))
        }
        let ruleText = string("aturan", "quorum_rule") ?? QuorumRule.moreThanHalf.settingValue
        guard let rule = QuorumRule(settingValue: ruleText) else {
            throw fail("aturan", "quorum_rule", tr("store.settings.quorumRule", ["value": ruleText]),
                       tr("store.settings.quorumRule.fix"))
        }
        let grace = int("aturan", "late_grace_minutes") ?? 0
        guard grace >= 0 else {
            throw fail("aturan", "late_grace_minutes", tr("store.settings.lateGrace"), tr("store.settings.zeroOrMore"))
        }
        var profile = CooperativeProfile(
            name: name, abbreviation: string("koperasi", "singkatan") ?? "",
            legalEntityNumber: string("koperasi", "nomor_badan_hukum") ?? "", ratNumber: ratNumber,
            fiscalYear: fiscalYear, timeZone: zone, scheduledStart: start, place: string("rapat", "tempat") ?? "")
        let witnesses = int("aturan", "ba_member_witnesses") ?? 2
        guard (0...5).contains(witnesses) else {
            throw fail("aturan", "ba_member_witnesses", tr("store.settings.witnesses", ["n": witnesses]), tr("store.settings.witnesses.fix"))
        }
        let sequence = int("rapat", "nomor_urut_ba") ?? 1
        guard sequence >= 1 else { throw fail("rapat", "nomor_urut_ba", tr("store.settings.baSequence", ["n": sequence]), tr("store.settings.oneOrMore")) }
        profile.details = DocumentDetails(
            legalEntityDate: string("koperasi", "tanggal_badan_hukum") ?? "", nik: string("koperasi", "nik") ?? "",
            address: string("koperasi", "alamat") ?? "", city: string("koperasi", "kota") ?? "", baSequence: sequence,
            memberWitnesses: witnesses)
        profile.details.ratNumberAssumed = int("rapat", "rat_ke") == nil
        try readMeetingDocuments(into: &profile.details)
        let wait = int("aturan", "quorum_wait_minutes") ?? 30
        guard wait >= 0 else {
            throw fail("aturan", "quorum_wait_minutes", tr("store.settings.quorumWait"), tr("store.settings.quorumWait.fix"))
        }
        let checkText = string("aturan", "quorum_check") ?? QuorumCheckPolicy.eachDecision.rawValue
        guard let check = QuorumCheckPolicy(rawValue: checkText) else {
            throw fail("aturan", "quorum_check", tr("store.settings.quorumCheck", ["value": checkText]),
                       tr("store.settings.quorumCheck.fix"))
        }
        try checkTerbilangCase()
        let rules = MeetingRules(quorumBase: base, quorumRule: rule, lateGraceMinutes: grace,
                                 quorumArticle: string("aturan", "quorum_article") ?? "", quorumWaitMinutes: wait,
                                 quorumCheck: check, voting: try votingRules(), shu: try shuPolicy(),
                                 registerCutoff: cutoff)
        return CooperativeSettings(profile: profile, rules: rules, city: string("koperasi", "kota") ?? "",
                                   agendaTatibFirst: bool("aturan", "agenda_order_tatib_first") ?? true,
                                   desk: DeskSettings(bigName: bool("meja", "nama_besar") ?? false,
                                                      alertOnRefusal: bool("meja", "bunyi_tolak") ?? true))
    }

    /// DOMAIN §12.2: attendance mode, witnesses, invited guests and the Dasar block (`[dasar]`), for the berita acara.
    private func readMeetingDocuments(into details: inout DocumentDetails) throws(StoreError) {
        let modeText = string("rapat", "cara_hadir") ?? AttendanceMode.inPerson.rawValue
        guard let mode = AttendanceMode(rawValue: modeText) else {
            throw fail("rapat", "cara_hadir", tr("store.settings.attendanceMode", ["value": modeText]), tr("store.settings.attendanceMode.fix"))
        }
        details.attendanceMode = mode
        func list(_ key: String) -> [String] {
            (value("rapat", key)?.array?.compactMap(\.string) ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
        details.witnesses = list("saksi")
        details.guests = list("tamu_undangan")
        func text(_ key: String) -> String { (string("dasar", key) ?? "").trimmingCharacters(in: .whitespaces) }
        for key in ["sk_pengurus_tanggal", "undangan_tanggal", "bahan_dibagikan"] where !text(key).isEmpty {
            guard Self.isoDay(text(key)) != nil else {
                throw fail("dasar", key, tr("store.settings.date", ["value": text(key)]), tr("store.settings.date.fix"))
            }
        }
        details.basis = MeetingBasis(adArticle: text("pasal_ad"), artArticle: text("pasal_art"),
                                     decreeNumber: text("sk_pengurus_nomor"), decreeDate: text("sk_pengurus_tanggal"),
                                     invitationNumber: text("undangan_nomor"), invitationDate: text("undangan_tanggal"),
                                     materialsDate: text("bahan_dibagikan"))
    }

    /// `terbilang_case` (DOMAIN §17) is kept readable in older files only as "lower": every terbilang is printed in
    /// lower case inside brackets (PUEBI, the berita acara's examples); a Title Case variant is not offered.
    private func checkTerbilangCase() throws(StoreError) {
        guard let text = string("aturan", "terbilang_case"), text != "lower" else { return }
        throw fail("aturan", "terbilang_case", tr("store.settings.terbilang", ["value": text]),
            tr("store.settings.terbilang.fix"))
    }

    /// DOMAIN §8 and §18: majority base, ties, proxies, arrears, recusal and the special majorities.
    private func votingRules() throws(StoreError) -> VotingRules {
        func choice<T: RawRepresentable>(_ key: String, _ type: T.Type, default value: T) throws(StoreError) -> T
            where T.RawValue == String {
            guard let text = string("aturan", key) else { return value }
            guard let parsed = T(rawValue: text) else {
                throw fail("aturan", key, tr("store.settings.choice", ["value": text]), tr("store.settings.choice.fix"))
            }
            return parsed
        }
        let defaults = VotingRules.defaults
        let revotes = int("aturan", "tie_revotes") ?? defaults.tieRevotes
        guard (0...3).contains(revotes) else {
            throw fail("aturan", "tie_revotes", tr("store.settings.revotes", ["n": revotes]), tr("store.settings.revotes.fix"))
        }
        let maxProxies = int("aturan", "max_proxies_per_holder") ?? defaults.maxProxiesPerHolder
        guard maxProxies >= 1 else {
            throw fail("aturan", "max_proxies_per_holder", tr("store.settings.maxProxies", ["n": maxProxies]), tr("store.settings.oneOrMore"))
        }
        let arrears = try choice("arrears_policy", ArrearsPolicy.self, default: defaults.arrearsPolicy)
        if arrears != .vote, (string("aturan", "arrears_article") ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw fail("aturan", "arrears_policy", tr("store.settings.arrears"),
                       tr("store.settings.arrears.fix"))
        }
        var special = defaults.special
        for (section, kind) in [("pembubaran", MotionKind.dissolution), ("penggabungan", .merger),
                                ("perubahan_ad", .articlesAmendment)] {
            let path = "aturan.khusus.\(section)"
            var entry = special[kind] ?? SpecialMajority(quorum: .moreThanHalf, approval: Fraction(1, 2))
            if let text = string(path, "quorum") {
                guard let rule = QuorumRule(settingValue: text) else {
                    throw fail(path, "quorum", tr("store.settings.specialQuorum", ["value": text]), tr("store.settings.specialQuorum.fix"))
                }
                entry.quorum = rule
            }
            if let text = string(path, "approval") {
                guard let fraction = Fraction(text: text) else {
                    throw fail(path, "approval", tr("store.settings.approval", ["value": text]), tr("store.settings.approval.fix"))
                }
                entry.approval = fraction
            }
            special[kind] = entry
        }
        return VotingRules(
            majorityBase: try choice("majority_base", MajorityBase.self, default: defaults.majorityBase),
            tieMotion: try choice("tie_motion", TieMotionPolicy.self, default: defaults.tieMotion),
            tieElection: try choice("tie_election", TieElectionPolicy.self, default: defaults.tieElection),
            tieRevotes: revotes, secretForPersons: bool("aturan", "secret_for_persons") ?? defaults.secretForPersons,
            proxiesAllowed: bool("aturan", "proxies_allowed") ?? defaults.proxiesAllowed,
            maxProxiesPerHolder: maxProxies, arrearsPolicy: arrears,
            recusalPolicy: try choice("recusal_policy", RecusalPolicy.self, default: defaults.recusalPolicy),
            special: special, sittingOfficerCandidacy: try choice("sitting_officer_candidacy", SittingOfficerPolicy.self,
                                                                default: defaults.sittingOfficerCandidacy))
    }

    /// DOMAIN §11 and §18: components (summing to exactly 100), bases, rounding, residual and payment.
    private func shuPolicy() throws(StoreError) -> ShuPolicy {
        let defaults = ShuPolicy.example
        guard let shu = table["shu"]?.table else { return defaults }
        var components = defaults.components
        if let items = shu["komponen"]?.array {
            components = []
            for (index, item) in items.compactMap(\.table).enumerated() {
                let name = item["nama"]?.string ?? ""
                let where_ = name.isEmpty ? tr("store.settings.component", ["n": index + 1])
                    : tr("store.settings.component.named", ["n": index + 1, "name": name])
                guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw fail("shu.komponen", "nama", tr("store.settings.componentName", ["where": where_]), tr("store.settings.componentName.fix"),
                               occurrence: index)
                }
                let percentText = item["persen"]?.string ?? ""
                guard let percentage = Percentage(text: percentText) else {
                    throw fail("shu.komponen", "persen", tr("store.settings.componentPercent", ["where": where_, "value": percentText]),
                               tr("store.settings.componentPercent.fix"), occurrence: index)
                }
                let roleText = item["peran"]?.string ?? ShuRole.other.rawValue
                guard let role = ShuRole(rawValue: roleText) else {
                    throw fail("shu.komponen", "peran", tr("store.settings.componentRole", ["where": where_, "value": roleText]),
                               tr("store.settings.componentRole.fix"), occurrence: index)
                }
                components.append(ShuComponent(name: name, percentage: percentage, role: role))
            }
        }
        let unitRupiah = int("shu", "pembulatan") ?? 1
        guard [1, 100, 1_000].contains(unitRupiah) else {
            throw fail("shu", "pembulatan", tr("store.settings.rounding", ["n": unitRupiah]), tr("store.settings.rounding.fix"))
        }
        let residualText = string("shu", "selisih_pembulatan") ?? defaults.residual.rawValue
        guard let residual = ResidualPolicy(rawValue: residualText) else {
            throw fail("shu", "selisih_pembulatan", tr("store.settings.unknownValue", ["value": residualText]), tr("store.settings.residual.fix"))
        }
        let paymentText = string("shu", "pembayaran") ?? defaults.payment.rawValue
        guard let payment = ShuPayment(rawValue: paymentText) else {
            throw fail("shu", "pembayaran", tr("store.settings.unknownValue", ["value": paymentText]), tr("store.settings.payment.fix"))
        }
        let policy = ShuPolicy(components: components,
                               savingsTypes: shu["basis_simpanan"]?.array?.compactMap(\.string) ?? defaults.savingsTypes,
                               transactionUnits: shu["basis_transaksi"]?.array?.compactMap(\.string) ?? [],
                               roundingUnit: Rupiah(rupiah: Int64(unitRupiah)), residual: residual, payment: payment)
        // DOMAIN E19: block until fixed, showing the actual sum.
        if let problem = policy.problem() {
            throw fail("shu.komponen", "", problem, tr("store.settings.shuSum.fix"))
        }
        return policy
    }

    /// The keywords `register_cutoff` accepts besides a date `TTTT-BB-HH`.
    static let cutoffKeywords = ["day_before_meeting", "none"]

    /// `register_cutoff` as an ISO date (DOMAIN P5, §18): a date `TTTT-BB-HH` on or before the meeting date,
    /// `day_before_meeting` (default; nil when the meeting date is not set) or `none` (no cut-off).
    private func registerCutoff(meetingDay: (year: Int, month: Int, day: Int)?) throws(StoreError) -> String? {
        let text = (string("aturan", "register_cutoff") ?? "day_before_meeting").trimmingCharacters(in: .whitespaces)
        switch text {
        case "none": return nil
        case "day_before_meeting":
            guard let meetingDay else { return nil }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .gmt
            guard let day = calendar.date(from: DateComponents(year: meetingDay.year, month: meetingDay.month,
                                                               day: meetingDay.day - 1)) else { return nil }
            let c = calendar.dateComponents([.year, .month, .day], from: day)
            return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
        default:
            guard let day = Self.isoDay(text) else {
                throw fail("aturan", "register_cutoff", tr("store.settings.cutoff", ["value": text]),
                           tr("store.settings.cutoff.fix"))
            }
            let iso = String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
            if let meetingDay {
                let meeting = String(format: "%04d-%02d-%02d", meetingDay.year, meetingDay.month, meetingDay.day)
                guard iso <= meeting else {
                    throw fail("aturan", "register_cutoff", tr("store.settings.cutoffAfter", ["cutoff": iso, "meeting": meeting]),
                               tr("store.settings.cutoffAfter.fix"))
                }
            }
            return iso
        }
    }

    /// `TTTT-BB-HH` with a day that exists, or nil.
    static func isoDay(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1
        else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= days[m - 1] else { return nil }
        return (y, m, d)
    }

    private func scheduledStart(zone: IndonesianTimeZone) throws(StoreError) -> Date? {
        guard let date = string("rapat", "tanggal"), !date.isEmpty else { return nil }
        let clock = (string("rapat", "pukul_mulai") ?? "09.00").replacingOccurrences(of: ":", with: ".")
        let parts = clock.split(separator: ".")
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2 else {
            throw fail("rapat", "pukul_mulai", tr("store.settings.clock", ["value": clock]), tr("store.settings.clock.fix"))
        }
        let hour = parts[0].count == 1 ? "0" + parts[0] : String(parts[0])
        guard let start = ScriptTime.parse("\(date) \(hour):\(parts[1])", zone: zone) else {
            throw fail("rapat", "tanggal", tr("store.settings.start", ["date": date, "clock": clock]),
                       tr("store.settings.start.fix"))
        }
        return start
    }

    private func value(_ section: String, _ key: String) -> TOMLValueConvertible? {
        var current: TOMLTable? = table
        for part in section.split(separator: ".") { current = current?[String(part)]?.table }
        return current?[key]
    }

    func string(_ section: String, _ key: String) -> String? { value(section, key)?.string }
    func int(_ section: String, _ key: String) -> Int? { value(section, key)?.int }
    func bool(_ section: String, _ key: String) -> Bool? { value(section, key)?.bool }

    private func fail(_ section: String, _ key: String, _ problem: String, _ fix: String, occurrence: Int = 0) -> StoreError {
        .settings(path: path, line: line(of: key, in: section, occurrence: occurrence), problem: problem, fix: fix)
    }

    /// The 1-based line where `key` is assigned inside `[section]` (or the `occurrence`-th `[[section]]` block),
    /// found by scanning the text; with `key` empty, the line of the section header itself.
    func line(of key: String, in section: String, occurrence: Int = 0) -> Int? {
        var current = ""
        var blocks = -1
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let name = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).components(separatedBy: "]")[0]
                current = name.trimmingCharacters(in: .whitespaces)
                if current == section {
                    blocks += 1
                    if key.isEmpty, blocks == occurrence { return number + 1 }
                }
            } else if current == section, blocks == occurrence || !line.isEmpty && blocks < 0, line.hasPrefix(key), !key.isEmpty,
                      line.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") {
                return number + 1
            }
        }
        return nil
    }
}
