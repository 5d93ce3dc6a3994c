extension FHIRPrimitiveFormat {
    /// True when `text` follows the format (for ``integer``: the shape only; ranges belong to the type).
    ///
    /// ```swift
    /// FHIRPrimitiveFormat.date.accepts("2024-02-29")   // true
    /// FHIRPrimitiveFormat.date.accepts("2023-02-29")   // false: not a calendar date
    /// ```
    public func accepts(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { self.accepts($0) }
    }

    /// True when the UTF-8 `bytes` follow the format.
    func accepts(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .boolean: return bytes.elementsEqual("true".utf8) || bytes.elementsEqual("false".utf8)
        case .integer: return FHIRLexicalChecks.integer(bytes)
        case .decimal: return !bytes.isEmpty && JSONNumber.grammarLength(of: bytes, from: 0) == bytes.count
        case .string: return !bytes.isEmpty && !bytes.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        case .code: return FHIRLexicalChecks.code(bytes)
        case .id: return FHIRLexicalChecks.id(bytes)
        case .uri: return !bytes.isEmpty && !bytes.contains(where: FHIRLexicalChecks.isRegexSpace)
        case .oid: return FHIRLexicalChecks.oid(bytes)
        case .uuid: return FHIRLexicalChecks.uuid(bytes)
        case .base64Binary: return FHIRLexicalChecks.base64(bytes)
        case .date: return FHIRDateTimeChecks.date(bytes)
        case .dateTime: return FHIRDateTimeChecks.dateTime(bytes)
        case .instant: return FHIRDateTimeChecks.instant(bytes)
        case .time: return FHIRDateTimeChecks.time(bytes)
        case .xhtml: return FHIRLexicalChecks.xhtml(bytes)
        }
    }

    /// What a valid value looks like, for messages.
    public var expectation: String {
        switch self {
        case .boolean: "true or false"
        case .integer: "a whole number without fraction or exponent"
        case .decimal: "a JSON number"
        case .string: "text without control characters other than tab, CR and LF"
        case .code: "text without leading, trailing or repeated whitespace"
        case .id: "1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'"
        case .uri: "a URI without whitespace"
        case .oid: "urn:oid: followed by a dotted OID"
        case .uuid: "urn:uuid: followed by a lower-case UUID"
        case .base64Binary: "base64 text"
        case .date: "YYYY, YYYY-MM or YYYY-MM-DD (a calendar date)"
        case .dateTime: "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss[.fff] with Z or +hh:mm/-hh:mm"
        case .instant: "YYYY-MM-DDThh:mm:ss[.fff] with Z or +hh:mm/-hh:mm"
        case .time: "hh:mm:ss[.fff]"
        case .xhtml: "an XHTML <div> element"
        }
    }
}
