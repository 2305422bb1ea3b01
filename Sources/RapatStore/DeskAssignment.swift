import RapatCore
import RapatText

/// Which desk a session is when several share one meeting: its number (in the journal and the daftar hadir) and
/// its role. The chair's desk runs the agenda, votes, elections, SHU and the closing; registration desks only
/// record attendance. The role is checked here, below every screen and script, so no path slips past it.
public struct DeskAssignment: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable {
        case chair = "pimpinan"
        case registration = "presensi"
    }

    public var number: Int
    public var role: Role

    public init(number: Int, role: Role) {
        self.number = number
        self.role = role
    }

    /// Desk 1 is the chair's unless told otherwise; the others register members.
    public static func defaultRole(for number: Int) -> Role { number == 1 ? .chair : .registration }

    /// Refuses a chair's command on a registration desk, before anything is decided or written.
    func permit(_ command: Command, path: String) throws(StoreError) {
        guard role == .registration, !command.isRegistrationDeskCommand else { return }
        throw .chairCommandOnRegistrationDesk(path: path, desk: number)
    }
}
