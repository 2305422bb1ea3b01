/// `[meja]` in koperasi.toml: how the registration desk looks and sounds. Not frozen into the meeting: it is the
/// desk's own preference, not an AD/ART rule.
public struct DeskSettings: Sendable, Equatable {
    /// `nama_besar`: the last checked-in name in large block letters, readable from a few metres.
    public var bigName: Bool
    /// `bunyi_tolak`: the terminal bell (or a flash) when a scan is refused; never on success.
    public var alertOnRefusal: Bool

    public init(bigName: Bool = false, alertOnRefusal: Bool = true) {
        self.bigName = bigName
        self.alertOnRefusal = alertOnRefusal
    }
}
