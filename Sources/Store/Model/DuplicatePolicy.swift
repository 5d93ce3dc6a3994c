/// What a partner's duplicate (same control number, or same content) does, per partner profile.
public enum DuplicatePolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Stored as `duplicate` and answered with a rejection where the format has one; not translated.
    case reject
    /// Stored as `duplicate` and not translated; nothing is answered beyond the transport's receipt.
    case skip
    /// Translated like any other message, and flagged for an operator.
    case acceptAndFlag = "accept-and-flag"
}

/// Why the ledger considers a message a duplicate.
public enum DuplicateReason: String, Sendable, Hashable, Codable {
    /// The partner's control number (ISA13, or MSH-10) was seen before.
    case controlNumber = "control-number"
    /// The same bytes were seen before from this partner, under any name.
    case contentHash = "content-hash"
}
