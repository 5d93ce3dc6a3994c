import Synchronization

/// The FHIR definitions of one release that Wharf validates and writes with: the resources it supports, the data
/// types they use, the primitive types, the required value sets and the names of every resource type of the release.
///
/// Read from `specs/fhir` (embedded at build time) the first time a release is asked for.
///
/// ```swift
/// let definitions = FHIRDefinitions.forRelease(.r4)
/// definitions.resource("SupplyRequest")?.element("SupplyRequest.quantity")?.cardinality   // "1..1"
/// definitions.isSupported(resourceType: "Patient")                                         // false
/// ```
public final class FHIRDefinitions: Sendable {
    /// The release.
    public let release: FHIRRelease
    /// The resources Wharf supports, by type name.
    public let resources: [String: FHIRStructureDefinition]
    /// The complex data types those resources use (and `Element`), by name.
    public let dataTypes: [String: FHIRStructureDefinition]
    /// The primitive types of the release, by name.
    public let primitives: [String: FHIRPrimitiveType]
    /// The required value sets, by canonical URL.
    public let valueSets: [String: FHIRValueSet]
    /// Every resource type name of the release (supported or not).
    public let resourceTypes: Set<String>
    /// Element tables: one per resource, data type and backbone element.
    let tables: [FHIRElementTable]
    /// The index in ``tables`` of each key (type name or backbone path).
    let tableIndex: [String: Int]
    /// The table of `Element`, the content of primitive extensions.
    let elementTable: Int
    /// The primitive types by index (sorted by name), for ``FHIRElementTable/Target/primitive(_:)``.
    let primitiveList: [FHIRPrimitiveType]
    /// The required value sets by index (sorted by URL), for ``FHIRElementTable/Entry/valueSet``.
    let valueSetList: [FHIRValueSet]

    /// The definitions of `release`, read once and kept.
    public static func forRelease(_ release: FHIRRelease) -> FHIRDefinitions {
        Self.loaded.withLock { cache in
            if let definitions = cache[release] { return definitions }
            do {
                let definitions = try FHIRDefinitions(release: release, files: EmbeddedFHIRSpecs.files)
                cache[release] = definitions
                return definitions
            } catch {
                preconditionFailure("\(error); fix it and run scripts/embed-specs.sh")
            }
        }
    }

    private static let loaded = Mutex<[FHIRRelease: FHIRDefinitions]>([:])

    /// Reads and resolves the definitions of `release` from the text of the `specs/fhir` files, keyed by their path
    /// under `specs/fhir` (`R4/resources.json`, `primitives.json`, …).
    /// - Throws: ``FHIRDefinitionsError`` for a missing or malformed file, an unknown type, a dangling value set.
    public init(release: FHIRRelease, files: [String: String]) throws(FHIRDefinitionsError) {
        let loader = FHIRDefinitionsLoader(release: release, files: files)
        self.release = release
        self.primitives = try loader.primitives()
        self.valueSets = try loader.valueSets()
        self.resourceTypes = try loader.resourceTypes()
        self.resources = try loader.structures(file: "resources.json", key: "resources", kind: .resource)
        self.dataTypes = try loader.structures(file: "datatypes.json", key: "datatypes", kind: .dataType)
        self.primitiveList = self.primitives.values.sorted { $0.name < $1.name }
        self.valueSetList = self.valueSets.values.sorted { $0.url < $1.url }
        (self.tables, self.tableIndex) = try loader.tables(resources: self.resources, dataTypes: self.dataTypes,
                                                           primitives: self.primitiveList, valueSets: self.valueSetList)
        guard let elementTable = self.tableIndex["Element"] else {
            throw FHIRDefinitionsError(file: "\(release.rawValue)/datatypes.json", message: "Element is missing")
        }
        self.elementTable = elementTable
    }

    /// The resource types Wharf supports in this release, sorted.
    public var supportedResourceTypes: [String] { self.resources.keys.sorted() }

    /// The definition of a supported resource type.
    public func resource(_ name: String) -> FHIRStructureDefinition? { self.resources[name] }

    /// The definition of a data type.
    public func dataType(_ name: String) -> FHIRStructureDefinition? { self.dataTypes[name] }

    /// True when Wharf has definitions for `resourceType` in this release.
    public func isSupported(resourceType: String) -> Bool { self.resources[resourceType] != nil }

    /// True when `resourceType` is a resource type of this release at all.
    public func isResourceType(_ resourceType: String) -> Bool { self.resourceTypes.contains(resourceType) }

    /// The element with a full path (`SupplyRequest.quantity`, `Bundle.entry.request.method`, `Quantity.value`).
    public func element(_ path: String) -> FHIRElementDefinition? {
        guard let root = path.split(separator: ".").first.map(String.init) else { return nil }
        return (self.resources[root] ?? self.dataTypes[root])?.element(path)
    }

    /// The table for a key (a type name or backbone path).
    func table(_ key: String) -> FHIRElementTable? { self.tableIndex[key].map { self.tables[$0] } }
}
