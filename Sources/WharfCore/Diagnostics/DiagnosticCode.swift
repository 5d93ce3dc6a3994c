/// A stable dotted diagnostic code such as `x12.element.not-numeric` or `hl7.field.required-missing`.
///
/// Codes are part of Wharf's public contract (`specs/diagnostics.md`): tools and acknowledgments key on them.
/// Each format module declares its own codes as static members in an extension.
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The dotted code.
    public let rawValue: String

    /// Creates a code from its dotted text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a code from its dotted text.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { self.rawValue }

    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.rawValue)
    }
}

extension DiagnosticCode {
    /// A format id given by a user is not of the form `family[:type][@version]`.
    public static let formatIDInvalid = DiagnosticCode("format.id.invalid")
    /// No registered sniffer recognizes the input.
    public static let formatUnrecognized = DiagnosticCode("format.unrecognized")
    /// A format is recognized but nothing is registered to parse or write it.
    public static let formatUnsupported = DiagnosticCode("format.unsupported")
    /// An input file could not be read.
    public static let inputUnreadable = DiagnosticCode("io.input.unreadable")
    /// An output file could not be written.
    public static let outputUnwritable = DiagnosticCode("io.output.unwritable")
}
