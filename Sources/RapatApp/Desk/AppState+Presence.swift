import Foundation
import RapatCore
import RapatText
import TerminalUI

/// A member's standing on the present / absent list (issue 13 item 5).
public enum PresenceStatus: CaseIterable, Hashable, Sendable {
    /// Present now and counted for quorum.
    case present
    /// Checked in earlier, outside the room now.
    case left
    /// Never checked in (or the only check-in was voided).
    case absent
    /// Present now but not counted: anggota luar biasa, calon, peninjau, in arrears when that suspends.
    case notCounted

    public var label: String {
        switch self {
        case .present: tr("desk.presence.present")
        case .left: tr("desk.presence.left")
        case .absent: tr("desk.presence.absent")
        case .notCounted: tr("desk.presence.notCounted")
        }
    }
}

/// The present / absent list's filters, selection and the rows they select; kept by `AppState`, drawn by
/// `PresenceScreen`. Rows are roster positions: the order is computed once per roster, the rows once per change
/// of search, filter or meeting, never on a redraw.
public struct PresenceView {
    /// nil shows every status.
    public var statusFilter: PresenceStatus?
    /// An index into `roster.units`; nil shows every unit.
    public var unitFilter: Int?
    public var list = ListState()
    /// Rows the screen shows at once, set by the runner from the terminal's height; PgUp/PgDn move by it.
    public var visibleRows = PresenceScreen.listRows(width: 80, height: 24)
    /// The rows shown: roster positions after search and filters.
    public internal(set) var rows: [Int32] = []
    /// Roster positions by member number (natural order), and each member's unit index, for `rosterVersion`.
    var order: [Int32] = []
    var unitIndex: [Int32] = []
    /// The widest member number, for the number column.
    public internal(set) var numberWidth = 5
    var rosterVersion = -1
    /// What `rows` was computed from.
    var rowsKey: RowsKey?

    struct RowsKey: Equatable {
        var search: String, status: PresenceStatus?, unit: Int?, rosterVersion: Int, eventCount: Int64
    }

    public init() {}
}

/// The counts at the top of the list, from the attendance book's running counters (no scan of the roster).
public struct PresenceCounts: Equatable, Sendable {
    public var present = 0, left = 0, absent = 0, notCounted = 0

    public init(present: Int = 0, left: Int = 0, absent: Int = 0, notCounted: Int = 0) {
        self.present = present
        self.left = left
        self.absent = absent
        self.notCounted = notCounted
    }

    public func count(_ status: PresenceStatus) -> Int {
        switch status {
        case .present: present
        case .left: left
        case .absent: absent
        case .notCounted: notCounted
        }
    }
}

extension MeetingState {
    /// The member at roster `position` on the present / absent list.
    public func presenceStatus(at position: Int) -> PresenceStatus {
        guard let record = attendance.record(at: position) else { return .absent }
        guard record.isPresent else { return .left }
        return counts(roster.members[position]) ? .present : .notCounted
    }

    public var presenceCounts: PresenceCounts {
        let book = attendance
        return PresenceCounts(present: book.presentCounting,
                              left: book.attendedCount - book.presentCounting - book.presentNotCounting,
                              absent: roster.count - book.attendedCount, notCounted: book.presentNotCounting)
    }
}

extension AppState {
    /// Opens the list, keeping its filters from the last visit.
    mutating func showPresence() {
        guard screen != .presence else { return }
        // A half-filled form is parked, as for the desk, and comes back on the agenda screen.
        if case let .form(form) = mode { parkedForm = (form, input) }
        clearInput()
        screen = .presence
        presence.list.reset()
        message = nil
        refreshPresence()
    }

    /// Recomputes the rows when the search, a filter or the meeting changed since the last time.
    mutating func refreshPresence() {
        let roster = meeting.roster
        if presence.rosterVersion != roster.version || presence.order.count != roster.count {
            presence.order = (0..<Int32(roster.count)).sorted {
                Roster.naturalOrder(roster.members[Int($0)].number.rawValue, roster.members[Int($1)].number.rawValue)
            }
            let units = Dictionary(uniqueKeysWithValues: roster.units.enumerated().map { ($1, Int32($0)) })
            presence.unitIndex = roster.members.map { units[$0.unit] ?? -1 }
            presence.numberWidth = max(5, min(12, roster.members.map { CellWidth.of($0.number.rawValue) }.max() ?? 0))
            presence.rosterVersion = roster.version
            presence.rowsKey = nil
        }
        let search = input.trimmingCharacters(in: .whitespaces)
        let key = PresenceView.RowsKey(search: search, status: presence.statusFilter, unit: presence.unitFilter,
                                       rosterVersion: roster.version, eventCount: meeting.eventCount)
        guard key != presence.rowsKey else { return }
        // A new search or filter starts at the top; a check-in keeps the place.
        if presence.rowsKey.map({ $0.search != key.search || $0.status != key.status || $0.unit != key.unit }) ?? true {
            presence.list.reset()
        }
        presence.rowsKey = key
        // The search index narrows the previous matches when a character is appended (best matches first);
        // without a search, the order by number computed once per roster.
        let candidates: [Int32] = search.isEmpty
            ? presence.order
            : searchIndex.search(search, limit: roster.count).positions.map { Int32($0) }
        let status = presence.statusFilter, unit = presence.unitFilter.map(Int32.init)
        if status == nil, unit == nil {
            presence.rows = candidates
        } else {
            let meeting = meeting, units = presence.unitIndex
            presence.rows = candidates.filter { position in
                (unit == nil || units[Int(position)] == unit) && (status == nil || meeting.presenceStatus(at: Int(position)) == status)
            }
        }
        presence.list.clamp(count: presence.rows.count, visibleRows: presence.visibleRows)
    }

    /// The key map's intents on the list; nil for those it leaves to the other screens' handling.
    mutating func performPresence(_ intent: DeskIntent) -> [AppEffect]? {
        let count = presence.rows.count
        switch intent {
        case .selectPrevious: presence.list.move(by: -1, count: count)
        case .selectNext: presence.list.move(by: 1, count: count)
        case .pageUp: presence.list.move(by: -max(1, presence.visibleRows - 1), count: count)
        case .pageDown: presence.list.move(by: max(1, presence.visibleRows - 1), count: count)
        case .cycleStatusFilter:
            let all = PresenceStatus.allCases
            presence.statusFilter = presence.statusFilter.map { all.firstIndex(of: $0)! + 1 < all.count ? all[all.firstIndex(of: $0)! + 1] : nil }
                ?? all[0]
        case .cycleUnitFilter:
            let units = meeting.roster.units.count
            presence.unitFilter = presence.unitFilter.map { $0 + 1 < units ? $0 + 1 : nil } ?? (units > 0 ? 0 : nil)
        case .submit:
            return submitPresence()
        default:
            return nil
        }
        presence.list.clamp(count: count, visibleRows: presence.visibleRows)
        return []
    }

    /// Enter: checks in a member not yet present, through the desk's command; says what the others are.
    private mutating func submitPresence() -> [AppEffect] {
        let selected = presence.list.selected
        guard selected < presence.rows.count else {
            message = DeskMessage(.info, input.isEmpty ? tr("desk.presence.emptyList") : tr("desk.presence.noMatch", ["input": input]))
            return []
        }
        let position = Int(presence.rows[selected])
        let member = meeting.roster.members[position]
        let who = "\(member.name) (\(member.number))"
        let record = meeting.attendance.record(at: position)
        switch meeting.presenceStatus(at: position) {
        case .absent:
            guard registrationOpen else {
                message = DeskMessage(.info, tr("desk.presence.absentClosed", ["who": who]))
                return []
            }
            return [.execute(.checkIn(member.number, at: now))]
        case .present:
            let since = record?.currentArrival.map { tr("desk.presence.since", ["time": IndonesianFormat.clock($0, zone: zone)]) } ?? ""
            message = DeskMessage(.info, tr("desk.presence.isPresent", ["who": who, "since": since]))
        case .left:
            let at = record?.lastLeft.map { tr("desk.presence.at", ["time": IndonesianFormat.clock($0, zone: zone)]) } ?? ""
            message = DeskMessage(.info, tr("desk.presence.isLeft", ["who": who, "at": at]))
        case .notCounted:
            message = DeskMessage(.info, tr("desk.presence.isNotCounted", ["who": who,
                                                                          "kind": DeskLabels.attendee(member, in: meeting)]))
        }
        return []
    }
}
