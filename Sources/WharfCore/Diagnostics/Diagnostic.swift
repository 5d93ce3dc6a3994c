/// One problem (or remark) found in a document, with its exact position.
///
/// The message names positions, codes and expectations; it never contains element values, which may be patient data.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// How serious it is.
    public var severity: DiagnosticSeverity
    /// The stable code.
    public var code: DiagnosticCode
    /// Where it is, in the standard's own terms; `nil` for problems of the whole input.
    public var location: SourceLocation?
    /// What is wrong and what is expected, for people.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: DiagnosticSeverity, _ code: DiagnosticCode, at location: SourceLocation?, _ message: String) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
    }

    /// The one-line text form: `error x12.element.not-numeric PO102 (segment 13, set 0001): quantity must be numeric`.
    public var text: String {
        var line = "\(self.severity.rawValue) \(self.code.rawValue)"
        if let location = self.location { line += " \(location.text)" }
        return line + ": " + self.message
    }

    private enum CodingKeys: String, CodingKey { case severity, code, message, location }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.severity, forKey: .severity)
        try container.encode(self.code, forKey: .code)
        try container.encode(self.message, forKey: .message)
        if let location = self.location {
            try container.encode(location, forKey: .location)
        } else {
            try container.encodeNil(forKey: .location)
        }
    }
}
