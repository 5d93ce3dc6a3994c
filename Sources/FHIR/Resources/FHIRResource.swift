/// A FHIR resource read from JSON: its document, type and release. The starting point of the FHIR mappings.
public struct FHIRResource: Sendable {
    /// The parsed JSON.
    public let document: JSONDocument
    /// The root's `resourceType` (`SupplyRequest`, `Bundle`).
    public let resourceType: String
    /// The release the resource was read (and validated) as.
    public let release: FHIRRelease
    /// Whether Wharf has definitions for the resource type in that release.
    public let isSupported: Bool

    /// Creates a resource description.
    public init(document: JSONDocument, resourceType: String, release: FHIRRelease, isSupported: Bool) {
        self.document = document
        self.resourceType = resourceType
        self.release = release
        self.isSupported = isSupported
    }

    /// The root object.
    public var root: JSONNode { self.document.root }
}
