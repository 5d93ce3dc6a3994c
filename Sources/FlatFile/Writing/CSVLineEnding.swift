/// The line break written after each record.
public enum CSVLineEnding: String, Hashable, Sendable, CaseIterable {
    /// CR LF, as RFC 4180 says and Windows programs expect.
    case crlf
    /// LF alone.
    case lf
    /// CR alone (old Mac programs).
    case cr

    /// The bytes of the line break.
    public var bytes: [UInt8] {
        switch self {
        case .crlf: [0x0D, 0x0A]
        case .lf: [0x0A]
        case .cr: [0x0D]
        }
    }
}
