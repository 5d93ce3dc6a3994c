import Foundation
import WharfCore

/// An outbound message produced by translating an inbound one: its bytes and where it goes.
public struct OutboundDraft: Sendable {
    public var bytes: [UInt8]
    public var role: MessageRole
    /// The partner it goes to.
    public var partner: String?
    /// The outbound channel (`channel` of that partner).
    public var channel: String
    public var transport: String?
    public var format: String
    public var messageType: String?
    /// The control number Wharf assigned (`ISA13 000000042`, `MSH-10 W000042`).
    public var controlKey: String?
    /// Acknowledgments the partner owes for it (a 997 for its group, an 855 for an order), each with a deadline.
    public var expectations: [AcknowledgmentExpectation] = []

    public init(bytes: [UInt8], role: MessageRole = .output, partner: String?, channel: String, transport: String?,
                format: String, messageType: String? = nil, controlKey: String? = nil) {
        self.bytes = bytes
        self.role = role
        self.partner = partner
        self.channel = channel
        self.transport = transport
        self.format = format
        self.messageType = messageType
        self.controlKey = controlKey
    }
}

/// The result of translating one inbound message, recorded in one transaction: its new state, its diagnostics and
/// the outbound messages it produced (queued for delivery).
public struct TranslationRecord: Sendable {
    /// `translated`, `rejected` or `dead`.
    public var state: MessageState
    public var format: String?
    public var messageType: String?
    public var diagnostics: [Diagnostic]
    /// Why it is `dead` or `rejected`, in one line without payload text.
    public var error: String?
    public var outputs: [OutboundDraft]
    /// Expected acknowledgments this message is (a 997 for a group Wharf sent, an 855 for an order), satisfied in
    /// the same transaction.
    public var acknowledges: [AcknowledgmentKey] = []

    public init(state: MessageState, format: String? = nil, messageType: String? = nil,
                diagnostics: [Diagnostic] = [], error: String? = nil, outputs: [OutboundDraft] = []) {
        self.state = state
        self.format = format
        self.messageType = messageType
        self.diagnostics = diagnostics
        self.error = error
        self.outputs = outputs
    }
}

/// What identifies an expected acknowledgment: its kind (`997`, `999`, `855`) and key (`GS06 42`, `PO 4500012345`).
public struct AcknowledgmentKey: Sendable, Hashable {
    public var kind: String
    public var key: String

    public init(kind: String, key: String) {
        self.kind = kind
        self.key = key
    }
}

/// An acknowledgment a partner owes for an outbound message, due by a time.
public struct AcknowledgmentExpectation: Sendable, Hashable {
    public var acknowledgment: AcknowledgmentKey
    public var dueAt: Date

    public init(_ acknowledgment: AcknowledgmentKey, dueAt: Date) {
        self.acknowledgment = acknowledgment
        self.dueAt = dueAt
    }
}

/// An expected acknowledgment past its deadline.
public struct OverdueAcknowledgment: Sendable, Hashable {
    /// The outbound message it is owed for.
    public var message: MessageID
    public var partner: String
    public var acknowledgment: AcknowledgmentKey
    public var dueAt: Date
}
