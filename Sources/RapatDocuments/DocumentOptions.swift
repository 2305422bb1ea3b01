/// Choices of `rapat docs` that change how a document is laid out, never what it records.
public struct DocumentOptions: Sendable, Equatable {
    /// The order of the daftar hadir (`--urutan-hadir`).
    public var attendanceOrder: AttendanceOrder

    public init(attendanceOrder: AttendanceOrder = .nomor) {
        self.attendanceOrder = attendanceOrder
    }

    public static let defaults = DocumentOptions()
}

/// How the daftar hadir lists the members present.
public enum AttendanceOrder: String, CaseIterable, Sendable {
    /// By member number, in natural order ("A-2" before "A-10"): one person is found among 9.000.
    case nomor
    /// By unit, then member number, with a subtotal after each unit.
    case unit
    /// By first arrival, as the desk recorded them.
    case datang
}
