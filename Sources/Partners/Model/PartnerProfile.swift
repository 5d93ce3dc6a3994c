import Foundation
import WharfCore

/// A trading partner, resolved from `partners/<id>/profile.yaml`: who it is, how documents reach it and come from it,
/// where each kind of input goes, what its envelopes say, which acknowledgments flow, its cross-reference tables and
/// the narrowing of the standards it asks for.
public struct PartnerProfile: Sendable, Hashable {
    /// The partner's id (its folder's name).
    public var id: String
    /// A name for people.
    public var name: String
    /// Whether documents flow, and whether they count.
    public var status: PartnerStatus
    /// How the partner is recognized in envelopes and requests.
    public var identities: [PartnerIdentity]
    /// The channels documents arrive on.
    public var inbound: [Channel]
    /// The channels documents leave on.
    public var outbound: [Channel]
    /// Where each kind of input goes.
    public var routes: RouteTable
    /// What Wharf writes in the envelopes it sends the partner.
    public var envelope: PartnerEnvelope
    /// Which acknowledgments Wharf sends and expects.
    public var acknowledgments: AcknowledgmentPolicy
    /// The partner's cross-reference tables.
    public var crossReferences: [CrossReferenceTable]
    /// Narrowings of `specs/x12` for this partner.
    public var x12Overlays: [X12Overlay]
    /// The profile file.
    public var path: String

    /// The outbound channel named `name`.
    public func outboundChannel(_ name: String) -> Channel? { self.outbound.first { $0.name == name } }

    /// The cross-reference table of a kind, if the partner has one.
    public func crossReference(_ kind: CrossReferenceKind) -> CrossReferenceTable? {
        self.crossReferences.first { $0.kind == kind }
    }
}

/// Whether a partner's documents flow, and whether they count.
public enum PartnerStatus: String, Sendable, Hashable, CaseIterable {
    /// Documents flow; envelopes are marked test (ISA15 `T`, MSH-11 `T`).
    case test
    /// Documents flow for real.
    case production
    /// Nothing flows; inputs from the partner are refused.
    case disabled
}
