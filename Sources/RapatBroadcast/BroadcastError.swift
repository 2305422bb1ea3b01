import Foundation
import RapatText

/// What `rapat siar` can fail on, in the secretary's words.
public enum BroadcastError: Error, Equatable, Sendable {
    /// The port could not be opened on that address; `detail` is the system's own text.
    case cannotListen(address: String, port: Int, detail: String)

    public var message: String {
        switch self {
        case let .cannotListen(address, port, detail):
            tr("siar.error.cannotListen", ["port": port, "address": address, "reason": Self.reason(detail)])
        }
    }

    /// The socket error named in Indonesian from the system's text (NIO's `IOError` carries errno's description).
    static func reason(_ detail: String) -> String {
        let lower = detail.lowercased()
        if lower.contains("address already in use") || lower.contains("eaddrinuse") { return tr("siar.error.inUse") }
        if lower.contains("permission denied") || lower.contains("eacces") { return tr("siar.error.denied") }
        if lower.contains("cannot assign requested address") || lower.contains("eaddrnotavail") { return tr("siar.error.notHere") }
        return tr("siar.error.system", ["detail": detail])
    }
}
