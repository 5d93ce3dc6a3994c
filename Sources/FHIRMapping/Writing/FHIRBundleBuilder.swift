import Canonical
import FHIR

/// Collects the entries of the `collection` Bundle the serializer writes: document resources and the
/// Organization, Location and Practitioner resources of their parties, each with a `urn:uuid:` fullUrl derived from
/// its content (a party used twice is one entry).
struct FHIRBundleBuilder {
    let values: FHIRValueBuilder
    private(set) var entries: [JSONValue] = []
    private var fullUrls: Set<String> = []

    init(values: FHIRValueBuilder) { self.values = values }

    /// Adds a resource; its fullUrl is the name-based UUID of its content unless given.
    @discardableResult
    mutating func add(_ resource: JSONObject, name: String? = nil) -> String {
        let text = String(decoding: JSONWriter(style: .compact).write(.object(resource)), as: UTF8.self)
        let fullUrl = NameBasedUUID(name: name ?? text).urn
        guard self.fullUrls.insert(fullUrl).inserted else { return fullUrl }
        self.entries.append(["fullUrl": .string(fullUrl), "resource": .object(resource)])
        return fullUrl
    }

    /// A Reference to `party`, adding its resource (Location for ship-to parties when `locations`,
    /// Practitioner for requesters, Organization otherwise).
    mutating func reference(to party: Party, locations: Bool = true) -> JSONValue {
        let writer = PartyResourceWriter(values: self.values)
        let resource = writer.resource(for: party, type: PartyResourceWriter.resourceType(for: party.role,
                                                                                          locations: locations))
        let fullUrl = self.add(resource)
        var reference: JSONObject = ["reference": .string(fullUrl)]
        if let name = party.name { reference["display"] = .string(name) }
        return .object(reference)
    }

    /// The `party` extensions of `parties`, in source order (role and reference).
    mutating func partyExtensions(_ parties: [Party], locations: Bool = true) -> [JSONValue] {
        parties.map { party in
            let reference = self.reference(to: party, locations: locations)
            return ["url": .string(WharfExtension.party), "extension": [
                self.values.codeExtension("role", party.role.rawValue),
                self.values.valueExtension("party", "valueReference", reference),
            ]]
        }
    }

    /// The Bundle of type `collection`, identified by the first document's number.
    func bundle(identifier: JSONValue?) -> JSONValue {
        var bundle: JSONObject = ["resourceType": "Bundle"]
        // The release, so that a reader detects it (FHIRReleaseDetector reads a versioned meta.profile).
        bundle["meta"] = ["profile": [.string("http://hl7.org/fhir/StructureDefinition/Bundle|"
            + self.values.release.fhirVersion)]]
        if let identifier { bundle["identifier"] = identifier }
        bundle["type"] = "collection"
        bundle["entry"] = .array(self.entries)
        return .object(bundle)
    }
}
