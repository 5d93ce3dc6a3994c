/// An X12 simple data element type.
public enum X12DataType: Hashable, Sendable {
    /// `AN`: string.
    case string
    /// `ID`: identifier from a code list.
    case identifier
    /// `DT`: date, `YYMMDD` or `CCYYMMDD`.
    case date
    /// `TM`: time, `HHMM[SS[d..d]]`.
    case time
    /// `R`: decimal number with an explicit decimal point when needed.
    case decimal
    /// `Nn`: integer with `n` implied decimal places.
    case numeric(impliedDecimals: Int)
    /// `B`: binary.
    case binary

    /// Reads the standard's type code (`AN`, `ID`, `DT`, `TM`, `R`, `B`, `N0`…`N9`, `N` = `N0`).
    public init?(code: String) {
        switch code {
        case "AN": self = .string
        case "ID": self = .identifier
        case "DT": self = .date
        case "TM": self = .time
        case "R": self = .decimal
        case "B": self = .binary
        case "N": self = .numeric(impliedDecimals: 0)
        default:
            guard code.count == 2, code.first == "N", let digits = Int(code.dropFirst()) else { return nil }
            self = .numeric(impliedDecimals: digits)
        }
    }

    /// The standard's type code.
    public var code: String {
        switch self {
        case .string: "AN"
        case .identifier: "ID"
        case .date: "DT"
        case .time: "TM"
        case .decimal: "R"
        case .binary: "B"
        case .numeric(let decimals): "N\(decimals)"
        }
    }
}
