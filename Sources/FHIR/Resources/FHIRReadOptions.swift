/// How ``FHIRReader`` reads and validates.
public struct FHIRReadOptions: Hashable, Sendable {
    /// The release to read with; `nil` to detect it from the resource (``FHIRReleaseDetector``).
    public var release: FHIRRelease?
    /// The release assumed when nothing in the resource names one; default R4.
    public var defaultRelease: FHIRRelease
    /// The JSON reader's options (nesting limit, comments).
    public var json: JSONReadOptions
    /// The validator's options (unknown elements, unsupported resources).
    public var validation: FHIRValidationOptions
    /// Whether to validate at all (reading only checks the JSON and the root's `resourceType`).
    public var validates: Bool

    /// Creates options.
    /// - Parameters:
    ///   - release: read as this release; `nil` (default) to detect it.
    ///   - defaultRelease: the release when detection finds none; default R4.
    ///   - json: JSON reader options.
    ///   - validation: validator options.
    ///   - validates: validate against the definitions; default `true`.
    public init(release: FHIRRelease? = nil, defaultRelease: FHIRRelease = .r4,
                json: JSONReadOptions = JSONReadOptions(), validation: FHIRValidationOptions = FHIRValidationOptions(),
                validates: Bool = true) {
        self.release = release
        self.defaultRelease = defaultRelease
        self.json = json
        self.validation = validation
        self.validates = validates
    }
}
