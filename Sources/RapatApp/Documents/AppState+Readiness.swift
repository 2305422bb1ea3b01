import Foundation
import RapatCore
import RapatText
import RapatDocuments

/// "Siap berita acara?": what the berita acara still lacks, in the desk's keys, and the form of its identity
/// fields (issue 13 item 3). The core names the gaps; the desk says which key fills each one.
extension AppState {
    /// One line of the checklist: done or not, what it is, and its value or how to fill it.
    struct ReadinessItem: Equatable {
        var done: Bool
        var field: String
        var detail: String
    }

    /// Every item of DOMAIN §12.2 the desk can fill, in order, with the open votes and elections after them.
    var readinessItems: [ReadinessItem] {
        let gaps = Set(meeting.beritaAcaraGaps)
        let profile = meeting.documentProfile
        let zone = meeting.timeZone
        let identity = tr("documents.fix.identity")
        func item(_ gap: BeritaAcaraGap, _ value: String, _ fix: String) -> ReadinessItem {
            gaps.contains(gap) ? ReadinessItem(done: false, field: gap.field, detail: fix)
                : ReadinessItem(done: true, field: gap.field, detail: value)
        }
        var items = [
            item(.registrationNotOpen, meeting.opening.map { tr("documents.value.registrationOpened", ["time": UIFormat.time($0.at, zone: zone)]) } ?? "",
                 tr("documents.fix.registration", ["key": KeyMap.label(of: .openRegistration)])),
            item(.legalEntityNumber, profile?.legalEntityNumber ?? "", identity),
            item(.legalEntityDate, profile?.details.legalEntityDate ?? "", identity),
            item(.place, profile?.place ?? "", identity),
            item(.meetingNotOpened, meeting.meetingOpenedAt.map { UIFormat.time($0, zone: zone) } ?? "",
                 tr("documents.fix.openMeeting", ["key": KeyMap.label(of: .openMeeting)])),
            item(.meetingNotClosed, meeting.closedAt.map { UIFormat.time($0, zone: zone) } ?? tr("documents.value.postponed"),
                 tr("documents.fix.close", ["key": KeyMap.label(of: .nextAgendaItem)])),
            item(.quorumNeverMet, tr("documents.value.quorum"), tr("documents.fix.quorum", ["key": KeyMap.label(of: .declareQuorum)])),
            item(.noPresidium, meeting.presidium.map { tr("documents.value.presidium", ["chair": $0.chair, "secretary": $0.secretary]) } ?? "",
                 tr("documents.fix.presidium", ["key": KeyMap.label(of: .enterPresidium)])),
            item(.noDecisions, tr("documents.value.decisions", ["n": meeting.decisions.count]),
                 tr("documents.fix.decisions", ["key": KeyMap.label(of: .writeDecision), "vote": KeyMap.label(of: .vote)])),
        ]
        for matter in meeting.openMatters {
            items.append(ReadinessItem(done: false, field: BeritaAcaraGap.open(matter).field, detail: Self.deskText(matter)))
        }
        return items
    }

    /// What to check though the berita acara can be written (witnesses, RAT number), as `rapat docs` warns.
    var readinessWarnings: [String] {
        // Resolving the pimpinan and witnesses scans the roster (~5 ms each at 12,022 members); the screen asks on
        // every redraw and every arrow key, so the answer is kept until the journal changes.
        let key = ReadinessWarningsCache.Key(eventCount: meeting.eventCount, rosterVersion: meeting.roster.version,
                                             readOnly: readOnly)
        if let cached = readinessCache.warnings(for: key) { return cached }
        let warnings = computedReadinessWarnings
        readinessCache.store(warnings, for: key)
        return warnings
    }

    private var computedReadinessWarnings: [String] {
        guard meeting.opening != nil, meeting.postponement == nil else { return [] }
        // `rapat docs` names the settings and the script command; here the field of the form says it.
        return BeritaAcaraModel.warnings(meeting).map { warning in
            warning.replacingOccurrences(of: "ba_details saksi", with: tr("documents.warning.formWitness"))
                .replacingOccurrences(of: "ba_details rat_ke", with: tr("documents.warning.formRatNumber"))
        }
    }

    /// The identity fields now (settings and corrections), for the screen.
    var documentDetailLines: [(label: String, value: String)] {
        guard let profile = meeting.documentProfile else { return [] }
        let values = DocumentAmendment.currentValues(of: profile)
        return EntryForm.documentDetailKeys.map { key in
            var value = values[key] ?? ""
            if key == "cara_hadir" { value = AttendanceMode(rawValue: value)?.label ?? value }
            if DocumentAmendment.listKeys.contains(key) { value = value.split(separator: "\n").joined(separator: "; ") }
            return (EntryForm.documentDetailLabel(key), value)
        }
    }

    /// Opens the identity form on the agenda screen, each field showing its value now.
    mutating func startDocumentDetails() -> [AppEffect] {
        guard let profile = meeting.documentProfile else {
            message = DeskMessage(.info, tr("documents.details.notYet", ["key": KeyMap.label(of: .openRegistration)]))
            return []
        }
        screen = .agenda
        startForm(.documentDetails(profile), tr("documents.details.start"))
        return []
    }

    /// The last Enter of the identity form: nothing to record, or one correction after confirmation.
    mutating func completeDocumentDetails(_ form: EntryForm) -> [AppEffect] {
        guard case let .documentDetails(before) = form.purpose else { return [] }
        guard let changes = form.documentDetailChanges(from: before) else {
            clearInput()
            mode = .search
            screen = .readiness
            message = DeskMessage(.info, tr("documents.details.unchanged"))
            return []
        }
        let changed = EntryForm.documentDetailKeys.filter { changes[$0] != nil }.map { EntryForm.documentDetailLabel($0).lowercased() }
        return ask(.amendDocumentDetails(fields: changes, at: now),
                   tr("documents.details.confirm", ["fields": changed.joined(separator: ", ")]))
    }
}

extension AppState {
    /// "Rapat belum dibuka: F7 untuk membuka." — without the key in the review mode, where F7 records nothing.
    var notOpenedAdvice: String {
        readOnly ? tr("documents.notOpened") : tr("documents.notOpenedKey", ["key": KeyMap.label(of: .openMeeting)])
    }
}

/// The readiness warnings of one journal state, shared by the copies of an `AppState` (the screen renders a copy).
final class ReadinessWarningsCache {
    struct Key: Equatable {
        var eventCount: Int64, rosterVersion: Int, readOnly: Bool
    }

    private var key: Key?
    private var value: [String] = []

    func warnings(for key: Key) -> [String]? { key == self.key ? value : nil }

    func store(_ warnings: [String], for key: Key) {
        self.key = key
        value = warnings
    }
}
