import RapatCore

/// The bell on a refused scan: the secretary looking at the member, not the screen, hears that the card was not
/// accepted. Never on success, and never for refusals on the agenda or in forms (those are read, not heard).
struct ScanWatch {
    private let wasScanning: Bool
    private let messagesBefore: Int

    /// Taken before a key is handled.
    init(_ state: AppState) {
        wasScanning = [.desk, .presence].contains(state.screen) && state.mode == .search && !state.showingHelp
        messagesBefore = state.messageLog.count
    }

    /// Whether the key just handled was a scan (or another desk action on a member) that ended refused.
    func refused(_ state: AppState) -> Bool {
        wasScanning && state.messageLog.dropFirst(messagesBefore).contains { $0.kind == .error }
    }
}
