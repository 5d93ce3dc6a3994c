/// What ends each written segment: CR as the standard says, or LF / CRLF for partners and tools that want lines.
public enum HL7v2SegmentTerminator: String, Hashable, Sendable, CaseIterable {
    /// CR (0x0D), the standard terminator.
    case carriageReturn = "cr"
    /// LF (0x0A).
    case lineFeed = "lf"
    /// CR LF.
    case carriageReturnLineFeed = "crlf"

    /// The terminator's bytes.
    public var bytes: [UInt8] {
        switch self {
        case .carriageReturn: [0x0D]
        case .lineFeed: [0x0A]
        case .carriageReturnLineFeed: [0x0D, 0x0A]
        }
    }
}
