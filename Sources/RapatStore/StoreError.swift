import Foundation
import RapatText

/// Why a meeting file or settings file could not be used, with what to do about it.
public enum StoreError: Error, Equatable, Sendable {
    case meetingFileNotFound(path: String)
    case meetingFileExists(path: String)
    case notAMeetingFile(path: String, reason: String)
    case newerFormat(path: String, version: Int)
    case lockedByAnotherProcess(path: String, holder: String)
    case cannotLock(path: String, reason: String)
    case database(path: String, reason: String)
    case settingsFileExists(path: String)
    case settingsNotFound(path: String)
    case settings(path: String, line: Int?, problem: String, fix: String)
    case unreadableFile(path: String, reason: String)
    /// A writer was asked for a file it cannot append to (read-only file, folder or medium).
    case readOnlyMeetingFile(path: String, reason: String)
    /// The hash chain no longer holds: nothing more may be appended to it.
    case brokenJournal(path: String, problem: String)
    /// A sender's command id is already in the journal for a command with other content.
    case commandIDReused(path: String, id: String, sequence: Int64)
    /// A copy (`rapat salin`) could not be made or did not verify.
    case copyFailed(path: String, reason: String)
    /// A registration desk was asked for something only the chair's desk does.
    case chairCommandOnRegistrationDesk(path: String, desk: Int)
    /// The meeting's server could not be reached or stopped answering; nothing unconfirmed was recorded.
    case serverUnreachable(path: String, reason: String)
    /// The connection broke while a command was being committed and the server could not be asked since:
    /// whether it was recorded is known only once the server answers again.
    case outcomeUnknown(path: String, reason: String)
    /// Another desk process holds this desk number, or the chair's desk, on the same meeting.
    case deskTaken(path: String, desk: Int, holder: String)

    public var message: String {
        switch self {
        case let .meetingFileNotFound(path):
            return tr("store.error.meetingFileNotFound", ["path": path])
        case let .meetingFileExists(path):
            return tr("store.error.meetingFileExists", ["path": path])
        case let .notAMeetingFile(path, reason):
            return tr("store.error.notAMeetingFile", ["path": path, "reason": reason])
        case let .newerFormat(path, version):
            return tr("store.error.newerFormat", ["path": path, "version": version])
        case let .lockedByAnotherProcess(path, holder):
            return tr("store.error.locked", ["path": path, "holder": holder])
        case let .cannotLock(path, reason):
            return tr("store.error.cannotLock", ["path": path, "reason": reason])
        case let .database(path, reason):
            return tr("store.error.database", ["path": path, "reason": reason])
        case let .settingsFileExists(path):
            return tr("store.error.settingsFileExists", ["path": path])
        case let .settingsNotFound(path):
            return tr("store.error.settingsNotFound", ["path": path])
        case let .settings(path, line, problem, fix):
            let location = line.map { "\(path):\($0)" } ?? path
            return "\(location): \(problem): \(fix)"
        case let .unreadableFile(path, reason):
            return tr("store.error.unreadable", ["path": path, "reason": reason])
        case let .readOnlyMeetingFile(path, reason):
            return tr("store.error.readOnly", ["path": path, "reason": reason])
        case let .brokenJournal(path, problem):
            return tr("store.error.brokenJournal", ["path": path, "problem": problem])
        case let .commandIDReused(_, id, sequence):
            return tr("store.error.commandIDReused", ["id": id, "seq": sequence])
        case let .copyFailed(path, reason):
            return tr("store.error.copyFailed", ["path": path, "reason": reason])
        case let .chairCommandOnRegistrationDesk(_, desk):
            return tr("store.error.chairOnly", ["desk": desk])
        case let .serverUnreachable(path, reason):
            return tr("store.error.serverUnreachable", ["path": path, "reason": reason])
        case let .outcomeUnknown(path, reason):
            return tr("store.error.outcomeUnknown", ["path": path, "reason": reason])
        case let .deskTaken(path, desk, holder):
            return tr("store.error.deskTaken", ["path": path, "desk": desk, "holder": holder])
        }
    }
}

extension StoreError: CustomStringConvertible {
    public var description: String { message }
}
