/// The control numbers Wharf assigns to what it sends, each a sequence per partner.
public enum ControlNumberKind: String, Sendable, Hashable, CaseIterable {
    /// ISA13: nine digits.
    case interchange = "isa13"
    /// GS06: up to nine digits.
    case group = "gs06"
    /// ST02: Wharf writes at least four digits.
    case transactionSet = "st02"
    /// HL7 v2 MSH-10.
    case hl7MessageControlID = "msh10"

    /// The largest value; the next one after it is 1 again.
    public var maximum: Int {
        switch self {
        case .interchange, .group, .transactionSet: return 999_999_999
        case .hl7MessageControlID: return 999_999_999_999
        }
    }
}

/// Hands out control numbers: each call returns a number never returned before for that partner and kind (until
/// the sequence wraps at its maximum), across threads, processes and restarts.
public protocol ControlNumberSequence: Sendable {
    /// The first of `count` consecutive numbers of `kind` for `partner`, reserved for the caller (a block starts
    /// again at 1 when it would pass the kind's maximum).
    func next(_ kind: ControlNumberKind, partner: String, count: Int) throws(ControlNumberError) -> Int
}

extension ControlNumberSequence {
    /// The next number of `kind` for `partner`.
    public func next(_ kind: ControlNumberKind, partner: String) throws(ControlNumberError) -> Int {
        try self.next(kind, partner: partner, count: 1)
    }
}

/// A control number could not be assigned (the sequence store cannot be read or written).
public struct ControlNumberError: Error, Sendable, CustomStringConvertible {
    /// What failed, with the file and the system's reason.
    public var message: String

    /// A failure described by `message`.
    public init(message: String) { self.message = message }

    public var description: String { self.message }
}
