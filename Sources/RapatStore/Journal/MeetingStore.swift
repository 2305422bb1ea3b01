import Foundation

/// Opens a meeting wherever it lives: a path is a SQLite file (the single laptop), a `postgresql://` URL a
/// database shared by several desks. Every command's `--file` and `RAPAT_FILE` go through here.
public enum MeetingStore {
    /// Whether `location` names a shared meeting on a server.
    public static func isServer(_ location: String) -> Bool { PostgresLocation.isURL(location) }

    /// Opens an existing meeting, for writing (a file takes its writer lock) or for reading only.
    public static func open(_ location: String, writable: Bool, purpose: String) throws(StoreError) -> any MeetingJournal {
        if isServer(location) {
            return try PostgresJournal.open(at: PostgresLocation(url: location), writable: writable)
        }
        return try MeetingFile.open(at: location, writable: writable, purpose: purpose)
    }

    /// Creates a new, empty meeting (`rapat init`); refuses one that exists.
    public static func create(_ location: String, purpose: String = "rapat init") throws(StoreError) -> any MeetingJournal {
        if isServer(location) {
            return try PostgresJournal.create(at: PostgresLocation(url: location))
        }
        return try MeetingFile.create(at: location, purpose: purpose)
    }

    /// The location as messages show it (a server URL without its password).
    public static func display(_ location: String) -> String {
        guard isServer(location), let parsed = try? PostgresLocation(url: location) else { return location }
        return parsed.display
    }
}

extension MeetingSession {
    /// Opens `location` for writing and replays the journal. On a server, `desk` claims its desk number (and the
    /// chair's desk for the chair) for this process.
    /// `claimingDesk: false` marks the rows with the desk without holding its number (a script run for that desk).
    public static func open(_ location: String, purpose: String, desk: DeskAssignment? = nil, claimingDesk: Bool = true)
        throws(StoreError) -> MeetingSession {
        let journal = try MeetingStore.open(location, writable: true, purpose: purpose)
        if let desk, claimingDesk, let server = journal as? PostgresJournal {
            let host = ProcessInfo.processInfo.hostName
            do {
                try server.claim(desk, holder: "\(purpose) di \(host), proses \(getpid())")
            } catch {
                server.close()
                throw error
            }
        }
        do {
            return try MeetingSession(journal: journal, desk: desk)
        } catch {
            journal.close()
            throw error
        }
    }
}
