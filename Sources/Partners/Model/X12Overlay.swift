/// A partner's narrowing of an X12 transaction set (`overlays.x12` in the profile): tighter usage, lower maximum use
/// and repeats, fewer codes, shorter elements, required item identifiers. Checked against `specs/x12` when the
/// profile loads (``X12OverlayCheck``): anything that would widen the standard is refused.
public struct X12Overlay: Sendable, Hashable {
    /// A narrowed segment.
    public struct Segment: Sendable, Hashable {
        public var tag: String
        public var mandatory: Bool
        public var maxUse: Int?
        public var keyPath: String
    }

    /// A narrowed loop.
    public struct Loop: Sendable, Hashable {
        public var id: String
        public var maxRepeat: Int
        public var keyPath: String
    }

    /// A narrowed element, by reference designator (`PO103`).
    public struct Element: Sendable, Hashable {
        public var segment: String
        public var position: Int
        public var mandatory: Bool
        public var codes: [String]?
        public var maxLength: Int?
        public var keyPath: String

        /// `PO103`.
        public var designator: String { self.segment + (self.position < 10 ? "0" : "") + String(self.position) }
    }

    public var transactionSet: String
    /// The release it applies to; `nil` for every release.
    public var release: String?
    public var segments: [Segment]
    public var loops: [Loop]
    public var elements: [Element]
    /// Product id qualifiers of which every line must carry at least one.
    public var requiredItemQualifiers: [String]
    /// Where the overlay is written (`overlays.x12[0]`).
    public var keyPath: String
}
