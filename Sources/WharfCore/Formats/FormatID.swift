/// Names one concrete format: a family, optionally a message type and a version.
///
/// The text form is `family[:type][@version]`, e.g. `x12:850@004010`, `hl7v2:OMS^O05@2.5.1`,
/// `fhir:SupplyRequest@R4`, `csv:order-lines@1`, `canonical`.
///
/// ```swift
/// let id = try FormatID(parsing: "x12:850@004010")
/// id.family == .x12; id.messageType == "850"; id.version == "004010"
/// ```
public struct FormatID: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The syntax family.
    public var family: FormatFamily
    /// The message or transaction type (`850`, `OMS^O05`, `SupplyRequest`, a CSV layout), when known.
    public var messageType: String?
    /// The version or release (`004010`, `2.5.1`, `R4`), when known.
    public var version: String?

    /// Creates a format id from its parts.
    public init(family: FormatFamily, messageType: String? = nil, version: String? = nil) {
        self.family = family
        self.messageType = messageType
        self.version = version
    }

    /// Parses the text form `family[:type][@version]`.
    /// - Throws: ``TranslationError`` with code `format.id.invalid` when the text is empty or a part is empty.
    public init(parsing text: String) throws(TranslationError) {
        var rest = Substring(text)
        var version: Substring?
        if let at = rest.lastIndex(of: "@") {
            version = rest[rest.index(after: at)...]
            rest = rest[..<at]
        }
        var type: Substring?
        if let colon = rest.firstIndex(of: ":") {
            type = rest[rest.index(after: colon)...]
            rest = rest[..<colon]
        }
        guard !rest.isEmpty, type?.isEmpty != true, version?.isEmpty != true else {
            throw TranslationError(
                code: .formatIDInvalid,
                message: "format '\(text)' is not of the form family[:type][@version], e.g. x12:850@004010"
            )
        }
        self.init(family: FormatFamily(rawValue: rest.lowercased()), messageType: type.map(String.init),
                  version: version.map(String.init))
    }

    /// True when `other` names the same family and agrees on every part that both specify.
    public func matches(_ other: FormatID) -> Bool {
        guard self.family == other.family else { return false }
        if let mine = self.messageType, let theirs = other.messageType, mine != theirs { return false }
        if let mine = self.version, let theirs = other.version, mine != theirs { return false }
        return true
    }

    public var description: String {
        var text = self.family.rawValue
        if let type = self.messageType { text += ":" + type }
        if let version = self.version { text += "@" + version }
        return text
    }
}
